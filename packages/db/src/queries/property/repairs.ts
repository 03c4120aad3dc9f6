import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import {
  DomainError,
  type TRepairCompleteInput,
  type TRepairScheduleInput,
  type TRepairTriageInput,
} from '@hearth/domain';
import { users } from '../../schema/identity';
import { properties, units } from '../../schema/program';
import { repairRequests, repairRequestSteps, unitEntries } from '../../schema/tenancy';
import type { Executor } from '../../client';
import { writeAudit } from '../core/audit';
import { headName, unitManagedBy } from './access';

/** Repair requests and unit entries (right to privacy: each entry logged with its basis). */

export const repairColumns = {
  id: repairRequests.id,
  unitId: repairRequests.unitId,
  unitLabel: units.label,
  propertyName: properties.name,
  description: repairRequests.description,
  location: repairRequests.location,
  urgency: repairRequests.urgency,
  canEnterWithoutTenant: repairRequests.canEnterWithoutTenant,
  accessNotes: repairRequests.accessNotes,
  status: repairRequests.status,
  requestedOn: repairRequests.requestedOn,
  scheduledFor: repairRequests.scheduledFor,
  completedOn: repairRequests.completedOn,
  confirmedOn: repairRequests.confirmedOn,
};

export async function repairStepsFor(db: Executor, repairIds: readonly string[]) {
  if (repairIds.length === 0) return [];
  return db
    .select({
      id: repairRequestSteps.id,
      repairId: repairRequestSteps.repairId,
      kind: repairRequestSteps.kind,
      stepDate: repairRequestSteps.stepDate,
      note: repairRequestSteps.note,
      actorName: users.displayName,
    })
    .from(repairRequestSteps)
    .innerJoin(users, eq(users.id, repairRequestSteps.actorUserId))
    .where(inArray(repairRequestSteps.repairId, [...repairIds]))
    .orderBy(asc(repairRequestSteps.createdAt), asc(repairRequestSteps.id));
}

export async function listRepairsForPropertyManager(db: Executor, params: { userId: string }) {
  const rows = await db
    .select({ ...repairColumns, tenantName: headName(repairRequests.householdId) })
    .from(repairRequests)
    .innerJoin(units, eq(units.id, repairRequests.unitId))
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .where(unitManagedBy(repairRequests.unitId, params.userId))
    .orderBy(desc(repairRequests.requestedOn), desc(repairRequests.createdAt));
  const steps = await repairStepsFor(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, steps: steps.filter((s) => s.repairId === r.id) }));
}

export async function listUnitEntriesForPropertyManager(db: Executor, params: { userId: string }) {
  return db
    .select({
      id: unitEntries.id,
      unitLabel: units.label,
      propertyName: properties.name,
      enteredOn: unitEntries.enteredOn,
      basis: unitEntries.basis,
      noticeGivenOn: unitEntries.noticeGivenOn,
      reason: unitEntries.reason,
      actorName: users.displayName,
    })
    .from(unitEntries)
    .innerJoin(units, eq(units.id, unitEntries.unitId))
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .innerJoin(users, eq(users.id, unitEntries.actorUserId))
    .where(unitManagedBy(unitEntries.unitId, params.userId))
    .orderBy(desc(unitEntries.enteredOn));
}

async function lockRepair(db: Executor, userId: string, repairId: string) {
  const [row] = await db
    .select({
      id: repairRequests.id,
      unitId: repairRequests.unitId,
      status: repairRequests.status,
      requestedOn: repairRequests.requestedOn,
      description: repairRequests.description,
      canEnterWithoutTenant: repairRequests.canEnterWithoutTenant,
    })
    .from(repairRequests)
    .where(and(eq(repairRequests.id, repairId), unitManagedBy(repairRequests.unitId, userId)))
    .for('update')
    .limit(1);
  if (!row) throw new DomainError('NOT_FOUND', 'No such repair request.');
  return row;
}

export async function triageRepair(
  db: Executor,
  params: { userId: string; input: TRepairTriageInput; today: string },
) {
  return db.transaction(async (tx) => {
    const repair = await lockRepair(tx, params.userId, params.input.repairId);
    if (repair.status === 'completed' || repair.status === 'confirmed') {
      throw new DomainError('INVALID_INPUT', 'This repair is already done.', { field: 'repairId' });
    }
    await tx
      .update(repairRequests)
      .set({ urgency: params.input.urgency, updatedAt: new Date() })
      .where(eq(repairRequests.id, repair.id));
    await tx.insert(repairRequestSteps).values({
      repairId: repair.id,
      kind: 'triaged',
      stepDate: params.today,
      note: [`Urgency: ${params.input.urgency}`, params.input.note?.trim()].filter(Boolean).join('. '),
      actorUserId: params.userId,
    });
    await writeAudit(tx, {
      actorUserId: params.userId,
      action: 'repair.triage',
      entityType: 'repair_request',
      entityId: repair.id,
      detail: { urgency: params.input.urgency },
    });
    return { repairId: repair.id };
  });
}

export async function scheduleRepair(
  db: Executor,
  params: { userId: string; input: TRepairScheduleInput; today: string },
) {
  const { input } = params;
  return db.transaction(async (tx) => {
    const repair = await lockRepair(tx, params.userId, input.repairId);
    if (repair.status !== 'requested' && repair.status !== 'scheduled') {
      throw new DomainError('INVALID_INPUT', 'Only an open request can be scheduled.', { field: 'repairId' });
    }
    if (input.scheduledFor < repair.requestedOn) {
      throw new DomainError(
        'INVALID_INPUT',
        `The visit cannot be before the request (${repair.requestedOn}).`,
        { field: 'scheduledFor' },
      );
    }
    await tx
      .update(repairRequests)
      .set({ status: 'scheduled', scheduledFor: input.scheduledFor, updatedAt: new Date() })
      .where(eq(repairRequests.id, repair.id));
    await tx.insert(repairRequestSteps).values({
      repairId: repair.id,
      kind: 'scheduled',
      stepDate: params.today,
      note: `Visit on ${input.scheduledFor}. Notice: ${input.noticeGiven}`,
      actorUserId: params.userId,
    });
    await writeAudit(tx, {
      actorUserId: params.userId,
      action: 'repair.schedule',
      entityType: 'repair_request',
      entityId: repair.id,
      detail: { scheduledFor: input.scheduledFor },
    });
    return { repairId: repair.id };
  });
}

/** Completes a repair and logs the entry into the unit with its basis and the notice given. */
export async function completeRepair(
  db: Executor,
  params: { userId: string; input: TRepairCompleteInput; today: string },
) {
  const { input } = params;
  return db.transaction(async (tx) => {
    const repair = await lockRepair(tx, params.userId, input.repairId);
    if (repair.status !== 'requested' && repair.status !== 'scheduled') {
      throw new DomainError('INVALID_INPUT', 'This repair is already done.', { field: 'repairId' });
    }
    if (input.completedOn < repair.requestedOn) {
      throw new DomainError(
        'INVALID_INPUT',
        `The repair cannot be done before it was asked for (${repair.requestedOn}).`,
        { field: 'completedOn' },
      );
    }
    if (input.completedOn > params.today) {
      throw new DomainError('INVALID_INPUT', 'The date done cannot be in the future.', {
        field: 'completedOn',
      });
    }
    if (input.entryBasis === 'notice_given') {
      if (!input.noticeGivenOn) {
        throw new DomainError('INVALID_INPUT', 'Give the date the notice was given.', {
          field: 'noticeGivenOn',
        });
      }
      if (input.noticeGivenOn > input.completedOn) {
        throw new DomainError('INVALID_INPUT', 'Notice must be given before entering.', {
          field: 'noticeGivenOn',
        });
      }
    }
    await tx
      .update(repairRequests)
      .set({ status: 'completed', completedOn: input.completedOn, updatedAt: new Date() })
      .where(eq(repairRequests.id, repair.id));
    await tx.insert(repairRequestSteps).values({
      repairId: repair.id,
      kind: 'completed',
      stepDate: input.completedOn,
      note: input.note?.trim() || null,
      actorUserId: params.userId,
    });
    await tx.insert(unitEntries).values({
      unitId: repair.unitId,
      repairId: repair.id,
      enteredOn: input.completedOn,
      basis: input.entryBasis,
      noticeGivenOn: input.noticeGivenOn ?? null,
      reason: `Repair: ${repair.description.slice(0, 200)}`,
      actorUserId: params.userId,
    });
    await writeAudit(tx, {
      actorUserId: params.userId,
      action: 'repair.complete',
      entityType: 'repair_request',
      entityId: repair.id,
      detail: { entryBasis: input.entryBasis },
    });
    return { repairId: repair.id };
  });
}
