import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import {
  checkRepairCompletion,
  checkRepairSchedule,
  checkRepairTriage,
  found,
  type TRepairCompleteInput,
  type TRepairScheduleInput,
  type TRepairTriageInput,
} from '@hearth/domain';
import { users } from '../../schema/identity';
import { properties, units } from '../../schema/program';
import { repairRequests, repairRequestSteps, unitEntries } from '../../schema/tenancy';
import type { Executor } from '../../client';
import { recordAudit, type Actor } from '../core/audit';
import { groupBy } from '../core/group-by';
import { headName, unitManagedBy, type PropertyViewer } from './access';

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

/** Repairs with their own steps: two queries, steps matched through a Map. */
export async function withRepairSteps<T extends { id: string }>(db: Executor, repairs: readonly T[]) {
  const byRepair = groupBy(
    await repairStepsFor(
      db,
      repairs.map((r) => r.id),
    ),
    (s) => s.repairId,
  );
  return repairs.map((r) => ({ ...r, steps: byRepair.get(r.id) ?? [] }));
}

export async function listRepairsForPropertyManager(db: Executor, params: { viewer: PropertyViewer }) {
  const rows = await db
    .select({ ...repairColumns, tenantName: headName(repairRequests.householdId) })
    .from(repairRequests)
    .innerJoin(units, eq(units.id, repairRequests.unitId))
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .where(unitManagedBy(repairRequests.unitId, params.viewer.userId))
    .orderBy(desc(repairRequests.requestedOn), desc(repairRequests.createdAt));
  return withRepairSteps(db, rows);
}

export async function listUnitEntriesForPropertyManager(db: Executor, params: { viewer: PropertyViewer }) {
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
    .where(unitManagedBy(unitEntries.unitId, params.viewer.userId))
    .orderBy(desc(unitEntries.enteredOn));
}

/** A repair of the manager's units, locked for a change; null when not theirs. */
async function lockRepair(db: Executor, viewer: PropertyViewer, repairId: string) {
  const [row] = await db
    .select({
      id: repairRequests.id,
      unitId: repairRequests.unitId,
      status: repairRequests.status,
      requestedOn: repairRequests.requestedOn,
      scheduledFor: repairRequests.scheduledFor,
      description: repairRequests.description,
      canEnterWithoutTenant: repairRequests.canEnterWithoutTenant,
      entryNoticeDays: properties.entryNoticeDays,
    })
    .from(repairRequests)
    .innerJoin(units, eq(units.id, repairRequests.unitId))
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .where(and(eq(repairRequests.id, repairId), unitManagedBy(repairRequests.unitId, viewer.userId)))
    .for('update', { of: repairRequests })
    .limit(1);
  return row ?? null;
}

interface RepairChange<I> {
  actor: Actor;
  viewer: PropertyViewer;
  today: string;
  input: I;
}

export async function triageRepair(db: Executor, params: RepairChange<TRepairTriageInput>) {
  const { actor, viewer, input } = params;
  return db.transaction(async (tx) => {
    const repair = found(await lockRepair(tx, viewer, input.repairId), 'repair request');
    checkRepairTriage(repair);
    await tx
      .update(repairRequests)
      .set({ urgency: input.urgency, updatedAt: actor.at })
      .where(eq(repairRequests.id, repair.id));
    await tx.insert(repairRequestSteps).values({
      repairId: repair.id,
      kind: 'triaged',
      stepDate: params.today,
      note: [`Urgency: ${input.urgency}`, input.note?.trim()].filter(Boolean).join('. '),
      actorUserId: viewer.userId,
    });
    await recordAudit(tx, actor, {
      action: 'repair.triage',
      entityType: 'repair_request',
      entityId: repair.id,
      detail: { urgency: input.urgency },
    });
    return { repairId: repair.id };
  });
}

export async function scheduleRepair(db: Executor, params: RepairChange<TRepairScheduleInput>) {
  const { actor, viewer, input } = params;
  return db.transaction(async (tx) => {
    const repair = found(await lockRepair(tx, viewer, input.repairId), 'repair request');
    checkRepairSchedule({ repair, scheduledFor: input.scheduledFor });
    await tx
      .update(repairRequests)
      .set({ status: 'scheduled', scheduledFor: input.scheduledFor, updatedAt: actor.at })
      .where(eq(repairRequests.id, repair.id));
    await tx.insert(repairRequestSteps).values({
      repairId: repair.id,
      kind: 'scheduled',
      stepDate: params.today,
      note: `Visit on ${input.scheduledFor}. Notice: ${input.noticeGiven}`,
      actorUserId: viewer.userId,
    });
    await recordAudit(tx, actor, {
      action: 'repair.schedule',
      entityType: 'repair_request',
      entityId: repair.id,
      detail: { scheduledFor: input.scheduledFor },
    });
    return { repairId: repair.id };
  });
}

/** Completes a repair and logs the entry into the unit with its basis and the notice given. */
export async function completeRepair(db: Executor, params: RepairChange<TRepairCompleteInput>) {
  const { actor, viewer, input } = params;
  return db.transaction(async (tx) => {
    const repair = found(await lockRepair(tx, viewer, input.repairId), 'repair request');
    checkRepairCompletion({
      repair,
      completedOn: input.completedOn,
      entryBasis: input.entryBasis,
      noticeGivenOn: input.noticeGivenOn,
      entryNoticeDays: repair.entryNoticeDays,
      today: params.today,
    });
    await tx
      .update(repairRequests)
      .set({ status: 'completed', completedOn: input.completedOn, updatedAt: actor.at })
      .where(eq(repairRequests.id, repair.id));
    await tx.insert(repairRequestSteps).values({
      repairId: repair.id,
      kind: 'completed',
      stepDate: input.completedOn,
      note: input.note?.trim() || null,
      actorUserId: viewer.userId,
    });
    await tx.insert(unitEntries).values({
      unitId: repair.unitId,
      repairId: repair.id,
      enteredOn: input.completedOn,
      basis: input.entryBasis,
      noticeGivenOn: input.noticeGivenOn ?? null,
      reason: `Repair: ${repair.description.slice(0, 200)}`,
      actorUserId: viewer.userId,
    });
    await recordAudit(tx, actor, {
      action: 'repair.complete',
      entityType: 'repair_request',
      entityId: repair.id,
      detail: { entryBasis: input.entryBasis },
    });
    return { repairId: repair.id };
  });
}
