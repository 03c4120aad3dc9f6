import { and, eq } from 'drizzle-orm';
import {
  DomainError,
  conflict,
  found,
  nextStep,
  planAgreement,
  type TPlanResponseInput,
  type TProposeGoalInput,
  type TTenantGoalNoteInput,
} from '@hearth/domain';
import { goalProposals, goals, servicePlans } from '../../schema/services/care';
import type { Executor } from '../../client';
import { recordAudit, type Actor } from '../core/audit';
import { listGoalProposals } from '../staff/goal-proposals';
import { insertGoalNote, listGoals } from '../staff/goals';
import { findPlan } from '../staff/plan-versions';

/**
 * The signed-in tenant's own service plan ("My goals"). Every query starts from the tenant's
 * own person id (from the session): another person's goal is simply not found.
 */

export interface TenantGoalsCall<I> {
  actor: Actor;
  /** The signed-in tenant and their own person record, from the session. */
  viewer: { userId: string; personId: string };
  today: string;
  input: I;
}

/** The plan as the tenant sees it: active goals in plain words, their proposals, their answer. */
export async function tenantGoals(db: Executor, params: { personId: string }) {
  const plan = await findPlan(db, { personId: params.personId });
  const active = await listGoals(db, { personId: params.personId, activeOnly: true });
  const proposals = await listGoalProposals(db, { personId: params.personId });
  return {
    plan: plan && {
      version: plan.version,
      response: planAgreement(plan).currentResponse,
      respondedAt: plan.tenantResponseAt,
    },
    goals: active.map((g) => ({
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
    proposals,
  };
}

/** An active goal of this tenant, or null. */
export async function tenantActiveGoal(db: Executor, params: { personId: string; goalId: string }) {
  const [row] = await db
    .select({ id: goals.id, planId: goals.planId })
    .from(goals)
    .where(and(eq(goals.id, params.goalId), eq(goals.personId, params.personId), eq(goals.status, 'active')))
    .limit(1);
  return row ?? null;
}

/** A progress note in the tenant's own words, on one of their active goals, dated today. */
export async function addTenantGoalNote(db: Executor, call: TenantGoalsCall<TTenantGoalNoteInput>) {
  return db.transaction(async (tx) => {
    const goal = found(
      await tenantActiveGoal(tx, { personId: call.viewer.personId, goalId: call.input.goalId }),
      'goal',
    );
    const row = await insertGoalNote(tx, {
      goalId: goal.id,
      noteDate: call.today,
      body: call.input.body,
      authorKind: 'tenant',
      authorUserId: call.viewer.userId,
    });
    await recordAudit(tx, call.actor, { action: 'goal.note', entityType: 'goal', entityId: goal.id });
    return row;
  });
}

/** A new goal the tenant would like: it reaches the case manager, never active on its own. */
export async function proposeGoal(db: Executor, call: TenantGoalsCall<TProposeGoalInput>) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(goalProposals)
      .values({
        personId: call.viewer.personId,
        goal: call.input.goal,
        soThat: call.input.soThat ?? '',
        proposedOn: call.today,
      })
      .returning({ id: goalProposals.id });
    await recordAudit(tx, call.actor, {
      action: 'goal_proposal.create',
      entityType: 'goal_proposal',
      entityId: row!.id,
    });
    return row!;
  });
}

/**
 * The tenant accepts the plan (or asks to talk about it). The answer names the plan version the
 * tenant saw: if the goals changed since, the answer is refused so they see the new plan first.
 */
export async function respondToPlan(db: Executor, call: TenantGoalsCall<TPlanResponseInput>) {
  const { input, actor } = call;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(servicePlans)
      .set({
        tenantResponse: input.response,
        tenantResponseVersion: input.planVersion,
        tenantResponseAt: actor.at,
        tenantComment: input.comment || null,
        updatedAt: actor.at,
      })
      .where(
        and(eq(servicePlans.personId, call.viewer.personId), eq(servicePlans.version, input.planVersion)),
      )
      .returning({ id: servicePlans.id });
    if (!row) {
      if (!(await findPlan(tx, { personId: call.viewer.personId })))
        throw new DomainError('NOT_FOUND', 'You do not have a service plan yet.');
      conflict('Your plan changed since you opened it. Please read the new version first.');
    }
    await recordAudit(tx, actor, {
      action: 'plan.respond',
      entityType: 'service_plan',
      entityId: row.id,
      detail: { response: input.response, planVersion: input.planVersion },
    });
    return { response: input.response };
  });
}
