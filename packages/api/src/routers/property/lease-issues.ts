import { found, ZLeaseIssueCreateInput, ZLeaseIssueIdInput, ZLeaseIssueStepInput } from '@hearth/domain';
import {
  addLeaseIssueStep,
  createLeaseIssue,
  findLeaseIssueForPropertyManager,
  listLeaseIssuesForPropertyManager,
} from '@hearth/db/property';
import { actorOf } from '../../actor';
import { propertyProcedure, router } from '../../trpc';
import { viewerOf } from './viewer';

/** Lease issues: a due process with dated steps, each taken by a person and never automatic. */
export const leaseIssuesRouter = router({
  list: propertyProcedure.query(({ ctx }) =>
    listLeaseIssuesForPropertyManager(ctx.db, { viewer: viewerOf(ctx) }),
  ),
  byId: propertyProcedure.input(ZLeaseIssueIdInput).query(async ({ ctx, input }) =>
    found(
      await findLeaseIssueForPropertyManager(ctx.db, {
        viewer: viewerOf(ctx),
        issueId: input.issueId,
        today: ctx.today(),
      }),
      'lease issue',
    ),
  ),
  create: propertyProcedure.input(ZLeaseIssueCreateInput).mutation(({ ctx, input }) =>
    createLeaseIssue(ctx.db, {
      actor: actorOf(ctx),
      viewer: viewerOf(ctx),
      programId: ctx.user.programId,
      today: ctx.today(),
      input,
    }),
  ),
  addStep: propertyProcedure
    .input(ZLeaseIssueStepInput)
    .mutation(({ ctx, input }) =>
      addLeaseIssueStep(ctx.db, { actor: actorOf(ctx), viewer: viewerOf(ctx), today: ctx.today(), input }),
    ),
});
