import { upsertEnrollment } from '@hearth/db';
import { ZEnrollmentUpsertInput } from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import { staffRequest } from './guards';

export const enrollmentRouter = router({
  /** Enrolls the household (project start date) or corrects the start date; adds household members. */
  upsert: staffProcedure
    .input(ZEnrollmentUpsertInput)
    .mutation(({ ctx, input }) => upsertEnrollment(ctx.db, { ...staffRequest(ctx), input })),
});
