import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { propertyAssignments } from '../../schema/identity';
import { people } from '../../schema/people';
import { units } from '../../schema/program';

/** The unit belongs to a property assigned to this property manager. */
export function unitManagedBy(unitIdColumn: AnyPgColumn | SQL, userId: string): SQL {
  return sql`exists (select 1 from ${units} join ${propertyAssignments} on ${propertyAssignments.propertyId} = ${units.propertyId}
    where ${units.id} = ${unitIdColumn} and ${propertyAssignments.propertyManagerId} = ${userId})`;
}

/** The head of household's name (the tenant on the lease): a name only, nothing of services. */
export function headName(householdIdColumn: AnyPgColumn): SQL<string | null> {
  return sql<string | null>`(
    select ${people.firstName} || ' ' || ${people.lastName} from ${people}
    where ${people.householdId} = ${householdIdColumn} and ${people.relationshipToHead} = 'self'
    limit 1)`;
}
