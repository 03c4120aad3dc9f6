import { and, asc, eq, sql } from 'drizzle-orm';
import { propertyAssignments } from '../../schema/identity';
import { households, people } from '../../schema/people';
import { properties, units } from '../../schema/program';
import type { Executor } from '../../client';

/**
 * Units of the properties assigned to a property manager, with the occupant's name only.
 * This module reads tenancy tables and nothing of services.
 */
export async function listUnitsForPropertyManager(db: Executor, params: { userId: string }) {
  const occupantName = sql<string | null>`(
    select ${people.firstName} || ' ' || ${people.lastName} from ${people}
    where ${people.householdId} = ${households.id} and ${people.relationshipToHead} = 'self'
    limit 1)`;
  return db
    .select({
      unitId: units.id,
      unitLabel: units.label,
      bedrooms: units.bedrooms,
      propertyId: properties.id,
      propertyName: properties.name,
      occupantName,
    })
    .from(units)
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .innerJoin(
      propertyAssignments,
      and(
        eq(propertyAssignments.propertyId, properties.id),
        eq(propertyAssignments.propertyManagerId, params.userId),
      ),
    )
    .leftJoin(households, eq(households.unitId, units.id))
    .orderBy(asc(properties.name), asc(units.label));
}
