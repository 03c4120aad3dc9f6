import { servicePlanForStaff } from '@hearth/db';
import { ZCarePersonInput } from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import { careCall } from './care-shared';

export const plansRouter = router({
  /**
   * The service plan: the CTI phase from the move-in date (the program's own phase length) and
   * the intensity it implies, review dates, the acuity tier, goals with progress notes, the
   * tenant's proposals, and the tenant's agreement to the current version.
   */
  get: staffProcedure
    .input(ZCarePersonInput)
    .query(({ ctx, input }) => servicePlanForStaff(ctx.db, careCall(ctx, input))),
});
