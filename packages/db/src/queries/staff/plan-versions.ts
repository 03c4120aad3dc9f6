import { eq, sql } from 'drizzle-orm';
import { servicePlans } from '../../schema/services/care';
import type { Executor } from '../../client';

/**
 * A person's one service plan. Any change to the goals makes a new version, for the tenant to see
 * and accept again: the tenant's answer names the version it was given to.
 */

const planColumns = {
  id: servicePlans.id,
  version: servicePlans.version,
  tenantResponse: servicePlans.tenantResponse,
  tenantResponseVersion: servicePlans.tenantResponseVersion,
  tenantResponseAt: servicePlans.tenantResponseAt,
  tenantComment: servicePlans.tenantComment,
};

export async function findPlan(db: Executor, params: { personId: string }) {
  const [plan] = await db
    .select(planColumns)
    .from(servicePlans)
    .where(eq(servicePlans.personId, params.personId));
  return plan ?? null;
}

/**
 * The person's service plan, created empty the first time it is needed, and locked until the
 * transaction ends (a change to the goals is made one at a time).
 */
export async function ensurePlan(db: Executor, params: { personId: string }) {
  await db.insert(servicePlans).values({ personId: params.personId }).onConflictDoNothing();
  const [plan] = await db
    .select(planColumns)
    .from(servicePlans)
    .where(eq(servicePlans.personId, params.personId))
    .for('update');
  return plan!;
}

export async function bumpPlanVersion(db: Executor, params: { planId: string; now: Date }) {
  await db
    .update(servicePlans)
    .set({ version: sql`${servicePlans.version} + 1`, updatedAt: params.now })
    .where(eq(servicePlans.id, params.planId));
}
