import { listCaseloadDeadlines } from '@hearth/db';
import { ZDeadlinesListInput } from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import { staffRequest } from './guards';

export const deadlinesRouter = router({
  /**
   * One page of the caseload's deadlines (or one application's), overdue first, then by due date:
   * every kind the domain knows (disability confirmation, homelessness documentation, initial and
   * annual assessments, recertification, plan review, CTI phase, rights, grievance answers).
   */
  list: staffProcedure
    .input(ZDeadlinesListInput)
    .query(({ ctx, input }) => listCaseloadDeadlines(ctx.db, { ...staffRequest(ctx), input })),
});
