import { ZGrievanceRespondInput } from '@hearth/domain';
import { listHousingGrievancesForPropertyManager, respondToHousingGrievance } from '@hearth/db/property';
import { propertyProcedure, router } from '../../trpc';

/** Housing grievances only: services grievances never reach the property side. */
export const housingGrievancesRouter = router({
  list: propertyProcedure.query(({ ctx }) =>
    listHousingGrievancesForPropertyManager(ctx.db, { userId: ctx.user.id, today: ctx.today() }),
  ),
  respond: propertyProcedure
    .input(ZGrievanceRespondInput)
    .mutation(({ ctx, input }) =>
      respondToHousingGrievance(ctx.db, { userId: ctx.user.id, input, today: ctx.today() }),
    ),
});
