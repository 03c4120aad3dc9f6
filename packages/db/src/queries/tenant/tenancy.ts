import { and, asc, desc, eq, sql } from 'drizzle-orm';
import {
  DomainError,
  type TLeaseIssueRespondInput,
  type TRepairConfirmInput,
  type TRepairCreateInput,
  type TRightsTopic,
} from '@hearth/domain';
import { households, people } from '../../schema/people';
import { properties, units } from '../../schema/program';
import {
  leaseIssues,
  leaseIssueSteps,
  leaseIssueResponses,
  leases,
  repairRequests,
  repairRequestSteps,
  rightsAcknowledgements,
} from '../../schema/tenancy';
import type { Executor } from '../../client';
import { writeAudit } from '../core/audit';
import { repairColumns, repairStepsFor } from '../property/repairs';
import { responsesForIssue, stepsForIssues, withSteps } from '../property/lease-issues';
import { ledgerFor } from '../property/leases';
import { summarizeLedger } from '@hearth/domain';

/**
 * The signed-in tenant's own tenancy records. Every query starts from the tenant's own person id
 * (from the session), so another household's record is simply not found.
 */

export interface TenantViewer {
  userId: string;
  personId: string;
}

export async function tenantHome(db: Executor, personId: string) {
  const [row] = await db
    .select({ householdId: households.id, unitId: households.unitId, programId: people.programId })
    .from(people)
    .innerJoin(households, eq(households.id, people.householdId))
    .where(eq(people.id, personId))
    .limit(1);
  if (!row) throw new DomainError('NOT_FOUND', 'No tenant record.');
  return row;
}

/** Issues the tenant has been told about: the `tenant_notified` step makes them visible. */
const notified = sql`exists (select 1 from ${leaseIssueSteps} where ${leaseIssueSteps.issueId} = ${leaseIssues.id} and ${leaseIssueSteps.kind} = 'tenant_notified')`;

export async function listLeaseIssuesForTenant(db: Executor, params: { viewer: TenantViewer }) {
  const home = await tenantHome(db, params.viewer.personId);
  const rows = await db
    .select({
      id: leaseIssues.id,
      type: leaseIssues.type,
      occurredOn: leaseIssues.occurredOn,
      description: leaseIssues.description,
    })
    .from(leaseIssues)
    .where(and(eq(leaseIssues.householdId, home.householdId), notified))
    .orderBy(desc(leaseIssues.occurredOn));
  const steps = await stepsForIssues(
    db,
    rows.map((r) => r.id),
  );
  return withSteps(rows, steps);
}

export async function findLeaseIssueForTenant(
  db: Executor,
  params: { viewer: TenantViewer; issueId: string },
) {
  const home = await tenantHome(db, params.viewer.personId);
  const [row] = await db
    .select({
      id: leaseIssues.id,
      type: leaseIssues.type,
      occurredOn: leaseIssues.occurredOn,
      description: leaseIssues.description,
    })
    .from(leaseIssues)
    .where(and(eq(leaseIssues.id, params.issueId), eq(leaseIssues.householdId, home.householdId), notified))
    .limit(1);
  if (!row) return null;
  const [issue] = withSteps([row], await stepsForIssues(db, [row.id]));
  return { ...issue!, responses: await responsesForIssue(db, row.id) };
}

export async function respondToLeaseIssue(
  db: Executor,
  params: { viewer: TenantViewer; input: TLeaseIssueRespondInput },
) {
  return db.transaction(async (tx) => {
    const issue = await findLeaseIssueForTenant(tx, { viewer: params.viewer, issueId: params.input.issueId });
    if (!issue) throw new DomainError('NOT_FOUND', 'No such lease issue.');
    const [r] = await tx
      .insert(leaseIssueResponses)
      .values({ issueId: issue.id, authorUserId: params.viewer.userId, body: params.input.body })
      .returning({ id: leaseIssueResponses.id });
    await writeAudit(tx, {
      actorUserId: params.viewer.userId,
      action: 'lease_issue.respond',
      entityType: 'lease_issue',
      entityId: issue.id,
      detail: { responseId: r!.id },
    });
    return { responseId: r!.id };
  });
}

// ---------------------------------------------------------------------------------------------
// The lease, in the tenant's words: what they pay and the balance

export async function findLeaseForTenant(db: Executor, params: { viewer: TenantViewer }) {
  const home = await tenantHome(db, params.viewer.personId);
  const [row] = await db
    .select({
      id: leases.id,
      startDate: leases.startDate,
      endDate: leases.endDate,
      tenantRentCents: leases.tenantRentCents,
      utilityAllowanceCents: leases.utilityAllowanceCents,
      unitLabel: units.label,
      propertyName: properties.name,
    })
    .from(leases)
    .innerJoin(units, eq(units.id, leases.unitId))
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .where(eq(leases.householdId, home.householdId))
    .orderBy(desc(leases.startDate))
    .limit(1);
  if (!row) return null;
  return { ...row, ledger: summarizeLedger(await ledgerFor(db, row.id), row.tenantRentCents) };
}

// ---------------------------------------------------------------------------------------------
// Rights and responsibilities

export async function listRightsAcknowledgements(db: Executor, params: { viewer: TenantViewer }) {
  return db
    .select({ topic: rightsAcknowledgements.topic, acknowledgedOn: rightsAcknowledgements.acknowledgedOn })
    .from(rightsAcknowledgements)
    .where(eq(rightsAcknowledgements.personId, params.viewer.personId))
    .orderBy(asc(rightsAcknowledgements.acknowledgedOn));
}

export async function acknowledgeRights(
  db: Executor,
  params: { viewer: TenantViewer; topic: TRightsTopic; today: string },
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(rightsAcknowledgements)
      .values({ personId: params.viewer.personId, topic: params.topic, acknowledgedOn: params.today })
      .returning({ id: rightsAcknowledgements.id });
    await writeAudit(tx, {
      actorUserId: params.viewer.userId,
      action: 'rights.acknowledge',
      entityType: 'person',
      entityId: params.viewer.personId,
      detail: { topic: params.topic },
    });
    return { id: row!.id, acknowledgedOn: params.today };
  });
}

// ---------------------------------------------------------------------------------------------
// Repairs

export async function listRepairsForTenant(db: Executor, params: { viewer: TenantViewer }) {
  const home = await tenantHome(db, params.viewer.personId);
  const rows = await db
    .select(repairColumns)
    .from(repairRequests)
    .innerJoin(units, eq(units.id, repairRequests.unitId))
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .where(eq(repairRequests.householdId, home.householdId))
    .orderBy(desc(repairRequests.requestedOn), desc(repairRequests.createdAt));
  const steps = await repairStepsFor(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, steps: steps.filter((s) => s.repairId === r.id) }));
}

export async function createRepairForTenant(
  db: Executor,
  params: { viewer: TenantViewer; input: TRepairCreateInput; today: string },
) {
  const { input } = params;
  return db.transaction(async (tx) => {
    const home = await tenantHome(tx, params.viewer.personId);
    if (!home.unitId) {
      throw new DomainError('INVALID_INPUT', 'You do not have a unit yet, so there is nothing to repair.', {
        field: 'location',
      });
    }
    const [repair] = await tx
      .insert(repairRequests)
      .values({
        programId: home.programId,
        householdId: home.householdId,
        unitId: home.unitId,
        requestedBy: params.viewer.userId,
        description: input.description,
        location: input.location,
        urgency: input.urgency,
        canEnterWithoutTenant: input.canEnterWithoutTenant,
        accessNotes: input.accessNotes || null,
        requestedOn: params.today,
      })
      .returning({ id: repairRequests.id });
    await tx.insert(repairRequestSteps).values({
      repairId: repair!.id,
      kind: 'requested',
      stepDate: params.today,
      actorUserId: params.viewer.userId,
    });
    await writeAudit(tx, {
      actorUserId: params.viewer.userId,
      action: 'repair.create',
      entityType: 'repair_request',
      entityId: repair!.id,
      detail: { urgency: input.urgency },
    });
    return { repairId: repair!.id };
  });
}

export async function confirmRepairForTenant(
  db: Executor,
  params: { viewer: TenantViewer; input: TRepairConfirmInput; today: string },
) {
  const { input } = params;
  return db.transaction(async (tx) => {
    const home = await tenantHome(tx, params.viewer.personId);
    const [repair] = await tx
      .select({ id: repairRequests.id, status: repairRequests.status })
      .from(repairRequests)
      .where(and(eq(repairRequests.id, input.repairId), eq(repairRequests.householdId, home.householdId)))
      .for('update')
      .limit(1);
    if (!repair) throw new DomainError('NOT_FOUND', 'No such repair request.');
    if (repair.status !== 'completed') {
      throw new DomainError('INVALID_INPUT', 'You can confirm a repair once it is marked done.', {
        field: 'repairId',
      });
    }
    await tx
      .update(repairRequests)
      .set(
        input.isFixed
          ? { status: 'confirmed', confirmedOn: params.today, updatedAt: new Date() }
          : { status: 'requested', completedOn: null, updatedAt: new Date() },
      )
      .where(eq(repairRequests.id, repair.id));
    await tx.insert(repairRequestSteps).values({
      repairId: repair.id,
      kind: input.isFixed ? 'confirmed' : 'reopened',
      stepDate: params.today,
      note: input.comment?.trim() || null,
      actorUserId: params.viewer.userId,
    });
    await writeAudit(tx, {
      actorUserId: params.viewer.userId,
      action: input.isFixed ? 'repair.confirm' : 'repair.reopen',
      entityType: 'repair_request',
      entityId: repair.id,
    });
    return { repairId: repair.id };
  });
}
