import {
  insertGoalNote,
  insertGoalProposal,
  respondToPlan,
  tenantActiveGoal,
  tenantGoals,
  writeAudit,
} from '@hearth/db';
import { nextStep, ZPlanResponseInput, ZProposeGoalInput, ZTenantGoalNoteInput } from '@hearth/domain';
import { router, tenantProcedure } from '../../trpc';

/** "My goals": the signed-in tenant's own plan. Never takes a person id. */
export const tenantGoalsRouter = router({
  get: tenantProcedure.query(async ({ ctx }) => {
    const mine = await tenantGoals(ctx.db, { personId: ctx.user.personId });
    return {
      plan: mine.plan && {
        version: mine.plan.version,
        response: mine.plan.tenantResponseVersion === mine.plan.version ? mine.plan.tenantResponse : null,
        respondedAt: mine.plan.tenantResponseAt,
      },
      goals: mine.goals.map((g) => ({
        id: g.id,
        statement: g.statement,
        soThat: g.soThat,
        longTermGoal: g.longTermGoal,
        targetDate: g.targetDate,
        markers: g.markers,
        steps: g.steps,
        nextStep: nextStep(g.steps),
        notes: g.notes.map((n) => ({
          id: n.id,
          noteDate: n.noteDate,
          body: n.body,
          authorName: n.authorKind === 'tenant' ? 'You' : n.authorName,
        })),
      })),
      proposals: mine.proposals,
    };
  }),

  /** A progress note in the tenant's own words, on one of their active goals. */
  addNote: tenantProcedure.input(ZTenantGoalNoteInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      await tenantActiveGoal(tx, { personId: ctx.user.personId, goalId: input.goalId });
      const row = await insertGoalNote(tx, {
        goalId: input.goalId,
        noteDate: ctx.today(),
        body: input.body,
        authorKind: 'tenant',
        authorUserId: ctx.user.id,
      });
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'goal.note',
        entityType: 'goal',
        entityId: input.goalId,
        ip: ctx.ip,
      });
      return row;
    }),
  ),

  /** A new goal the tenant would like: it reaches the case manager, never active on its own. */
  propose: tenantProcedure.input(ZProposeGoalInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const row = await insertGoalProposal(tx, {
        personId: ctx.user.personId,
        goal: input.goal,
        soThat: input.soThat,
        proposedOn: ctx.today(),
      });
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'goal_proposal.create',
        entityType: 'goal_proposal',
        entityId: row.id,
        ip: ctx.ip,
      });
      return row;
    }),
  ),

  /** The tenant accepts the plan, or asks to talk about it. */
  respond: tenantProcedure.input(ZPlanResponseInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const row = await respondToPlan(tx, {
        personId: ctx.user.personId,
        planVersion: input.planVersion,
        response: input.response,
        comment: input.comment,
        now: ctx.now(),
      });
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'plan.respond',
        entityType: 'service_plan',
        entityId: row.id,
        detail: { response: input.response, planVersion: input.planVersion },
        ip: ctx.ip,
      });
      return { response: input.response };
    }),
  ),
});
