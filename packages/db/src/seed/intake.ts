import { eq } from 'drizzle-orm';
import {
  addDays,
  addMonths,
  addYears,
  calculateRent,
  checkEvidence,
  classifyHomelessness,
  DEFAULT_POLICY,
  determineEligibility,
  rentArithmetic,
  type TCalculateRentInput,
  type TClassifyHomelessnessInput,
} from '@hearth/domain';
import type { Executor } from '../client';
import { households, people, units } from '../schema/index';
import { insertApplication } from '../queries/staff/applications';
import { insertDetermination } from '../queries/staff/determinations';
import { insertDisabilityEvidence } from '../queries/staff/disability';
import { addEnrollmentMembers, insertEnrollment } from '../queries/staff/enrollment';
import { insertLivingSituation } from '../queries/staff/homelessness';
import { recordMoveIn } from '../queries/staff/move-in';
import { openLeaseAtMoveIn } from '../queries/staff/lease-rent';
import { insertReferral } from '../queries/staff/referrals';
import { insertRentDetermination } from '../queries/staff/rent';
import { createServiceHub } from '../queries/staff/service-hubs';
import { insertStay } from '../queries/staff/stays';
import { findUnitInProgram } from '../queries/staff/units';
import { utilityAllowanceFor } from './units';

/** Maine's nine Coordinated Entry Service Hubs (Maine PSHP page). */
export const MAINE_SERVICE_HUBS = [
  { number: 1, name: 'Hub 1 — York', area: 'York County' },
  { number: 2, name: 'Hub 2 — Cumberland', area: 'Cumberland County' },
  {
    number: 3,
    name: 'Hub 3 — Midcoast',
    area: 'Sagadahoc, Knox, Lincoln and Waldo Counties, and the Towns of Brunswick and Harpswell',
  },
  { number: 4, name: 'Hub 4 — Androscoggin', area: 'Androscoggin County' },
  {
    number: 5,
    name: 'Hub 5 — Western',
    area: 'Oxford and Franklin Counties and the Towns of Livermore and Livermore Falls',
  },
  { number: 6, name: 'Hub 6 — Central', area: 'Somerset and Kennebec Counties' },
  { number: 7, name: 'Hub 7 — Penquis', area: 'Penobscot and Piscataquis Counties' },
  { number: 8, name: 'Hub 8 — Downeast', area: 'Washington and Hancock Counties' },
  { number: 9, name: 'Hub 9 — Aroostook', area: 'Aroostook County' },
] as const;

interface Head {
  personId: string;
  householdId: string;
  housed: boolean;
}

/**
 * Intake state for a few demo households, so the staff portal has something to show: the service
 * hubs; on Maria Okafor's caseload one referred person and one applicant whose disability rests on
 * intake observation only (pending, 45-day deadline); on Sam Delgado's an eligible applicant; and
 * the demo tenant's own file through move-in and rent (recertification due next month).
 * Deterministic: every date derives from `today`, and no randomness is used.
 */
export async function seedIntake(
  tx: Executor,
  options: { programId: string; today: string; caseManagerIds: [string, string]; heads: Head[] },
) {
  const { programId, today, heads } = options;
  const hubIds: string[] = [];
  for (const hub of MAINE_SERVICE_HUBS) {
    hubIds.push((await createServiceHub(tx, { programId, ...hub })).id);
  }
  const cumberland = hubIds[1]!;
  const recordedAt = new Date(`${today}T12:00:00Z`);
  const cmOf = (index: number) => options.caseManagerIds[index % 2]!;

  const intake = heads.map((head, index) => ({ head, index })).filter(({ head }) => !head.housed);
  if (intake.length === 0 || !heads[0]) return;

  const situation = async (
    applicationId: string,
    userId: string,
    facts: TClassifyHomelessnessInput,
    evidenceDate: string,
  ) => {
    const result = classifyHomelessness(facts);
    await insertLivingSituation(tx, {
      applicationId,
      livingSituation: facts.livingSituation ?? 'place_not_meant_for_habitation',
      facts: facts,
      rvCamper: null,
      categories: result.categories,
      acceptedByProgram: result.acceptedByProgram,
      reasons: result.reasons,
      evidenceType: 'third_party',
      evidenceSource: 'hmis_record',
      evidenceDate,
      dueDiligenceDocumented: false,
      notes: null,
      recordedByUserId: userId,
      recordedAt,
    });
    return result;
  };

  const open = async (
    head: Head,
    userId: string,
    referralDate: string,
    applicationDate: string,
    rank: number,
  ) => {
    const referral = await insertReferral(tx, {
      programId,
      personId: head.personId,
      serviceHubId: cumberland,
      byNameListRank: rank,
      referralDate,
      priorityPopulations: [],
      caseConferencingNotes: 'Reviewed at the weekly Cumberland hub case conference.',
      createdByUserId: userId,
    });
    const application = await insertApplication(tx, {
      programId,
      referralId: referral.id,
      personId: head.personId,
      householdId: head.householdId,
      applicationDate,
      requiresChronicHomelessness: false,
      openedByUserId: userId,
    });
    await tx.update(people).set({ status: 'applicant' }).where(eq(people.householdId, head.householdId));
    return application.id;
  };

  const determine = async (
    applicationId: string,
    userId: string,
    applicationDate: string,
    determinationDate: string,
    categories: number[],
    evidence: { type: 'professional_verification' | 'intake_staff_observation'; date: string }[],
  ) => {
    const result = determineEligibility({
      applicationDate,
      asOfDate: determinationDate,
      homelessCategories: categories as (1 | 2 | 3 | 4)[],
      disability: { qualifying: true, disabledMember: 'head_of_household', evidence },
    });
    await insertDetermination(tx, {
      applicationId,
      supersedesId: null,
      determinationDate,
      status: result.status,
      homelessCategories: categories,
      disabilityVerificationDeadline: result.disabilityVerificationDeadline,
      reasons: result.reasons,
      policy: { ...DEFAULT_POLICY },
      basis: { applicationDate, homelessCategories: categories, disabilityEvidence: evidence },
      notes: null,
      determinedByUserId: userId,
      determinedAt: recordedAt,
    });
  };

  const disability = async (
    applicationId: string,
    userId: string,
    type: 'professional_verification' | 'intake_staff_observation',
    evidenceDate: string,
  ) => {
    const professional = type === 'professional_verification';
    const check = checkEvidence({
      check: 'disabilityEvidence',
      type,
      credential: professional ? 'LCPC' : null,
      certifiesLongContinuingOrIndefinite: professional ? true : null,
      certifiesSubstantiallyImpedesIndependentLiving: professional ? true : null,
    });
    await insertDisabilityEvidence(tx, {
      applicationId,
      type,
      disabledMember: 'head_of_household',
      evidenceDate,
      credential: professional ? 'LCPC' : null,
      professionalName: professional ? 'Jordan Ellis, LCPC' : null,
      licensedByStateToDiagnoseAndTreat: professional ? true : null,
      certifiesLongContinuingOrIndefinite: professional ? true : null,
      certifiesSubstantiallyImpedesIndependentLiving: professional ? true : null,
      benefit: null,
      isAcceptable: check.acceptable,
      isProvisional: check.provisional,
      reasons: check.reasons,
      notes: null,
      recordedByUserId: userId,
    });
  };

  // 1. A referred person, no application yet (Maria Okafor's caseload).
  const referredOnly = intake.find(({ index }) => index % 2 === 0);
  // 2. An applicant with intake observation only: pending, deadline application + 45 days.
  const pending = intake.filter(({ index }) => index % 2 === 0)[1];
  // 3. An eligible applicant (Sam Delgado's caseload).
  const eligible = intake.find(({ index }) => index % 2 === 1);

  if (referredOnly) {
    await insertReferral(tx, {
      programId,
      personId: referredOnly.head.personId,
      serviceHubId: cumberland,
      byNameListRank: 3,
      referralDate: addDays(today, -2),
      priorityPopulations: ['veteran'],
      caseConferencingNotes:
        'Top of the Cumberland by-name list among veterans; staying at the shelter on Oxford Street.',
      createdByUserId: cmOf(referredOnly.index),
    });
  }
  if (pending) {
    const user = cmOf(pending.index);
    const applicationDate = addDays(today, -10);
    const id = await open(pending.head, user, addDays(today, -16), applicationDate, 5);
    const result = await situation(id, user, { livingSituation: 'emergency_shelter' }, addDays(today, -12));
    await insertStay(tx, {
      applicationId: id,
      startDate: addMonths(today, -5),
      endDate: addDays(today, -1),
      location: 'emergency_shelter',
      locationDescription: 'Oxford Street Shelter',
      documentation: 'third_party',
      source: 'hmis_record',
      notes: null,
      recordedByUserId: user,
    });
    await disability(id, user, 'intake_staff_observation', applicationDate);
    await determine(id, user, applicationDate, addDays(today, -8), result.categories, [
      { type: 'intake_staff_observation', date: applicationDate },
    ]);
  }
  if (eligible) {
    const user = cmOf(eligible.index);
    const applicationDate = addDays(today, -20);
    const id = await open(eligible.head, user, addDays(today, -25), applicationDate, 1);
    const result = await situation(
      id,
      user,
      { livingSituation: 'place_not_meant_for_habitation' },
      addDays(today, -21),
    );
    await disability(id, user, 'professional_verification', addDays(today, -18));
    await determine(id, user, applicationDate, addDays(today, -15), result.categories, [
      { type: 'professional_verification', date: addDays(today, -18) },
    ]);
  }

  // 4. The demo tenant's own file: enrolled 11 months ago, moved in, rent set; recertification due soon.
  const dana = heads[0];
  const [home] = await tx
    .select({ unitId: households.unitId, bedrooms: units.bedrooms })
    .from(households)
    .innerJoin(units, eq(units.id, households.unitId))
    .where(eq(households.id, dana.householdId));
  if (!home?.unitId) return;
  const user = cmOf(0);
  const start = addMonths(today, -11);
  const applicationDate = addDays(start, -30);
  const id = await open(dana, user, addDays(applicationDate, -7), applicationDate, 2);
  const result = await situation(
    id,
    user,
    { livingSituation: 'emergency_shelter' },
    addDays(applicationDate, -3),
  );
  await disability(id, user, 'professional_verification', addDays(applicationDate, 5));
  await determine(id, user, applicationDate, addDays(applicationDate, 7), result.categories, [
    { type: 'professional_verification', date: addDays(applicationDate, 5) },
  ]);
  const enrollment = await insertEnrollment(tx, {
    applicationId: id,
    householdId: dana.householdId,
    headPersonId: dana.personId,
    projectStartDate: start,
  });
  await addEnrollmentMembers(tx, { enrollmentId: enrollment.id, personIds: [dana.personId] });
  // The rent is determined for the unit she moves into (its contract rent), then she moves in
  // and her lease opens as any move-in's does: on the move-in date, with its first charge.
  const moveInDate = addDays(start, 14);
  const unit = await findUnitInProgram(tx, { programId, unitId: home.unitId });
  if (!unit?.contractRentCents) return;
  const rentInput: TCalculateRentInput = {
    effectiveDate: moveInDate,
    annualIncomeCents: 1_161_600,
    householdMembers: [{ relationship: 'head', age: 48, disabled: true }],
    contractRentMonthlyCents: unit.contractRentCents,
    utilityAllowanceMonthlyCents: utilityAllowanceFor(home.bedrooms),
  };
  const rent = calculateRent(rentInput);
  await insertRentDetermination(tx, {
    enrollmentId: enrollment.id,
    effectiveDate: rentInput.effectiveDate,
    annualIncomeCents: rentInput.annualIncomeCents,
    ttpCents: rent.ttpCents,
    tenantRentCents: rent.tenantRentCents,
    utilityReimbursementCents: rent.utilityReimbursementCents,
    rentalAssistanceToOwnerCents: rent.rentalAssistanceToOwnerCents,
    contractRentCents: rentInput.contractRentMonthlyCents,
    input: { ...rentInput, incomes: [{ label: 'SSI', annualCents: 1_161_600 }] },
    calculation: { ...rent },
    arithmetic: rentArithmetic(rentInput.annualIncomeCents, rent),
    nextRecertificationDue: addYears(rentInput.effectiveDate, 1),
    recordedByUserId: user,
  });
  await recordMoveIn(tx, {
    enrollmentId: enrollment.id,
    householdId: dana.householdId,
    unitId: home.unitId,
    housingMoveInDate: moveInDate,
    at: recordedAt,
  });
  await openLeaseAtMoveIn(tx, {
    programId,
    enrollmentId: enrollment.id,
    householdId: dana.householdId,
    unit,
    startDate: moveInDate,
    actor: { userId: user, ip: null, at: recordedAt },
  });
}
