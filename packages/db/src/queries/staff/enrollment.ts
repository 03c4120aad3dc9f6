import { asc, eq } from 'drizzle-orm';
import {
  badInput,
  conflict,
  found,
  housingStartRefusal,
  notBefore,
  notInFuture,
  projectStartRefusal,
  type TEnrollmentUpsertInput,
} from '@hearth/domain';
import { people } from '../../schema/people';
import { enrollmentMembers, enrollments } from '../../schema/services/intake';
import type { Executor } from '../../client';
import { recordAudit } from '../core/audit';
import { findApplicationInScope } from './application-scope';
import { findCurrentDetermination } from './determinations';
import { addHouseholdMember, copyCaseloadAssignments, listHouseholdMembers } from './households';
import type { StaffRequest } from './people';
import { one } from './rows';

/** Enrollment in the project (HMIS project start) and the household members it covers. */

export const enrollmentColumns = {
  id: enrollments.id,
  applicationId: enrollments.applicationId,
  householdId: enrollments.householdId,
  headPersonId: enrollments.headPersonId,
  projectStartDate: enrollments.projectStartDate,
  housingMoveInDate: enrollments.housingMoveInDate,
  unitId: enrollments.unitId,
  projectExitDate: enrollments.projectExitDate,
};

export async function findEnrollment(db: Executor, params: { applicationId: string }) {
  const [row] = await db
    .select(enrollmentColumns)
    .from(enrollments)
    .where(eq(enrollments.applicationId, params.applicationId))
    .limit(1);
  return row ?? null;
}

export async function insertEnrollment(
  db: Executor,
  params: { applicationId: string; householdId: string; headPersonId: string; projectStartDate: string },
) {
  return one(await db.insert(enrollments).values(params).returning(enrollmentColumns));
}

export async function updateEnrollmentStart(
  db: Executor,
  params: { enrollmentId: string; projectStartDate: string; at: Date },
) {
  return one(
    await db
      .update(enrollments)
      .set({ projectStartDate: params.projectStartDate, updatedAt: params.at })
      .where(eq(enrollments.id, params.enrollmentId))
      .returning(enrollmentColumns),
  );
}

export async function addEnrollmentMembers(
  db: Executor,
  params: { enrollmentId: string; personIds: string[] },
) {
  if (params.personIds.length === 0) return;
  await db
    .insert(enrollmentMembers)
    .values(params.personIds.map((personId) => ({ enrollmentId: params.enrollmentId, personId })))
    .onConflictDoNothing();
}

export async function listEnrollmentMembers(db: Executor, params: { enrollmentId: string }) {
  return db
    .select({
      personId: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      relationshipToHead: people.relationshipToHead,
      dateOfBirth: people.dateOfBirth,
      status: people.status,
    })
    .from(enrollmentMembers)
    .innerJoin(people, eq(people.id, enrollmentMembers.personId))
    .where(eq(enrollmentMembers.enrollmentId, params.enrollmentId))
    .orderBy(asc(people.createdAt), asc(people.id));
}

/** Housing may start only on a determination in force that allows it (else CONFLICT, saying why). */
export async function requireHousingMayStart(db: Executor, params: { applicationId: string }) {
  const determination = await findCurrentDetermination(db, params);
  const refusal = housingStartRefusal(determination);
  if (refusal) conflict(refusal);
}

/**
 * staff.enrollment.upsert: enrolls the household (project start date) or corrects the start date,
 * and adds household members, who join the head's caseload and the enrollment.
 */
export async function upsertEnrollment(
  db: Executor,
  params: StaffRequest & { input: TEnrollmentUpsertInput },
) {
  const { viewer, today, input, actor } = params;
  const newMembers = input.newMembers ?? [];
  notInFuture('projectStartDate', input.projectStartDate, today);
  newMembers.forEach((m, i) => notInFuture(`newMembers.${i}.dateOfBirth`, m.dateOfBirth, today));
  return db.transaction(async (tx) => {
    const application = found(
      await findApplicationInScope(tx, { viewer, today, applicationId: input.applicationId }),
      'application',
    );
    notBefore(
      'projectStartDate',
      input.projectStartDate,
      application.applicationDate,
      'the application date',
    );
    await requireHousingMayStart(tx, { applicationId: application.id });
    let enrollment = await findEnrollment(tx, { applicationId: application.id });
    if (enrollment) {
      const refusal = projectStartRefusal({
        projectStartDate: input.projectStartDate,
        housingMoveInDate: enrollment.housingMoveInDate,
      });
      if (refusal) badInput('projectStartDate', refusal);
      enrollment = await updateEnrollmentStart(tx, {
        enrollmentId: enrollment.id,
        projectStartDate: input.projectStartDate,
        at: actor.at,
      });
    } else {
      enrollment = await insertEnrollment(tx, {
        applicationId: application.id,
        householdId: application.householdId,
        headPersonId: application.personId,
        projectStartDate: input.projectStartDate,
      });
    }
    const addedPersonIds: string[] = [];
    for (const member of newMembers) {
      const created = await addHouseholdMember(tx, {
        programId: application.programId,
        householdId: application.householdId,
        status: application.personStatus,
        person: member,
      });
      await copyCaseloadAssignments(tx, {
        fromPersonId: application.personId,
        toPersonId: created.id,
        today,
      });
      addedPersonIds.push(created.id);
    }
    const household = await listHouseholdMembers(tx, { householdId: application.householdId });
    await addEnrollmentMembers(tx, {
      enrollmentId: enrollment.id,
      personIds: household.filter((m) => m.status !== 'exited').map((m) => m.id),
    });
    await recordAudit(tx, actor, {
      action: 'enrollment.upsert',
      entityType: 'application',
      entityId: application.id,
      detail: { enrollmentId: enrollment.id, addedPersonIds },
    });
    const members = await listEnrollmentMembers(tx, { enrollmentId: enrollment.id });
    return { ...enrollment, members };
  });
}
