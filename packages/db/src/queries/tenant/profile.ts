import { eq, sql } from 'drizzle-orm';
import { caseloadAssignments, users } from '../../schema/identity';
import { households, people } from '../../schema/people';
import { properties, units } from '../../schema/program';
import type { Executor } from '../../client';

const caseManagerName = sql<string | null>`(
  select ${users.displayName} from ${caseloadAssignments}
  join ${users} on ${users.id} = ${caseloadAssignments.caseManagerId}
  where ${caseloadAssignments.personId} = ${people.id} and ${caseloadAssignments.endDate} is null
  order by ${caseloadAssignments.startDate} desc limit 1)`;

/** The signed-in tenant's own home: their person, unit and case manager's name. Nothing else. */
export async function findTenantProfile(db: Executor, params: { personId: string }) {
  const [row] = await db
    .select({
      personId: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      preferredName: people.preferredName,
      propertyName: properties.name,
      addressLine: properties.addressLine,
      city: properties.city,
      state: properties.state,
      postalCode: properties.postalCode,
      unitLabel: units.label,
      bedrooms: units.bedrooms,
      caseManagerName,
    })
    .from(people)
    .innerJoin(households, eq(households.id, people.householdId))
    .leftJoin(units, eq(units.id, households.unitId))
    .leftJoin(properties, eq(properties.id, units.propertyId))
    .where(eq(people.id, params.personId))
    .limit(1);
  return row ?? null;
}
