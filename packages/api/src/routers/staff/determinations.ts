import { readDeterminations, recordDetermination } from '@hearth/db';
import { ZApplicationIdInput, ZDeterminationRecordInput } from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import { staffRequest } from './guards';

export const determinationsRouter = router({
  /**
   * Records the eligibility determination from the file as it stands. Determinations are never
   * edited: recording again supersedes the one in force.
   */
  record: staffProcedure
    .input(ZDeterminationRecordInput)
    .mutation(({ ctx, input }) => recordDetermination(ctx.db, { ...staffRequest(ctx), input })),

  list: staffProcedure
    .input(ZApplicationIdInput)
    .query(({ ctx, input }) =>
      readDeterminations(ctx.db, { ...staffRequest(ctx), applicationId: input.applicationId }),
    ),
});
