import { and, eq } from 'drizzle-orm';
import { DomainError, type PlanResponse } from '@hearth/domain';
import { goalProposals, goals, servicePlans } from '../../schema/services/care';
import type { Executor } from '../../client';
import { findPlan, listGoalProposals, listGoals } from '../services/care';

/**
 * The signed-in tenant's own service plan ("My goals"). Every query starts from the tenant's
 * own person id (from the session): another person's goal is simply not found.
 */

export async function tenantGoals(db: Executor, params: { personId: string }) {
  const plan = await findPlan(db, { personId: params.personId });
  const active = await listGoals(db, { personId: params.personId, activeOnly: true });
  const proposals = await listGoalProposals(db, { personId: params.personId });
  return { plan, goals: active, proposals };
}

/** An active goal of this tenant, or NOT_FOUND. */
export async function tenantActiveGoal(db: Executor, params: { personId: string; goalId: string }) {
  const [row] = await db
    .select({ id: goals.id, planId: goals.planId })
    .from(goals)
    .where(and(eq(goals.id, params.goalId), eq(goals.personId, params.personId), eq(goals.status, 'active')))
    .limit(1);
  if (!row) throw new DomainError('NOT_FOUND', 'No such goal.');
  return row;
}

export async function insertGoalProposal(
  db: Executor,
  params: { personId: string; goal: string; soThat: string; proposedOn: string },
) {
  const [row] = await db.insert(goalProposals).values(params).returning({ id: goalProposals.id });
  return row!;
}

/**
 * The tenant accepts the plan (or asks to talk about it). The answer names the plan version the
 * tenant saw: if the goals changed since, the answer is refused so they see the new plan first.
 */
export async function respondToPlan(
  db: Executor,
  params: { personId: string; planVersion: number; response: PlanResponse; comment: string; now: Date },
) {
  const [row] = await db
    .update(servicePlans)
    .set({
      tenantResponse: params.response,
      tenantResponseVersion: params.planVersion,
      tenantResponseAt: params.now,
      tenantComment: params.comment || null,
      updatedAt: params.now,
    })
    .where(and(eq(servicePlans.personId, params.personId), eq(servicePlans.version, params.planVersion)))
    .returning({ id: servicePlans.id });
  if (row) return row;
  const plan = await findPlan(db, { personId: params.personId });
  if (!plan) throw new DomainError('NOT_FOUND', 'You do not have a service plan yet.');
  throw new DomainError(
    'CONFLICT',
    'Your plan changed since you opened it. Please read the new version first.',
  );
}
