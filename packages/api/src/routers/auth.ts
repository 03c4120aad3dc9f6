import { TRPCError } from '@trpc/server';
import {
  createSession,
  deleteSession,
  findUserForLogin,
  recordFailedLogin,
  resetFailedLogins,
  writeAudit,
} from '@hearth/db';
import { todayIn } from '@hearth/domain';
import { portalForRole, ZLoginInput } from '@hearth/domain/identity';
import { verifyAgainstDummy, verifyPassword } from '../auth/passwords';
import { hashToken, newSessionToken, sessionUserOf } from '../auth/sessions';
import type { SessionUser } from '../context';
import { publicProcedure, router } from '../trpc';

const WRONG = 'Email or password is incorrect.';

function lockedMessage(lockedUntil: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
  return `This account is locked after too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask your program admin.`;
}

/** What a portal knows of its user, with the program's today so portal and server agree on dates. */
function publicUser(user: SessionUser, today: string) {
  return { ...user, portal: portalForRole(user.role), today };
}

export const authRouter = router({
  login: publicProcedure.input(ZLoginInput).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const found = await findUserForLogin(ctx.db, { email: input.email });
    if (!found || found.deactivatedAt) {
      await verifyAgainstDummy(input.password);
      await writeAudit(ctx.db, {
        actorUserId: null,
        action: 'auth.login_failed',
        entityType: 'user',
        detail: { reason: 'unknown_email' },
        ip: ctx.ip,
      });
      throw new TRPCError({ code: 'UNAUTHORIZED', message: WRONG });
    }
    if (found.lockedUntil && found.lockedUntil > now) {
      throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: lockedMessage(found.lockedUntil, now) });
    }
    if (!(await verifyPassword(found.passwordHash, input.password))) {
      const lockUntil = new Date(now.getTime() + ctx.settings.lockoutMinutes * 60_000);
      const after = await recordFailedLogin(ctx.db, {
        userId: found.id,
        maxAttempts: ctx.settings.maxFailedAttempts,
        lockUntil,
      });
      await writeAudit(ctx.db, {
        actorUserId: found.id,
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: found.id,
        detail: { failedLoginCount: after.failedLoginCount },
        ip: ctx.ip,
      });
      if (after.lockedUntil && after.lockedUntil > now) {
        throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: lockedMessage(after.lockedUntil, now) });
      }
      throw new TRPCError({ code: 'UNAUTHORIZED', message: WRONG });
    }

    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + ctx.settings.absoluteLifetimeHours * 3_600_000);
    await ctx.db.transaction(async (tx) => {
      await resetFailedLogins(tx, { userId: found.id });
      await createSession(tx, { tokenHash: hashToken(token), userId: found.id, now, expiresAt });
      await writeAudit(tx, {
        actorUserId: found.id,
        action: 'auth.login',
        entityType: 'user',
        entityId: found.id,
        ip: ctx.ip,
      });
    });
    ctx.cookies.set(token, expiresAt);
    const user = sessionUserOf(found);
    return { user: publicUser(user, todayIn(now, user.timeZone)) };
  }),

  logout: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionTokenHash) {
      await deleteSession(ctx.db, { tokenHash: ctx.sessionTokenHash });
      await writeAudit(ctx.db, {
        actorUserId: ctx.user?.id ?? null,
        action: 'auth.logout',
        entityType: 'user',
        entityId: ctx.user?.id ?? null,
        ip: ctx.ip,
      });
    }
    ctx.cookies.clear();
    return { ok: true as const };
  }),

  /** The signed-in user, or null: portals call it to decide between sign-in and the app. */
  me: publicProcedure.query(({ ctx }) => (ctx.user ? publicUser(ctx.user, ctx.today()) : null)),
});
