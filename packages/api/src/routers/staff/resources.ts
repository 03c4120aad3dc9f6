import { createResource, listResources, updateResource } from '@hearth/db';
import { ZCreateResourceInput, ZResourceListInput, ZUpdateResourceInput } from '@hearth/domain';
import { actorOf } from '../../actor';
import { adminProcedure, router, staffProcedure } from '../../trpc';

export const resourcesRouter = router({
  /** The program's resource directory: what each partner provides, and whether an MOU exists. */
  list: staffProcedure.input(ZResourceListInput).query(({ ctx, input }) =>
    listResources(ctx.db, {
      programId: ctx.user.programId,
      category: input?.category,
      includeInactive: input?.includeInactive,
    }),
  ),

  /** Kept by program admins. */
  create: adminProcedure
    .input(ZCreateResourceInput)
    .mutation(({ ctx, input }) =>
      createResource(ctx.db, { actor: actorOf(ctx), programId: ctx.user.programId, input }),
    ),

  update: adminProcedure
    .input(ZUpdateResourceInput)
    .mutation(({ ctx, input }) =>
      updateResource(ctx.db, { actor: actorOf(ctx), programId: ctx.user.programId, input }),
    ),
});
