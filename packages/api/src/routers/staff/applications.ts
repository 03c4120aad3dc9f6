import { getApplication, openApplication } from '@hearth/db';
import { ZApplicationIdInput, ZApplicationOpenInput } from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import { staffRequest } from './guards';

export const applicationsRouter = router({
  /** Opens the program application; there is no way to open one without a referral. */
  open: staffProcedure
    .input(ZApplicationOpenInput)
    .mutation(({ ctx, input }) => openApplication(ctx.db, { ...staffRequest(ctx), input })),

  /** The application at a glance: referral, latest situation, determination in force, enrollment. */
  get: staffProcedure
    .input(ZApplicationIdInput)
    .query(({ ctx, input }) =>
      getApplication(ctx.db, { ...staffRequest(ctx), applicationId: input.applicationId }),
    ),
});
