import { addTenantGoalNote, proposeGoal, respondToPlan, tenantGoals } from '@hearth/db';
import { ZPlanResponseInput, ZProposeGoalInput, ZTenantGoalNoteInput } from '@hearth/domain';
import { actorOf } from '../../actor';
import type { Context, SessionUser } from '../../context';
import { router, tenantProcedure } from '../../trpc';

type TenantContext = Context & { user: SessionUser & { personId: string } };

/** The signed-in tenant's own call: never a person id from the input. */
function tenantCall<I>(ctx: TenantContext, input: I) {
  return {
    actor: actorOf(ctx),
    viewer: { userId: ctx.user.id, personId: ctx.user.personId },
    today: ctx.today(),
    input,
  };
}

/** "My goals": the signed-in tenant's own plan. Never takes a person id. */
export const tenantGoalsRouter = router({
  get: tenantProcedure.query(({ ctx }) => tenantGoals(ctx.db, { personId: ctx.user.personId })),

  /** A progress note in the tenant's own words, on one of their active goals. */
  addNote: tenantProcedure
    .input(ZTenantGoalNoteInput)
    .mutation(({ ctx, input }) => addTenantGoalNote(ctx.db, tenantCall(ctx, input))),

  /** A new goal the tenant would like: it reaches the case manager, never active on its own. */
  propose: tenantProcedure
    .input(ZProposeGoalInput)
    .mutation(({ ctx, input }) => proposeGoal(ctx.db, tenantCall(ctx, input))),

  /** The tenant accepts the plan, or asks to talk about it. */
  respond: tenantProcedure
    .input(ZPlanResponseInput)
    .mutation(({ ctx, input }) => respondToPlan(ctx.db, tenantCall(ctx, input))),
});
