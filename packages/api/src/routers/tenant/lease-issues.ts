import { found, ZLeaseIssueIdInput, ZLeaseIssueRespondInput } from '@hearth/domain';
import { findLeaseIssueForTenant, listLeaseIssuesForTenant, respondToLeaseIssue } from '@hearth/db';
import { actorOf } from '../../actor';
import { router, tenantProcedure } from '../../trpc';
import { viewerOf } from './viewer';

export const tenantLeaseIssuesRouter = router({
  list: tenantProcedure.query(({ ctx }) => listLeaseIssuesForTenant(ctx.db, { viewer: viewerOf(ctx) })),
  byId: tenantProcedure
    .input(ZLeaseIssueIdInput)
    .query(async ({ ctx, input }) =>
      found(
        await findLeaseIssueForTenant(ctx.db, { viewer: viewerOf(ctx), issueId: input.issueId }),
        'lease issue',
      ),
    ),
  respond: tenantProcedure
    .input(ZLeaseIssueRespondInput)
    .mutation(({ ctx, input }) =>
      respondToLeaseIssue(ctx.db, { actor: actorOf(ctx), viewer: viewerOf(ctx), input }),
    ),
});
