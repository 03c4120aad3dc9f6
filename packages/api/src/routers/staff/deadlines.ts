import { listCaseloadDeadlines } from '@hearth/db';
import { ZDeadlinesListInput } from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import { staffRequest } from './guards';

export const deadlinesRouter = router({
  /**
   * The caseload's deadlines, by due date (so overdue ones come first): disability confirmations
   * (45 days), homelessness evidence going stale before a determination (14 days), annual
   * assessment windows, and rent recertifications.
   */
  list: staffProcedure
    .input(ZDeadlinesListInput)
    .query(({ ctx, input }) => listCaseloadDeadlines(ctx.db, { ...staffRequest(ctx), input })),
});
