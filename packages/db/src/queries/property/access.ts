import { sql, type SQL } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { propertyAssignments } from '../../schema/identity';
import { people } from '../../schema/people';
import { units } from '../../schema/program';

/** The signed-in property manager: every property query is scoped to their assigned properties. */
export interface PropertyViewer {
  userId: string;
}

// Its own name inside the subquery, so a caller's outer `units` row is never compared with itself.
const MANAGED_UNIT = 'managed_unit';
const managedUnit = alias(units, MANAGED_UNIT);

/** The unit belongs to a property assigned to this property manager. */
export function unitManagedBy(unitIdColumn: AnyPgColumn | SQL, userId: string): SQL {
  return sql`exists (select 1 from ${units} as ${sql.identifier(MANAGED_UNIT)} join ${propertyAssignments} on ${propertyAssignments.propertyId} = ${managedUnit.propertyId}
    where ${managedUnit.id} = ${unitIdColumn} and ${propertyAssignments.propertyManagerId} = ${userId})`;
}

/** The head of household's name (the tenant on the lease): a name only, nothing of services. */
export function headName(householdIdColumn: AnyPgColumn): SQL<string | null> {
  return sql<string | null>`(
    select ${people.firstName} || ' ' || ${people.lastName} from ${people}
    where ${people.householdId} = ${householdIdColumn} and ${people.relationshipToHead} = 'self'
    limit 1)`;
}
