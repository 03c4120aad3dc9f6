import { and, eq, isNull, ne } from 'drizzle-orm';
import {
  badInput,
  conflict,
  firstAnnualAssessment,
  found,
  housingMoveInStatus,
  moveInRefusal,
  notInFuture,
  unitRefusal,
  type TMoveInRecordInput,
} from '@hearth/domain';
import { households, people } from '../../schema/people';
import { enrollments } from '../../schema/services/intake';
import type { Executor } from '../../client';
import { recordAudit } from '../core/audit';
import { findApplicationInScope } from './application-scope';
import { openLeaseAtMoveIn } from './lease-rent';
import { enrollmentColumns, findEnrollment, requireHousingMayStart } from './enrollment';
import type { StaffRequest } from './people';
import { one } from './rows';
import { findUnitInProgram } from './units';

/** The housing move-in (HMIS 3.20): recorded once, never removed; the household becomes tenants. */

export async function recordMoveIn(
  db: Executor,
  params: { enrollmentId: string; householdId: string; unitId: string; housingMoveInDate: string; at: Date },
) {
  await db
    .update(households)
    .set({ unitId: params.unitId, updatedAt: params.at })
    .where(eq(households.id, params.householdId));
  await db
    .update(people)
    .set({ status: 'tenant', updatedAt: params.at })
    .where(and(eq(people.householdId, params.householdId), ne(people.status, 'exited')));
  return one(
    await db
      .update(enrollments)
      .set({ unitId: params.unitId, housingMoveInDate: params.housingMoveInDate, updatedAt: params.at })
      // Never overwrite a recorded move-in date (HMIS 3.20).
      .where(and(eq(enrollments.id, params.enrollmentId), isNull(enrollments.housingMoveInDate)))
      .returning(enrollmentColumns),
  );
}

/**
 * staff.moveIn.record: records the housing move-in date and the unit; the household moves into
 * the unit and its members become tenants, and the lease opens with its first rent charge (one
 * transaction). Answers with the lease and the first annual assessment's window.
 */
export async function recordHousingMoveIn(
  db: Executor,
  params: StaffRequest & { input: TMoveInRecordInput },
) {
  const { viewer, today, input, actor } = params;
  notInFuture('housingMoveInDate', input.housingMoveInDate, today);
  return db.transaction(async (tx) => {
    const application = found(
      await findApplicationInScope(tx, { viewer, today, applicationId: input.applicationId }),
      'application',
    );
    await requireHousingMayStart(tx, { applicationId: application.id });
    const enrollment = await findEnrollment(tx, { applicationId: application.id });
    if (!enrollment) conflict('Enroll the household before recording the move-in.');
    const refusal = moveInRefusal(enrollment);
    if (refusal) conflict(refusal);
    const status = housingMoveInStatus({
      projectStartDate: enrollment.projectStartDate,
      housingMoveInDate: input.housingMoveInDate,
      projectExitDate: enrollment.projectExitDate,
    });
    if (!status.moveInDateValid) badInput('housingMoveInDate', status.reasons.join(' '));
    const unit = found(
      await findUnitInProgram(tx, { programId: application.programId, unitId: input.unitId }),
      'unit',
    );
    const occupied = unitRefusal(unit, application.householdId);
    if (occupied) conflict(occupied);
    const updated = await recordMoveIn(tx, {
      enrollmentId: enrollment.id,
      householdId: application.householdId,
      unitId: unit.id,
      housingMoveInDate: input.housingMoveInDate,
      at: actor.at,
    });
    const lease = await openLeaseAtMoveIn(tx, {
      programId: application.programId,
      enrollmentId: enrollment.id,
      householdId: application.householdId,
      unit,
      startDate: input.housingMoveInDate,
      actor,
    });
    await recordAudit(tx, actor, {
      action: 'move_in.record',
      entityType: 'application',
      entityId: application.id,
      detail: { enrollmentId: enrollment.id, unitId: unit.id, leaseId: lease.leaseId },
    });
    return {
      enrollment: updated,
      unit: { id: unit.id, label: unit.label, propertyName: unit.propertyName },
      lease,
      reasons: status.reasons,
      firstAnnualAssessment: firstAnnualAssessment(enrollment.projectStartDate),
    };
  });
}
