import { and, asc, eq } from 'drizzle-orm';
import { propertyAssignments } from '../../schema/identity';
import { households } from '../../schema/people';
import { properties, units } from '../../schema/program';
import type { Executor } from '../../client';
import { headName, type PropertyViewer } from './access';

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
