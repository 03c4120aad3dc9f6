import { ZGrievanceRespondInput } from '@hearth/domain';
import { listHousingGrievancesForPropertyManager, respondToHousingGrievance } from '@hearth/db/tenancy';
import { isoToday } from '../../dates';
import { propertyProcedure, router } from '../../trpc';

/** Housing grievances only: services grievances never reach the property side. */
export const housingGrievancesRouter = router({
  list: propertyProcedure.query(({ ctx }) =>
    listHousingGrievancesForPropertyManager(ctx.db, { userId: ctx.user.id, today: isoToday(ctx.now()) }),
  ),
  respond: propertyProcedure.input(ZGrievanceRespondInput).mutation(({ ctx, input }) =>
    respondToHousingGrievance(ctx.db, { userId: ctx.user.id, input, today: isoToday(ctx.now()) }),
  ),
});
