import { TRPCError } from '@trpc/server';
import {
  ZGrievanceAppealInput,
  ZGrievanceCreateInput,
  ZLeaseIssueIdInput,
  ZLeaseIssueRespondInput,
  ZRepairConfirmInput,
  ZRepairCreateInput,
  ZRightsAcknowledgeInput,
} from '@hearth/domain';
import {
  acknowledgeRights,
  appealGrievanceForTenant,
  confirmRepairForTenant,
  createGrievanceForTenant,
  createRepairForTenant,
  findLeaseForTenant,
  findLeaseIssueForTenant,
  listGrievancesForTenant,
  listLeaseIssuesForTenant,
  listRepairsForTenant,
  listRightsAcknowledgements,
  respondToLeaseIssue,
} from '@hearth/db';
import { router, tenantProcedure } from '../../trpc';

/** The tenant's own records only: no procedure takes a person id, the session names them. */
const viewer = (ctx: { user: { id: string; personId: string } }) => ({
  userId: ctx.user.id,
  personId: ctx.user.personId,
});

export const rightsRouter = router({
  acknowledgements: tenantProcedure.query(({ ctx }) =>
    listRightsAcknowledgements(ctx.db, { viewer: viewer(ctx) }),
  ),
  acknowledge: tenantProcedure
    .input(ZRightsAcknowledgeInput)
    .mutation(({ ctx, input }) =>
      acknowledgeRights(ctx.db, { viewer: viewer(ctx), topic: input.topic, today: ctx.today() }),
    ),
});

export const tenantLeaseRouter = router({
  get: tenantProcedure.query(({ ctx }) => findLeaseForTenant(ctx.db, { viewer: viewer(ctx) })),
});

export const tenantLeaseIssuesRouter = router({
  list: tenantProcedure.query(({ ctx }) => listLeaseIssuesForTenant(ctx.db, { viewer: viewer(ctx) })),
  byId: tenantProcedure.input(ZLeaseIssueIdInput).query(async ({ ctx, input }) => {
    const issue = await findLeaseIssueForTenant(ctx.db, { viewer: viewer(ctx), issueId: input.issueId });
    if (!issue) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such lease issue.' });
    return issue;
  }),
  respond: tenantProcedure
    .input(ZLeaseIssueRespondInput)
    .mutation(({ ctx, input }) => respondToLeaseIssue(ctx.db, { viewer: viewer(ctx), input })),
});

export const tenantRepairsRouter = router({
  list: tenantProcedure.query(({ ctx }) => listRepairsForTenant(ctx.db, { viewer: viewer(ctx) })),
  create: tenantProcedure
    .input(ZRepairCreateInput)
    .mutation(({ ctx, input }) =>
      createRepairForTenant(ctx.db, { viewer: viewer(ctx), input, today: ctx.today() }),
    ),
  confirm: tenantProcedure
    .input(ZRepairConfirmInput)
    .mutation(({ ctx, input }) =>
      confirmRepairForTenant(ctx.db, { viewer: viewer(ctx), input, today: ctx.today() }),
    ),
});

export const tenantGrievancesRouter = router({
  list: tenantProcedure.query(({ ctx }) =>
    listGrievancesForTenant(ctx.db, { viewer: viewer(ctx), today: ctx.today() }),
  ),
  create: tenantProcedure
    .input(ZGrievanceCreateInput)
    .mutation(({ ctx, input }) =>
      createGrievanceForTenant(ctx.db, { viewer: viewer(ctx), input, today: ctx.today() }),
    ),
  appeal: tenantProcedure
    .input(ZGrievanceAppealInput)
    .mutation(({ ctx, input }) =>
      appealGrievanceForTenant(ctx.db, { viewer: viewer(ctx), input, today: ctx.today() }),
    ),
});
