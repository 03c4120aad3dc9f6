import { TRPCError } from '@trpc/server';
import {
  allowedNextSteps,
  ZLeaseIssueCreateInput,
  ZLeaseIssueIdInput,
  ZLeaseIssueStepInput,
} from '@hearth/domain';
import {
  addLeaseIssueStep,
  createLeaseIssue,
  findLeaseIssueForPropertyManager,
  listLeaseIssuesForPropertyManager,
} from '@hearth/db/property';
import { propertyProcedure, router } from '../../trpc';

/** Lease issues: a due process with dated steps, each taken by a person and never automatic. */
export const leaseIssuesRouter = router({
  list: propertyProcedure.query(({ ctx }) =>
    listLeaseIssuesForPropertyManager(ctx.db, { userId: ctx.user.id }),
  ),
  byId: propertyProcedure.input(ZLeaseIssueIdInput).query(async ({ ctx, input }) => {
    const issue = await findLeaseIssueForPropertyManager(ctx.db, {
      userId: ctx.user.id,
      issueId: input.issueId,
    });
    if (!issue) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such lease issue.' });
    return { ...issue, allowedNextSteps: allowedNextSteps(issue.steps) };
  }),
  create: propertyProcedure.input(ZLeaseIssueCreateInput).mutation(({ ctx, input }) =>
    createLeaseIssue(ctx.db, {
      userId: ctx.user.id,
      programId: ctx.user.programId,
      input,
      today: ctx.today(),
    }),
  ),
  addStep: propertyProcedure
    .input(ZLeaseIssueStepInput)
    .mutation(({ ctx, input }) =>
      addLeaseIssueStep(ctx.db, { userId: ctx.user.id, input, today: ctx.today() }),
    ),
});
