import { ZGrievanceRespondInput } from '@hearth/domain';
import { listHousingGrievancesForPropertyManager, respondToHousingGrievance } from '@hearth/db/property';
import { actorOf } from '../../actor';
import { propertyProcedure, router } from '../../trpc';
import { viewerOf } from './viewer';

/** Housing grievances only: services grievances never reach the property side. */
export const housingGrievancesRouter = router({
  list: propertyProcedure.query(({ ctx }) =>
    listHousingGrievancesForPropertyManager(ctx.db, { viewer: viewerOf(ctx), today: ctx.today() }),
  ),
  respond: propertyProcedure.input(ZGrievanceRespondInput).mutation(({ ctx, input }) =>
    respondToHousingGrievance(ctx.db, {
      actor: actorOf(ctx),
      viewer: viewerOf(ctx),
      today: ctx.today(),
      input,
    }),
  ),
});
