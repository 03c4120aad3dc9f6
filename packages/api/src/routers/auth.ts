import { endSession } from '@hearth/db';
import { ZLoginInput } from '@hearth/domain/identity';
import { actorOf } from '../actor';
import { publicUser, signIn } from '../auth/sign-in';
import { publicProcedure, router } from '../trpc';

export const authRouter = router({
  login: publicProcedure.input(ZLoginInput).mutation(({ ctx, input }) => signIn(ctx, input)),

  logout: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionTokenHash) {
      await endSession(ctx.db, { actor: actorOf(ctx), tokenHash: ctx.sessionTokenHash });
    }
    ctx.cookies.clear();
    return { ok: true as const };
  }),

  /** The signed-in user, or null: portals call it to decide between sign-in and the app. */
  me: publicProcedure.query(({ ctx }) => (ctx.user ? publicUser(ctx.user, ctx.today()) : null)),
});
