import { and, eq, sql } from 'drizzle-orm';
import { people } from '../../schema/people';
import { applications, referrals, serviceHubs } from '../../schema/services/intake';
import type { Executor } from '../../client';
import { staffScope, type StaffViewer } from './people';

/** An application in the viewer's scope: what every use case on an application's file starts from. */

/** An application whose person is in the viewer's scope, or null ("not found"). */
export async function findApplicationInScope(
  db: Executor,
  params: { viewer: StaffViewer; today: string; applicationId: string },
) {
  const [row] = await db
    .select({
      id: applications.id,
      programId: applications.programId,
      referralId: applications.referralId,
      personId: applications.personId,
      householdId: applications.householdId,
      applicationDate: applications.applicationDate,
      requiresChronicHomelessness: applications.requiresChronicHomelessness,
      firstName: people.firstName,
      lastName: people.lastName,
      personStatus: people.status,
      referralDate: referrals.referralDate,
      serviceHubName: serviceHubs.name,
      byNameListRank: referrals.byNameListRank,
      priorityPopulations: referrals.priorityPopulations,
    })
    .from(applications)
    .innerJoin(people, eq(people.id, applications.personId))
    .innerJoin(referrals, eq(referrals.id, applications.referralId))
    .innerJoin(serviceHubs, eq(serviceHubs.id, referrals.serviceHubId))
    .where(and(eq(applications.id, params.applicationId), staffScope(params.viewer, params.today)))
    .limit(1);
  return row ?? null;
}

export type ApplicationInScope = NonNullable<Awaited<ReturnType<typeof findApplicationInScope>>>;

/** Serializes writes to one application's file, so two concurrent writes cannot both pass a check. */
export async function lockApplication(db: Executor, params: { applicationId: string }) {
  await db.execute(
    sql`select 1 from ${applications} where ${applications.id} = ${params.applicationId} for update`,
  );
}
