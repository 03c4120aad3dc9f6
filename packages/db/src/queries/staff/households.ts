import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { caseloadAssignments } from '../../schema/identity';
import { households, people } from '../../schema/people';
import type { Executor } from '../../client';
import { staffScope, type StaffViewer } from './people';
import { one } from './rows';

/** The people and households intake creates, their status, and their caseload. */

type PersonStatus = (typeof people.status.enumValues)[number];
type RelationshipToHead = (typeof people.relationshipToHead.enumValues)[number];

interface NewPerson {
  firstName: string;
  lastName: string;
  preferredName?: string | undefined;
  dateOfBirth?: string | undefined;
  phone?: string | undefined;
  isVawaProtected?: boolean | undefined;
}

function personValues(person: NewPerson) {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    preferredName: person.preferredName ?? null,
    dateOfBirth: person.dateOfBirth ?? null,
    phone: person.phone ?? null,
    isVawaProtected: person.isVawaProtected ?? false,
  };
}

/** A person within the viewer's scope, with what intake needs of them, or null. */
export async function findPersonInScope(
  db: Executor,
  params: { viewer: StaffViewer; today: string; personId: string },
) {
  const [row] = await db
    .select({
      id: people.id,
      householdId: people.householdId,
      status: people.status,
      relationshipToHead: people.relationshipToHead,
    })
    .from(people)
    .where(and(eq(people.id, params.personId), staffScope(params.viewer, params.today)))
    .limit(1);
  return row ?? null;
}

export async function createHouseholdWithHead(
  db: Executor,
  params: { programId: string; person: NewPerson; status: PersonStatus },
) {
  const household = one(
    await db.insert(households).values({ programId: params.programId }).returning({ id: households.id }),
  );
  const person = one(
    await db
      .insert(people)
      .values({
        programId: params.programId,
        householdId: household.id,
        ...personValues(params.person),
        relationshipToHead: 'self',
        status: params.status,
      })
      .returning({ id: people.id }),
  );
  return { householdId: household.id, personId: person.id };
}

export async function addHouseholdMember(
  db: Executor,
  params: {
    programId: string;
    householdId: string;
    status: PersonStatus;
    person: NewPerson & { relationshipToHead: RelationshipToHead };
  },
) {
  return one(
    await db
      .insert(people)
      .values({
        programId: params.programId,
        householdId: params.householdId,
        ...personValues(params.person),
        relationshipToHead: params.person.relationshipToHead,
        status: params.status,
      })
      .returning({ id: people.id }),
  );
}

export async function assignToCaseload(
  db: Executor,
  params: { caseManagerId: string; personId: string; startDate: string },
) {
  await db.insert(caseloadAssignments).values({
    caseManagerId: params.caseManagerId,
    personId: params.personId,
    startDate: params.startDate,
  });
}

/** Puts a new household member on the same caseload(s) as the head of household. */
export async function copyCaseloadAssignments(
  db: Executor,
  params: { fromPersonId: string; toPersonId: string; today: string },
) {
  await db.execute(sql`
    insert into ${caseloadAssignments} (case_manager_id, person_id, start_date)
    select ${caseloadAssignments.caseManagerId}, ${params.toPersonId}, ${params.today}::date
    from ${caseloadAssignments}
    where ${caseloadAssignments.personId} = ${params.fromPersonId}
      and (${caseloadAssignments.endDate} is null or ${caseloadAssignments.endDate} >= ${params.today}::date)`);
}

/** Sets the status of every member of a household (intake moves households as a whole). */
export async function setHouseholdStatus(
  db: Executor,
  params: { householdId: string; status: PersonStatus; at: Date },
) {
  await db
    .update(people)
    .set({ status: params.status, updatedAt: params.at })
    .where(eq(people.householdId, params.householdId));
}

export async function listHouseholdMembers(db: Executor, params: { householdId: string }) {
  return db
    .select({
      id: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      relationshipToHead: people.relationshipToHead,
      dateOfBirth: people.dateOfBirth,
      status: people.status,
    })
    .from(people)
    .where(eq(people.householdId, params.householdId))
    .orderBy(asc(people.createdAt), asc(people.id));
}

/** The ids of the given people that are in one household (used to check members belong). */
export async function peopleInHousehold(db: Executor, params: { householdId: string; personIds: string[] }) {
  if (params.personIds.length === 0) return [];
  const rows = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.householdId, params.householdId), inArray(people.id, params.personIds)));
  return rows.map((r) => r.id);
}
