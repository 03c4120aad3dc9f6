import {
  forbidden,
  ZGrievanceDecideInput,
  ZGrievanceFollowUpDoneInput,
  ZGrievanceRespondInput,
} from '@hearth/domain';
import {
  completeGrievanceFollowUp,
  decideGrievanceAppeal,
  listGrievanceAppeals,
  listServicesGrievances,
  respondToServicesGrievance,
} from '@hearth/db';
import { actorOf } from '../../actor';
import { adminProcedure, router, staffProcedure } from '../../trpc';
import { viewerOf } from './guards';

/** Supervisors (and program admins) answer services grievances; case managers do not. */
const supervisorProcedure = staffProcedure.use(({ ctx, next }) => {
  if (ctx.user.role === 'case_manager') forbidden('Only a supervisor or program admin answers grievances.');
  return next();
});

export const grievancesRouter = router({
  list: supervisorProcedure.query(({ ctx }) =>
    listServicesGrievances(ctx.db, { actor: actorOf(ctx), viewer: viewerOf(ctx), today: ctx.today() }),
  ),
  respond: supervisorProcedure.input(ZGrievanceRespondInput).mutation(({ ctx, input }) =>
    respondToServicesGrievance(ctx.db, {
      actor: actorOf(ctx),
      viewer: viewerOf(ctx),
      today: ctx.today(),
      input,
    }),
  ),
  appeals: adminProcedure.query(({ ctx }) =>
    listGrievanceAppeals(ctx.db, { actor: actorOf(ctx), viewer: viewerOf(ctx), today: ctx.today() }),
  ),
  decide: adminProcedure.input(ZGrievanceDecideInput).mutation(({ ctx, input }) =>
    decideGrievanceAppeal(ctx.db, {
      actor: actorOf(ctx),
      viewer: viewerOf(ctx),
      today: ctx.today(),
      input,
    }),
  ),
  /** The decision's follow-up (e.g. a new case manager assigned) is marked done. */
  completeFollowUp: adminProcedure.input(ZGrievanceFollowUpDoneInput).mutation(({ ctx, input }) =>
    completeGrievanceFollowUp(ctx.db, {
      actor: actorOf(ctx),
      viewer: viewerOf(ctx),
      today: ctx.today(),
      input,
    }),
  ),
});
