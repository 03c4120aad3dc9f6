import {
  addEnrollmentMembers,
  addHouseholdMember,
  copyCaseloadAssignments,
  findCurrentDetermination,
  findEnrollment,
  findUnitInProgram,
  insertEnrollment,
  insertRentDetermination,
  listEnrollmentMembers,
  listHouseholdMembers,
  listRentDeterminations,
  recordMoveIn,
  syncLeaseTenantRent,
  updateEnrollmentStart,
  writeAudit,
  type Executor,
} from '@hearth/db';
import {
  addYears,
  annualAssessmentWindow,
  calculateRent,
  compareDates,
  housingMoveInStatus,
  rentArithmetic,
  wholeMonthsBetween,
  ZApplicationIdInput,
  ZEnrollmentUpsertInput,
  ZMoveInRecordInput,
  ZRentInput,
  type TCalculateRentInput,
  type THouseholdMember,
  type TRentInput,
} from '@hearth/domain';
import type { z } from 'zod';
import { router, staffProcedure } from '../../trpc';
import { programPolicy, requireApplication, type Application } from './intake-file';
import { badInput, conflict, notBefore, notFound, notInFuture, todayOf } from './guards';

/** Housing may start on a determination in force that is eligible, or pending the 45-day confirmation. */
async function requireEligible(db: Executor, applicationId: string) {
  const determination = await findCurrentDetermination(db, { applicationId });
  if (!determination) conflict('Record an eligibility determination before enrolling.');
  if (determination.status !== 'eligible' && determination.status !== 'pending_disability_verification') {
    conflict(`The determination in force is "${determination.status}": the household cannot be enrolled.`);
  }
  return determination;
}

const RELATIONSHIP_FOR_RENT = {
  self: 'head',
  spouse: 'spouse',
  partner: 'co_head',
  child: 'child',
  other_relative: 'other_adult',
  other: 'other_adult',
} as const;

async function rentCalculationInput(
  db: Executor,
  application: Application,
  input: z.output<typeof ZRentInput>,
): Promise<TCalculateRentInput> {
  let householdMembers: THouseholdMember[] | undefined = input.householdMembers;
  if (!householdMembers) {
    const members = await listHouseholdMembers(db, { householdId: application.householdId });
    householdMembers = members.map((m) => {
      if (!m.dateOfBirth) {
        badInput(
          'householdMembers',
          `the date of birth of ${m.firstName} ${m.lastName} is not recorded; list the household members`,
        );
      }
      const age = Math.max(0, Math.floor(wholeMonthsBetween(m.dateOfBirth, input.effectiveDate) / 12));
      const relationship = RELATIONSHIP_FOR_RENT[m.relationshipToHead];
      return { relationship: relationship === 'other_adult' && age < 18 ? 'child' : relationship, age };
    });
  }
  return {
    ruleSet: input.ruleSet ?? null,
    effectiveDate: input.effectiveDate,
    annualIncomeCents: input.incomes.reduce((sum, income) => sum + income.annualCents, 0),
    householdMembers,
    elderlyOrDisabledFamily: input.elderlyOrDisabledFamily ?? null,
    unreimbursedHealthMedicalCents: input.unreimbursedHealthMedicalCents ?? null,
    attendantCareAuxiliaryCents: input.attendantCareAuxiliaryCents ?? null,
    attendantCareEnabledEarnedIncomeCents: input.attendantCareEnabledEarnedIncomeCents ?? null,
    childCareCents: input.childCareCents ?? null,
    childCareEmploymentIncomeCapCents: input.childCareEmploymentIncomeCapCents ?? null,
    welfareRentMonthlyCents: input.welfareRentMonthlyCents ?? null,
    utilityAllowanceMonthlyCents: input.utilityAllowanceMonthlyCents ?? null,
    contractRentMonthlyCents: input.contractRentMonthlyCents,
  };
}

async function computeRent(db: Executor, application: Application, input: TRentInput) {
  const parsed = ZRentInput.parse(input);
  const policy = await programPolicy(db, application.programId);
  const calculationInput = await rentCalculationInput(db, application, parsed);
  const calculation = calculateRent(calculationInput, policy);
  return {
    effectiveDate: parsed.effectiveDate,
    annualIncomeCents: calculationInput.annualIncomeCents,
    calculationInput,
    calculation,
    arithmetic: rentArithmetic(calculationInput.annualIncomeCents, calculation),
    nextRecertificationDue: addYears(parsed.effectiveDate, 1),
  };
}

export const enrollmentRouter = router({
  /** Enrolls the household (project start date) or corrects the start date; adds household members. */
  upsert: staffProcedure.input(ZEnrollmentUpsertInput).mutation(({ ctx, input }) => {
    const today = todayOf(ctx);
    notInFuture('projectStartDate', input.projectStartDate, today);
    input.newMembers.forEach((m, i) => notInFuture(`newMembers.${i}.dateOfBirth`, m.dateOfBirth, today));
    return ctx.db.transaction(async (tx) => {
      const application = await requireApplication(tx, ctx, input.applicationId);
      notBefore(
        'projectStartDate',
        input.projectStartDate,
        application.applicationDate,
        'the application date',
      );
      await requireEligible(tx, application.id);
      let enrollment = await findEnrollment(tx, { applicationId: application.id });
      if (enrollment) {
        if (
          enrollment.housingMoveInDate &&
          compareDates(input.projectStartDate, enrollment.housingMoveInDate) > 0
        ) {
          badInput(
            'projectStartDate',
            `must be on or before the move-in date (${enrollment.housingMoveInDate})`,
          );
        }
        enrollment = await updateEnrollmentStart(tx, {
          enrollmentId: enrollment.id,
          projectStartDate: input.projectStartDate,
        });
      } else {
        enrollment = await insertEnrollment(tx, {
          applicationId: application.id,
          householdId: application.householdId,
          headPersonId: application.personId,
          projectStartDate: input.projectStartDate,
        });
      }
      const createdIds: string[] = [];
      for (const member of input.newMembers) {
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
        createdIds.push(created.id);
      }
      const household = await listHouseholdMembers(tx, { householdId: application.householdId });
      await addEnrollmentMembers(tx, {
        enrollmentId: enrollment.id,
        personIds: household.filter((m) => m.status !== 'exited').map((m) => m.id),
      });
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'enrollment.upsert',
        entityType: 'application',
        entityId: application.id,
        detail: { enrollmentId: enrollment.id, addedPersonIds: createdIds },
        ip: ctx.ip,
      });
      const members = await listEnrollmentMembers(tx, { enrollmentId: enrollment.id });
      return { ...enrollment, members };
    });
  }),
});

export const rentRouter = router({
  /** A preview: the calculation with its arithmetic, nothing saved. */
  calculate: staffProcedure.input(ZRentInput).query(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const application = await requireApplication(tx, ctx, input.applicationId);
      return computeRent(tx, application, input);
    }),
  ),

  /** Saves a rent determination with its effective date and arithmetic; recertification is due a year on. */
  save: staffProcedure.input(ZRentInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const application = await requireApplication(tx, ctx, input.applicationId);
      const enrollment = await findEnrollment(tx, { applicationId: application.id });
      if (!enrollment) conflict('Enroll the household before saving a rent determination.');
      notBefore('effectiveDate', input.effectiveDate, enrollment.projectStartDate, 'the project start date');
      const rent = await computeRent(tx, application, input);
      const { applicationId: _applicationId, ...entered } = input;
      const saved = await insertRentDetermination(tx, {
        enrollmentId: enrollment.id,
        effectiveDate: rent.effectiveDate,
        annualIncomeCents: rent.annualIncomeCents,
        ttpCents: rent.calculation.ttpCents,
        tenantRentCents: rent.calculation.tenantRentCents,
        utilityReimbursementCents: rent.calculation.utilityReimbursementCents,
        rentalAssistanceToOwnerCents: rent.calculation.rentalAssistanceToOwnerCents,
        contractRentCents: input.contractRentMonthlyCents,
        input: { ...entered },
        calculation: { ...rent.calculation },
        arithmetic: rent.arithmetic,
        nextRecertificationDue: rent.nextRecertificationDue,
        recordedByUserId: ctx.user.id,
      });
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'rent_determination.save',
        entityType: 'application',
        entityId: application.id,
        detail: { rentDeterminationId: saved.id, effectiveDate: saved.effectiveDate },
        ip: ctx.ip,
      });
      // The lease shows the tenant's portion: the amount only flows to property, nothing else.
      await syncLeaseTenantRent(tx, { householdId: enrollment.householdId, actorUserId: ctx.user.id });
      return saved;
    }),
  ),

  list: staffProcedure.input(ZApplicationIdInput).query(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const application = await requireApplication(tx, ctx, input.applicationId);
      const enrollment = await findEnrollment(tx, { applicationId: application.id });
      const rows = enrollment ? await listRentDeterminations(tx, { enrollmentId: enrollment.id }) : [];
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'rent_determination.read',
        entityType: 'application',
        entityId: application.id,
        ip: ctx.ip,
      });
      return rows;
    }),
  ),
});

export const moveInRouter = router({
  /**
   * Records the housing move-in date (HMIS 3.20: once, never removed) and the unit; the household
   * moves into the unit and its members become tenants.
   */
  record: staffProcedure.input(ZMoveInRecordInput).mutation(({ ctx, input }) => {
    const today = todayOf(ctx);
    notInFuture('housingMoveInDate', input.housingMoveInDate, today);
    return ctx.db.transaction(async (tx) => {
      const application = await requireApplication(tx, ctx, input.applicationId);
      await requireEligible(tx, application.id);
      const enrollment = await findEnrollment(tx, { applicationId: application.id });
      if (!enrollment) conflict('Enroll the household before recording the move-in.');
      if (enrollment.housingMoveInDate) {
        conflict(
          `The move-in date is already recorded (${enrollment.housingMoveInDate}) and is never changed.`,
        );
      }
      const status = housingMoveInStatus({
        projectStartDate: enrollment.projectStartDate,
        housingMoveInDate: input.housingMoveInDate,
        projectExitDate: enrollment.projectExitDate,
      });
      if (!status.moveInDateValid) badInput('housingMoveInDate', status.reasons.join(' '));
      const unit = await findUnitInProgram(tx, { programId: application.programId, unitId: input.unitId });
      if (!unit) notFound('unit');
      if (unit.occupiedByHouseholdId && unit.occupiedByHouseholdId !== application.householdId) {
        conflict(`Unit ${unit.label} at ${unit.propertyName} is occupied.`);
      }
      const updated = await recordMoveIn(tx, {
        enrollmentId: enrollment.id,
        householdId: application.householdId,
        unitId: unit.id,
        housingMoveInDate: input.housingMoveInDate,
      });
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'move_in.record',
        entityType: 'application',
        entityId: application.id,
        detail: { enrollmentId: enrollment.id, unitId: unit.id },
        ip: ctx.ip,
      });
      const firstAnnualAssessment = annualAssessmentWindow({
        headOfHouseholdProjectStartDate: enrollment.projectStartDate,
        assessmentDate: addYears(enrollment.projectStartDate, 1),
      });
      return {
        enrollment: updated,
        unit: { id: unit.id, label: unit.label, propertyName: unit.propertyName },
        reasons: status.reasons,
        firstAnnualAssessment,
      };
    });
  }),
});
