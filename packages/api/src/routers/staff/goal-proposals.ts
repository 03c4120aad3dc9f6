import { declineGoalProposal } from '@hearth/db';
import { ZAnswerProposalInput } from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import { careCall } from './care-shared';

export const goalProposalsRouter = router({
  /** "Not now", with a reply the tenant reads; taking a proposal up is goals.create with its id. */
  decline: staffProcedure
    .input(ZAnswerProposalInput)
    .mutation(({ ctx, input }) => declineGoalProposal(ctx.db, careCall(ctx, input))),
});
