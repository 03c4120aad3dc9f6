import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  badInput,
  checkLeaseIssueDate,
  checkNextStep,
  found,
  nextStepOptions,
  summarizeLeaseIssue,
  type TLeaseIssueCreateInput,
  type TLeaseIssueStepInput,
} from '@hearth/domain';
import { users } from '../../schema/identity';
import { households, people } from '../../schema/people';
import { properties, units } from '../../schema/program';
import { leaseIssueResponses, leaseIssues, leaseIssueSteps, leases } from '../../schema/tenancy';
import type { Executor } from '../../client';
import { recordAudit, type Actor } from '../core/audit';
import { findProgramPolicy } from '../core/policy';
import { groupBy } from '../core/group-by';
import { headName, unitManagedBy, type PropertyViewer } from './access';

/**
 * Lease issues as property management keeps them: a due process of dated, append-only steps.
 * This module reads tenancy tables and nothing of services.
 */

export async function stepsForIssues(db: Executor, issueIds: readonly string[]) {
  if (issueIds.length === 0) return [];
  return db
    .select({
      id: leaseIssueSteps.id,
      issueId: leaseIssueSteps.issueId,
      kind: leaseIssueSteps.kind,
      stepDate: leaseIssueSteps.stepDate,
      dueDate: leaseIssueSteps.dueDate,
      basis: leaseIssueSteps.basis,
      note: leaseIssueSteps.note,
      actorName: users.displayName,
      createdAt: leaseIssueSteps.createdAt,
    })
    .from(leaseIssueSteps)
    .innerJoin(users, eq(users.id, leaseIssueSteps.actorUserId))
    .where(inArray(leaseIssueSteps.issueId, [...issueIds]))
    .orderBy(asc(leaseIssueSteps.createdAt), asc(leaseIssueSteps.id));
}

export type LeaseIssueStep = Awaited<ReturnType<typeof stepsForIssues>>[number];

export async function responsesForIssue(db: Executor, issueId: string) {
  return db
    .select({
      id: leaseIssueResponses.id,
      body: leaseIssueResponses.body,
      authorName: users.displayName,
      createdAt: leaseIssueResponses.createdAt,
    })
    .from(leaseIssueResponses)
    .innerJoin(users, eq(users.id, leaseIssueResponses.authorUserId))
    .where(eq(leaseIssueResponses.issueId, issueId))
    .orderBy(asc(leaseIssueResponses.createdAt));
}

/** Each issue with its own steps and the summary every list shows (current step, cure due date). */
export function withSteps<T extends { id: string }>(issues: readonly T[], steps: readonly LeaseIssueStep[]) {
  const byIssue = groupBy(steps, (s) => s.issueId);
  return issues.map((issue) => {
    const own = byIssue.get(issue.id) ?? [];
    return { ...issue, steps: own, ...summarizeLeaseIssue(own) };
  });
}

/** Issues with their steps, loaded in two queries. */
export async function loadWithSteps<T extends { id: string }>(db: Executor, issues: readonly T[]) {
  return withSteps(
    issues,
    await stepsForIssues(
      db,
      issues.map((i) => i.id),
    ),
  );
}

const issueColumns = {
  id: leaseIssues.id,
  type: leaseIssues.type,
  occurredOn: leaseIssues.occurredOn,
  description: leaseIssues.description,
  programId: leaseIssues.programId,
  unitId: leaseIssues.unitId,
  unitLabel: units.label,
  propertyName: properties.name,
  tenantName: headName(leaseIssues.householdId),
  createdAt: leaseIssues.createdAt,
};

export async function listLeaseIssuesForPropertyManager(db: Executor, params: { viewer: PropertyViewer }) {
  const rows = await db
    .select(issueColumns)
    .from(leaseIssues)
    .innerJoin(units, eq(units.id, leaseIssues.unitId))
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .where(unitManagedBy(leaseIssues.unitId, params.viewer.userId))
    .orderBy(desc(leaseIssues.occurredOn), desc(leaseIssues.createdAt));
  return loadWithSteps(db, rows);
}

/**
 * One issue of the manager's units, with its steps, the tenant's answers, the steps the process
 * allows today and those that come later (with what must happen first, and from when).
 */
export async function findLeaseIssueForPropertyManager(
  db: Executor,
  params: { viewer: PropertyViewer; issueId: string; today: string },
) {
  const [row] = await db
    .select(issueColumns)
    .from(leaseIssues)
    .innerJoin(units, eq(units.id, leaseIssues.unitId))
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .where(and(eq(leaseIssues.id, params.issueId), unitManagedBy(leaseIssues.unitId, params.viewer.userId)))
    .limit(1);
  if (!row) return null;
  const [issue] = await loadWithSteps(db, [row]);
  const policy = await findProgramPolicy(db, { programId: row.programId });
  const options = nextStepOptions({ type: row.type, steps: issue!.steps, policy, today: params.today });
  return {
    ...issue!,
    allowedNextSteps: options.allowed,
    laterSteps: options.later,
    violationNoticePeriodDays: policy.violationNoticePeriodDays,
    responses: await responsesForIssue(db, row.id),
  };
}

/**
 * One of the manager's units and the household living there (null fields when it is empty);
 * null when the unit is not theirs or does not exist.
 */
async function findManagedUnitHome(db: Executor, viewer: PropertyViewer, unitId: string) {
  const [row] = await db
    .select({
      unitId: units.id,
      householdId: households.id,
      personId: people.id,
      leaseId: sql<
        string | null
      >`(select ${leases.id} from ${leases} where ${leases.householdId} = ${households.id} and ${leases.unitId} = ${units.id} order by ${leases.startDate} desc limit 1)`,
    })
    .from(units)
    .leftJoin(households, eq(households.unitId, units.id))
    .leftJoin(people, and(eq(people.householdId, households.id), eq(people.relationshipToHead, 'self')))
    .where(and(eq(units.id, unitId), unitManagedBy(units.id, viewer.userId)))
    .limit(1);
  return row ?? null;
}

/** Logs a new issue for the household living in one of the manager's units; first step `logged`. */
export async function createLeaseIssue(
  db: Executor,
  params: {
    actor: Actor;
    viewer: PropertyViewer;
    programId: string;
    today: string;
    input: TLeaseIssueCreateInput;
  },
) {
  const { actor, viewer, input } = params;
  return db.transaction(async (tx) => {
    const unit = found(await findManagedUnitHome(tx, viewer, input.unitId), 'unit');
    if (!unit.householdId || !unit.personId) {
      badInput('unitId', 'No one lives in this unit, so there is no tenant to log an issue for.');
    }
    checkLeaseIssueDate({ occurredOn: input.occurredOn, today: params.today });
    const [issue] = await tx
      .insert(leaseIssues)
      .values({
        programId: params.programId,
        leaseId: unit.leaseId,
        householdId: unit.householdId,
        unitId: unit.unitId,
        personId: unit.personId,
        type: input.type,
        occurredOn: input.occurredOn,
        description: input.description,
        loggedBy: viewer.userId,
      })
      .returning({ id: leaseIssues.id });
    await tx.insert(leaseIssueSteps).values({
      issueId: issue!.id,
      kind: 'logged',
      stepDate: params.today,
      actorUserId: viewer.userId,
    });
    await recordAudit(tx, actor, {
      action: 'lease_issue.create',
      entityType: 'lease_issue',
      entityId: issue!.id,
      detail: { type: input.type, unitId: input.unitId },
    });
    return { issueId: issue!.id };
  });
}

/**
 * Records the next step of the process, if the process allows it (its order, and the preconditions
 * of a notice and a legal referral under the program's policy). Nothing is automatic. A notice
 * records its basis.
 */
export async function addLeaseIssueStep(
  db: Executor,
  params: { actor: Actor; viewer: PropertyViewer; today: string; input: TLeaseIssueStepInput },
) {
  const { actor, viewer, input } = params;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: leaseIssues.id,
        type: leaseIssues.type,
        occurredOn: leaseIssues.occurredOn,
        programId: leaseIssues.programId,
      })
      .from(leaseIssues)
      .where(and(eq(leaseIssues.id, input.issueId), unitManagedBy(leaseIssues.unitId, viewer.userId)))
      .for('update')
      .limit(1);
    const issue = found(row, 'lease issue');
    const { basis } = checkNextStep({
      type: issue.type,
      issueDate: issue.occurredOn,
      steps: await stepsForIssues(tx, [issue.id]),
      policy: await findProgramPolicy(tx, { programId: issue.programId }),
      next: { kind: input.kind, stepDate: input.stepDate, dueDate: input.dueDate, note: input.note },
      today: params.today,
    });
    const [step] = await tx
      .insert(leaseIssueSteps)
      .values({
        issueId: issue.id,
        kind: input.kind,
        stepDate: input.stepDate,
        dueDate: input.dueDate ?? null,
        basis,
        note: input.note?.trim() || null,
        actorUserId: viewer.userId,
      })
      .returning({ id: leaseIssueSteps.id });
    await tx.update(leaseIssues).set({ updatedAt: actor.at }).where(eq(leaseIssues.id, issue.id));
    await recordAudit(tx, actor, {
      action: 'lease_issue.step',
      entityType: 'lease_issue',
      entityId: issue.id,
      detail: basis ? { kind: input.kind, stepId: step!.id, basis } : { kind: input.kind, stepId: step!.id },
    });
    return { stepId: step!.id };
  });
}
