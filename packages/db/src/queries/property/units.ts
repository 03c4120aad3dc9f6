import { and, asc, eq } from 'drizzle-orm';
import { found, type TUnitContractRentInput } from '@hearth/domain';
import { propertyAssignments } from '../../schema/identity';
import { households } from '../../schema/people';
import { properties, units } from '../../schema/program';
import type { Executor } from '../../client';
import { recordAudit, type Actor } from '../core/audit';
import { headName, unitManagedBy, type PropertyViewer } from './access';

/**
 * Units of the properties assigned to a property manager, with the occupant's name only.
 * This module reads tenancy tables and nothing of services.
 */
export async function listUnitsForPropertyManager(db: Executor, params: { viewer: PropertyViewer }) {
  return db
    .select({
      unitId: units.id,
      unitLabel: units.label,
      bedrooms: units.bedrooms,
      contractRentCents: units.contractRentCents,
      propertyId: properties.id,
      propertyName: properties.name,
      occupantName: headName(households.id),
    })
    .from(units)
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .innerJoin(
      propertyAssignments,
      and(
        eq(propertyAssignments.propertyId, properties.id),
        eq(propertyAssignments.propertyManagerId, params.viewer.userId),
      ),
    )
    .leftJoin(households, eq(households.unitId, units.id))
    .orderBy(asc(properties.name), asc(units.label));
}

/**
 * property.units.setContractRent: the unit's monthly contract rent, which the next lease of the
 * unit takes; a lease already open keeps its own terms. Only a unit the manager manages.
 */
export async function setUnitContractRent(
  db: Executor,
  params: { actor: Actor; viewer: PropertyViewer; input: TUnitContractRentInput },
) {
  const { actor, viewer, input } = params;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(units)
      .set({ contractRentCents: input.contractRentCents, updatedAt: actor.at })
      .where(and(eq(units.id, input.unitId), unitManagedBy(units.id, viewer.userId)))
      .returning({ unitId: units.id, contractRentCents: units.contractRentCents });
    const unit = found(row, 'unit');
    await recordAudit(tx, actor, {
      action: 'unit.contract_rent.set',
      entityType: 'unit',
      entityId: unit.unitId,
      detail: { field: 'contractRentCents' },
    });
    return unit;
  });
}
