import { and, asc, eq, isNull, or, gte, sql } from 'drizzle-orm';
import { found } from '@hearth/domain';
import { caseloadAssignments, households, people, properties, units, users } from '../../schema/index';
import type { Executor } from '../../client';
import { recordAudit, recordListRead, type Actor } from '../core/audit';
import type { UserRole } from '../core/identity';

/** Who is asking: every scoped query takes one, so scope cannot be forgotten at a call site. */
export interface StaffViewer {
  userId: string;
  role: Extract<UserRole, 'case_manager' | 'supervisor' | 'program_admin'>;
  programId: string;
}

/** What every staff use case is given: who acts (for the audit), whose scope, and today. */
export interface StaffRequest {
  actor: Actor;
  viewer: StaffViewer;
  /** Today in the program's time zone (scope and date checks are as of it). */
  today: string;
}

function activeAssignment(today: string) {
  return or(isNull(caseloadAssignments.endDate), gte(caseloadAssignments.endDate, today));
}

function assignedToViewer(viewer: StaffViewer, today: string, personId: typeof people.id) {
  return sql`exists (select 1 from ${caseloadAssignments} where ${caseloadAssignments.personId} = ${personId} and ${caseloadAssignments.caseManagerId} = ${viewer.userId} and ${activeAssignment(today)})`;
}

/**
 * People a staff member may see: a case manager the households on their caseload (PSH serves
 * the household together, so a child or spouse of someone assigned is in scope), others the
 * whole program.
 */
export function staffScope(viewer: StaffViewer, today: string) {
  const inProgram = eq(people.programId, viewer.programId);
  if (viewer.role !== 'case_manager') return inProgram;
  // Inside the subquery `people` is aliased as hm, so the bare "people" columns are the outer row's.
  return and(
    inProgram,
    sql`exists (select 1 from ${people} as hm join ${caseloadAssignments} as ca on ca.person_id = hm.id
      where hm.household_id = ${people.householdId} and ca.case_manager_id = ${viewer.userId}
      and (ca.end_date is null or ca.end_date >= ${today}))`,
  );
}

/** The caseload itself: the people assigned to a case manager (everyone, for other staff). */
function caseloadScope(viewer: StaffViewer, today: string) {
  const inProgram = eq(people.programId, viewer.programId);
  if (viewer.role !== 'case_manager') return inProgram;
  return and(inProgram, assignedToViewer(viewer, today, people.id));
}

const caseManagerName = sql<string | null>`(
  select ${users.displayName} from ${caseloadAssignments}
  join ${users} on ${users.id} = ${caseloadAssignments.caseManagerId}
  where ${caseloadAssignments.personId} = ${people.id} and ${caseloadAssignments.endDate} is null
  order by ${caseloadAssignments.startDate} desc limit 1)`;

export async function listPeopleForStaff(
  db: Executor,
  params: { viewer: StaffViewer; today: string; search?: string | undefined },
) {
  const search = params.search?.trim();
  const where = search
    ? and(
        caseloadScope(params.viewer, params.today),
        sql`(${people.firstName} || ' ' || ${people.lastName}) ilike ${'%' + search.replace(/[%_\\]/g, '\\$&') + '%'}`,
      )
    : caseloadScope(params.viewer, params.today);
  return db
    .select({
      id: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      preferredName: people.preferredName,
      status: people.status,
      relationshipToHead: people.relationshipToHead,
      propertyName: properties.name,
      unitLabel: units.label,
      caseManagerName,
    })
    .from(people)
    .innerJoin(households, eq(households.id, people.householdId))
    .leftJoin(units, eq(units.id, households.unitId))
    .leftJoin(properties, eq(properties.id, units.propertyId))
    .where(where)
    .orderBy(asc(people.lastName), asc(people.firstName));
}

/** One person within the viewer's scope, or null: a record outside scope is "not found". */
export async function findPersonForStaff(
  db: Executor,
  params: { viewer: StaffViewer; today: string; personId: string },
) {
  const [row] = await db
    .select({
      id: people.id,
      householdId: people.householdId,
      firstName: people.firstName,
      lastName: people.lastName,
      preferredName: people.preferredName,
      dateOfBirth: people.dateOfBirth,
      relationshipToHead: people.relationshipToHead,
      status: people.status,
      phone: people.phone,
      isVawaProtected: people.isVawaProtected,
      propertyName: properties.name,
      propertyAddress: properties.addressLine,
      unitLabel: units.label,
      caseManagerName,
    })
    .from(people)
    .innerJoin(households, eq(households.id, people.householdId))
    .leftJoin(units, eq(units.id, households.unitId))
    .leftJoin(properties, eq(properties.id, units.propertyId))
    .where(and(eq(people.id, params.personId), staffScope(params.viewer, params.today)))
    .limit(1);
  if (!row) return null;
  const household = await db
    .select({
      id: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      relationshipToHead: people.relationshipToHead,
      dateOfBirth: people.dateOfBirth,
    })
    .from(people)
    .where(eq(people.householdId, row.householdId))
    .orderBy(asc(people.dateOfBirth));
  return { ...row, household };
}

/** A person read by staff: outside the viewer's scope it is "not found"; every read is audited. */
/** staff.people.list: the people in the viewer's scope, by name if searched (the read is audited). */
export async function readPeopleListForStaff(
  db: Executor,
  params: StaffRequest & { search?: string | undefined },
) {
  const rows = await listPeopleForStaff(db, params);
  await recordListRead(db, params.actor, { action: 'person.list', personIds: rows.map((r) => r.id) });
  return rows;
}

export async function readPersonForStaff(db: Executor, params: StaffRequest & { personId: string }) {
  return db.transaction(async (tx) => {
    const person = found(
      await findPersonForStaff(tx, { viewer: params.viewer, today: params.today, personId: params.personId }),
      'person',
    );
    await recordAudit(tx, params.actor, { action: 'person.read', entityType: 'person', entityId: person.id });
    return person;
  });
}
