import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  checkNextStep,
  DomainError,
  type TLeaseIssueCreateInput,
  type TLeaseIssueStepInput,
} from '@hearth/domain';
import { users } from '../../schema/identity';
import { households, people } from '../../schema/people';
import { properties, units } from '../../schema/program';
import { leaseIssueResponses, leaseIssues, leaseIssueSteps, leases } from '../../schema/tenancy';
import type { Executor } from '../../client';
import { writeAudit } from '../core/audit';
import { headName, unitManagedBy } from './access';

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
      note: leaseIssueSteps.note,
      actorName: users.displayName,
      createdAt: leaseIssueSteps.createdAt,
    })
    .from(leaseIssueSteps)
    .innerJoin(users, eq(users.id, leaseIssueSteps.actorUserId))
    .where(inArray(leaseIssueSteps.issueId, [...issueIds]))
    .orderBy(asc(leaseIssueSteps.createdAt), asc(leaseIssueSteps.id));
}

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

/** Groups steps by issue and adds the summary every list shows (current step, cure due date). */
export function withSteps<T extends { id: string }>(
  issues: readonly T[],
  steps: Awaited<ReturnType<typeof stepsForIssues>>,
) {
  return issues.map((issue) => {
    const own = steps.filter((s) => s.issueId === issue.id);
    const last = own[own.length - 1];
    const cure = [...own].reverse().find((s) => s.kind === 'cure_agreed');
    return {
      ...issue,
      steps: own,
      currentStep: last?.kind ?? null,
      lastStepDate: last?.stepDate ?? null,
      cureDueDate: cure?.dueDate ?? null,
      isOpen: last?.kind !== 'resolved',
    };
  });
}

const issueColumns = {
  id: leaseIssues.id,
  type: leaseIssues.type,
  occurredOn: leaseIssues.occurredOn,
  description: leaseIssues.description,
  unitId: leaseIssues.unitId,
  unitLabel: units.label,
  propertyName: properties.name,
  tenantName: headName(leaseIssues.householdId),
  createdAt: leaseIssues.createdAt,
};

export async function listLeaseIssuesForPropertyManager(db: Executor, params: { userId: string }) {
  const rows = await db
    .select(issueColumns)
    .from(leaseIssues)
    .innerJoin(units, eq(units.id, leaseIssues.unitId))
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .where(unitManagedBy(leaseIssues.unitId, params.userId))
    .orderBy(desc(leaseIssues.occurredOn), desc(leaseIssues.createdAt));
  return withSteps(
    rows,
    await stepsForIssues(
      db,
      rows.map((r) => r.id),
    ),
  );
}

export async function findLeaseIssueForPropertyManager(
  db: Executor,
  params: { userId: string; issueId: string },
) {
  const [row] = await db
    .select(issueColumns)
    .from(leaseIssues)
    .innerJoin(units, eq(units.id, leaseIssues.unitId))
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .where(and(eq(leaseIssues.id, params.issueId), unitManagedBy(leaseIssues.unitId, params.userId)))
    .limit(1);
  if (!row) return null;
  const [issue] = withSteps([row], await stepsForIssues(db, [row.id]));
  return { ...issue!, responses: await responsesForIssue(db, row.id) };
}

/** Logs a new issue for the household living in one of the manager's units; first step `logged`. */
export async function createLeaseIssue(
  db: Executor,
  params: { userId: string; programId: string; input: TLeaseIssueCreateInput; today: string },
) {
  const { input } = params;
  return db.transaction(async (tx) => {
    const [home] = await tx
      .select({
        householdId: households.id,
        personId: people.id,
        leaseId: sql<
          string | null
        >`(select ${leases.id} from ${leases} where ${leases.householdId} = ${households.id} and ${leases.unitId} = ${units.id} order by ${leases.startDate} desc limit 1)`,
      })
      .from(units)
      .innerJoin(households, eq(households.unitId, units.id))
      .innerJoin(people, and(eq(people.householdId, households.id), eq(people.relationshipToHead, 'self')))
      .where(and(eq(units.id, input.unitId), unitManagedBy(units.id, params.userId)))
      .limit(1);
    if (!home) {
      throw new DomainError('INVALID_INPUT', 'No one lives in a unit of yours with this id.', {
        field: 'unitId',
      });
    }
    if (input.occurredOn > params.today) {
      throw new DomainError('INVALID_INPUT', 'The date it happened cannot be in the future.', {
        field: 'occurredOn',
      });
    }
    const [issue] = await tx
      .insert(leaseIssues)
      .values({
        programId: params.programId,
        leaseId: home.leaseId,
        householdId: home.householdId,
        unitId: input.unitId,
        personId: home.personId,
        type: input.type,
        occurredOn: input.occurredOn,
        description: input.description,
        loggedBy: params.userId,
      })
      .returning({ id: leaseIssues.id });
    await tx.insert(leaseIssueSteps).values({
      issueId: issue!.id,
      kind: 'logged',
      stepDate: params.today,
      actorUserId: params.userId,
    });
    await writeAudit(tx, {
      actorUserId: params.userId,
      action: 'lease_issue.create',
      entityType: 'lease_issue',
      entityId: issue!.id,
      detail: { type: input.type, unitId: input.unitId },
    });
    return { issueId: issue!.id };
  });
}

/** Records the next step of the process, if the process allows it. Nothing is automatic. */
export async function addLeaseIssueStep(
  db: Executor,
  params: { userId: string; input: TLeaseIssueStepInput; today: string },
) {
  const { input } = params;
  return db.transaction(async (tx) => {
    const [issue] = await tx
      .select({ id: leaseIssues.id, occurredOn: leaseIssues.occurredOn })
      .from(leaseIssues)
      .where(and(eq(leaseIssues.id, input.issueId), unitManagedBy(leaseIssues.unitId, params.userId)))
      .for('update')
      .limit(1);
    if (!issue) throw new DomainError('NOT_FOUND', 'No such lease issue.');
    const steps = await stepsForIssues(tx, [issue.id]);
    checkNextStep({
      issueDate: issue.occurredOn,
      steps,
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
        note: input.note?.trim() || null,
        actorUserId: params.userId,
      })
      .returning({ id: leaseIssueSteps.id });
    await tx.update(leaseIssues).set({ updatedAt: new Date() }).where(eq(leaseIssues.id, issue.id));
    await writeAudit(tx, {
      actorUserId: params.userId,
      action: 'lease_issue.step',
      entityType: 'lease_issue',
      entityId: issue.id,
      detail: { kind: input.kind, stepId: step!.id },
    });
    return { stepId: step!.id };
  });
}
