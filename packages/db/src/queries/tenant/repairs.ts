import { and, desc, eq } from 'drizzle-orm';
import {
  confirmRepair,
  found,
  repairUnitOf,
  type TRepairConfirmInput,
  type TRepairCreateInput,
} from '@hearth/domain';
import { properties, units } from '../../schema/program';
import { repairRequests, repairRequestSteps } from '../../schema/tenancy';
import type { Executor } from '../../client';
import { recordAudit, type Actor } from '../core/audit';
import { repairColumns, withRepairSteps } from '../property/repairs';
import { findTenantHome, type TenantViewer } from './home';

/** The tenant's own repair requests: asked for, followed, and confirmed fixed (or reopened). */

export async function listRepairsForTenant(db: Executor, params: { viewer: TenantViewer }) {
  const home = found(await findTenantHome(db, params.viewer.personId), 'tenant record');
  const rows = await db
    .select(repairColumns)
    .from(repairRequests)
    .innerJoin(units, eq(units.id, repairRequests.unitId))
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .where(eq(repairRequests.householdId, home.householdId))
    .orderBy(desc(repairRequests.requestedOn), desc(repairRequests.createdAt));
  return withRepairSteps(db, rows);
}

/**
 * Whom the tenant calls for an urgent repair: their property's name and emergency maintenance
 * number (a property setting), and nothing else of the property. Null before move-in.
 */
export async function repairContactForTenant(db: Executor, params: { viewer: TenantViewer }) {
  const home = found(await findTenantHome(db, params.viewer.personId), 'tenant record');
  if (!home.propertyId) return null;
  const [row] = await db
    .select({
      propertyName: properties.name,
      emergencyMaintenancePhone: properties.emergencyMaintenancePhone,
    })
    .from(properties)
    .where(eq(properties.id, home.propertyId))
    .limit(1);
  return row ?? null;
}

export async function createRepairForTenant(
  db: Executor,
  params: { actor: Actor; viewer: TenantViewer; today: string; input: TRepairCreateInput },
) {
  const { actor, viewer, input } = params;
  return db.transaction(async (tx) => {
    const home = found(await findTenantHome(tx, viewer.personId), 'tenant record');
    const unitId = repairUnitOf(home);
    const [repair] = await tx
      .insert(repairRequests)
      .values({
        programId: home.programId,
        householdId: home.householdId,
        unitId,
        requestedBy: viewer.userId,
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
      actorUserId: viewer.userId,
    });
    await recordAudit(tx, actor, {
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
  params: { actor: Actor; viewer: TenantViewer; today: string; input: TRepairConfirmInput },
) {
  const { actor, viewer, input } = params;
  return db.transaction(async (tx) => {
    const home = found(await findTenantHome(tx, viewer.personId), 'tenant record');
    const [row] = await tx
      .select({ id: repairRequests.id, status: repairRequests.status })
      .from(repairRequests)
      .where(and(eq(repairRequests.id, input.repairId), eq(repairRequests.householdId, home.householdId)))
      .for('update')
      .limit(1);
    const repair = found(row, 'repair request');
    const next = confirmRepair(repair, input.isFixed);
    await tx
      .update(repairRequests)
      .set(
        next.status === 'confirmed'
          ? { status: next.status, confirmedOn: params.today, updatedAt: actor.at }
          : { status: next.status, completedOn: null, updatedAt: actor.at },
      )
      .where(eq(repairRequests.id, repair.id));
    await tx.insert(repairRequestSteps).values({
      repairId: repair.id,
      kind: next.stepKind,
      stepDate: params.today,
      note: input.comment?.trim() || null,
      actorUserId: viewer.userId,
    });
    await recordAudit(tx, actor, {
      action: next.stepKind === 'confirmed' ? 'repair.confirm' : 'repair.reopen',
      entityType: 'repair_request',
      entityId: repair.id,
    });
    return { repairId: repair.id };
  });
}
