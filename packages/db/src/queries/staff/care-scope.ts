import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { resolvePolicy, type ProgramPolicy } from '@hearth/domain';
import { enrollmentMembers, enrollments } from '../../schema/services/intake';
import { people } from '../../schema/people';
import { programs } from '../../schema/program';
import type { Executor } from '../../client';
import type { Actor } from '../core/audit';
import { staffScope, type StaffViewer } from './people';

/**
 * What the staff care use cases (engagement, assessment & acuity, service plans, linkages) share.
 * Every function that takes an id of a record checks the person behind it is in the viewer's
 * scope: a record outside it is NOT_FOUND, exactly like one that does not exist. Scope lookups
 * return null; the use case answers 404 with `found()`.
 */

export interface CareScope {
  viewer: StaffViewer;
  /** Today in the program's time zone (yyyy-mm-dd). */
  today: string;
}

/** One procedure's work: who acts, in whose scope, on which day, with what input. */
export interface CareCall<I> extends CareScope {
  actor: Actor;
  input: I;
}

export interface CarePerson {
  id: string;
  firstName: string;
  lastName: string;
  programId: string;
}

/** The person, if the viewer may see them; otherwise null. */
export async function personInCareScope(
  db: Executor,
  params: CareScope & { personId: string },
): Promise<CarePerson | null> {
  const [row] = await db
    .select({
      id: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      programId: people.programId,
    })
    .from(people)
    .where(and(eq(people.id, params.personId), staffScope(params.viewer, params.today)))
    .limit(1);
  return row ?? null;
}

/** Whether the person an owned record belongs to is in the viewer's scope. */
export async function isPersonInCareScope(
  db: Executor,
  params: CareScope & { personId: string },
): Promise<boolean> {
  return (await personInCareScope(db, params)) !== null;
}

/** The program's policy (RULES.md §8): its own settings over the domain defaults. */
export async function carePolicy(db: Executor, params: { programId: string }): Promise<ProgramPolicy> {
  const [row] = await db
    .select({ settings: programs.settings })
    .from(programs)
    .where(eq(programs.id, params.programId))
    .limit(1);
  return resolvePolicy(row?.settings ?? {});
}

/** The current enrollment of a person (as head or member): project start and move-in dates. */
export async function currentEnrollmentDates(db: Executor, params: { personId: string }) {
  const [row] = await db
    .select({
      projectStartDate: enrollments.projectStartDate,
      housingMoveInDate: enrollments.housingMoveInDate,
    })
    .from(enrollments)
    .where(
      and(
        isNull(enrollments.projectExitDate),
        sql`(${enrollments.headPersonId} = ${params.personId} or exists (select 1 from ${enrollmentMembers} where ${enrollmentMembers.enrollmentId} = ${enrollments.id} and ${enrollmentMembers.personId} = ${params.personId}))`,
      ),
    )
    .orderBy(desc(enrollments.projectStartDate))
    .limit(1);
  return row ?? null;
}
