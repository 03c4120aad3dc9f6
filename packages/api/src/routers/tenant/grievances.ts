import { ZGrievanceAppealInput, ZGrievanceCreateInput } from '@hearth/domain';
import { appealGrievanceForTenant, createGrievanceForTenant, listGrievancesForTenant } from '@hearth/db';
import { actorOf } from '../../actor';
import { router, tenantProcedure } from '../../trpc';
import { viewerOf } from './viewer';

export const tenantGrievancesRouter = router({
  list: tenantProcedure.query(({ ctx }) =>
    listGrievancesForTenant(ctx.db, { viewer: viewerOf(ctx), today: ctx.today() }),
  ),
  create: tenantProcedure.input(ZGrievanceCreateInput).mutation(({ ctx, input }) =>
    createGrievanceForTenant(ctx.db, {
      actor: actorOf(ctx),
      viewer: viewerOf(ctx),
      today: ctx.today(),
      input,
    }),
  ),
  appeal: tenantProcedure.input(ZGrievanceAppealInput).mutation(({ ctx, input }) =>
    appealGrievanceForTenant(ctx.db, {
      actor: actorOf(ctx),
      viewer: viewerOf(ctx),
      today: ctx.today(),
      input,
    }),
  ),
});
