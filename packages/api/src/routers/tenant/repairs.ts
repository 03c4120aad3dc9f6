import { ZRepairConfirmInput, ZRepairCreateInput } from '@hearth/domain';
import {
  confirmRepairForTenant,
  createRepairForTenant,
  listRepairsForTenant,
  repairContactForTenant,
} from '@hearth/db';
import { actorOf } from '../../actor';
import { router, tenantProcedure } from '../../trpc';
import { viewerOf } from './viewer';

export const tenantRepairsRouter = router({
  list: tenantProcedure.query(({ ctx }) => listRepairsForTenant(ctx.db, { viewer: viewerOf(ctx) })),
  /** The property's name and emergency maintenance number, for the repairs page. */
  contact: tenantProcedure.query(({ ctx }) => repairContactForTenant(ctx.db, { viewer: viewerOf(ctx) })),
  create: tenantProcedure.input(ZRepairCreateInput).mutation(({ ctx, input }) =>
    createRepairForTenant(ctx.db, {
      actor: actorOf(ctx),
      viewer: viewerOf(ctx),
      today: ctx.today(),
      input,
    }),
  ),
  confirm: tenantProcedure.input(ZRepairConfirmInput).mutation(({ ctx, input }) =>
    confirmRepairForTenant(ctx.db, {
      actor: actorOf(ctx),
      viewer: viewerOf(ctx),
      today: ctx.today(),
      input,
    }),
  ),
});
