import { insertResource, listResources, updateResource } from '@hearth/db';
import { ZCreateResourceInput, ZResourceListInput, ZUpdateResourceInput } from '@hearth/domain';
import { adminProcedure, router, staffProcedure } from '../../trpc';
import { audit } from './care-shared';

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
  create: adminProcedure.input(ZCreateResourceInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const row = await insertResource(tx, { programId: ctx.user.programId, input });
      await audit(tx, ctx, 'resource.create', 'resource', row.id);
      return row;
    }),
  ),

  update: adminProcedure.input(ZUpdateResourceInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const row = await updateResource(tx, { programId: ctx.user.programId, input, now: ctx.now() });
      await audit(tx, ctx, 'resource.update', 'resource', row.id, { fields: Object.keys(input) });
      return row;
    }),
  ),
});
