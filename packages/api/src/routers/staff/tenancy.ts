import { TRPCError } from '@trpc/server';
import { ZGrievanceDecideInput, ZGrievanceRespondInput } from '@hearth/domain';
import {
  decideGrievanceAppeal,
  listGrievanceAppeals,
  listServicesGrievances,
  listTenancyAlertsForStaff,
  respondToServicesGrievance,
} from '@hearth/db';
import { adminProcedure, router, staffProcedure } from '../../trpc';

/** Tenancy alerts: read-only lease-issue facts for the tenant's case manager (property → services). */
export const tenancyAlertsRouter = router({
  list: staffProcedure.query(({ ctx }) =>
    listTenancyAlertsForStaff(ctx.db, {
      viewer: { userId: ctx.user.id, role: ctx.user.role, programId: ctx.user.programId },
      today: ctx.today(),
    }),
  ),
});

/** Supervisors (and program admins) answer services grievances; case managers do not. */
const supervisorProcedure = staffProcedure.use(({ ctx, next }) => {
  if (ctx.user.role === 'case_manager') {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: 'Only a supervisor or program admin answers grievances.',
    });
  }
  return next();
});

export const grievancesRouter = router({
  list: supervisorProcedure.query(({ ctx }) =>
    listServicesGrievances(ctx.db, { programId: ctx.user.programId, today: ctx.today() }),
  ),
  respond: supervisorProcedure.input(ZGrievanceRespondInput).mutation(({ ctx, input }) =>
    respondToServicesGrievance(ctx.db, {
      userId: ctx.user.id,
      programId: ctx.user.programId,
      input,
      today: ctx.today(),
    }),
  ),
  appeals: adminProcedure.query(({ ctx }) =>
    listGrievanceAppeals(ctx.db, { programId: ctx.user.programId, today: ctx.today() }),
  ),
  decide: adminProcedure.input(ZGrievanceDecideInput).mutation(({ ctx, input }) =>
    decideGrievanceAppeal(ctx.db, {
      userId: ctx.user.id,
      programId: ctx.user.programId,
      input,
      today: ctx.today(),
    }),
  ),
});
