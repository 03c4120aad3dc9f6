import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditForEntity } from '@hearth/db';
import { appRouter } from '../../root';
import { createTestApp, errorFields, failure, type TestApp } from '../../test-helpers';

let app: TestApp;
let cumberland: string;

type Caller = Awaited<ReturnType<TestApp['callerAs']>>;

beforeAll(async () => {
  app = await createTestApp();
  const hubs = await (await app.callerAs('case_manager')).staff.serviceHubs.list();
  cumberland = hubs.find((h) => h.name.startsWith('Hub 2'))!.id;
});
afterAll(() => app.handle.close());

/** A new person referred by the caller, with an application open on the referral. */
async function openApplication(caller: Caller, lastName: string, applicationDate = '2026-11-03') {
  const referral = await caller.staff.referrals.create({
    person: { firstName: 'Avery', lastName, dateOfBirth: '1980-04-02' },
    serviceHubId: cumberland,
    referralDate: '2026-09-01',
  });
  const { applicationId } = await caller.staff.applications.open({
    referralId: referral.referralId,
    applicationDate,
  });
  return { ...referral, applicationId };
}

async function shelter(caller: Caller, applicationId: string, evidenceDate = '2026-11-15') {
  return caller.staff.homelessness.recordSituation({
    applicationId,
    situation: { livingSituation: 'emergency_shelter' },
    evidenceType: 'third_party',
    evidenceSource: 'hmis_record',
    evidenceDate,
  });
}

const professional = (applicationId: string, evidenceDate: string) => ({
  applicationId,
  type: 'professional_verification' as const,
  disabledMember: 'head_of_household' as const,
  evidenceDate,
  credential: 'LCPC' as const,
  professionalName: 'Jordan Ellis',
  certifiesLongContinuingOrIndefinite: true,
  certifiesSubstantiallyImpedesIndependentLiving: true,
});

describe('intake: the whole way from referral to move-in', () => {
  it('referral → application → homelessness → disability → determination → enrollment → rent → move-in', async () => {
    const cm = await app.callerAs('case_manager');
    const hubs = await cm.staff.serviceHubs.list();
    expect(hubs.map((h) => h.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);

    // 1. Referral: a new person, household created, on the case manager's caseload.
    const referral = await cm.staff.referrals.create({
      person: { firstName: 'Robin', lastName: 'Happypath', dateOfBirth: '1979-03-14' },
      serviceHubId: cumberland,
      byNameListRank: 2,
      referralDate: '2026-11-02',
      priorityPopulations: ['veteran', 'fleeing_dv'],
      caseConferencingNotes: 'Prioritized at case conferencing on 2026-11-01.',
    });
    expect((await cm.staff.people.byId({ personId: referral.personId })).status).toBe('referred');
    const [listed] = await cm.staff.referrals.byPerson({ personId: referral.personId });
    expect(listed).toMatchObject({
      serviceHubName: 'Hub 2 — Cumberland',
      byNameListRank: 2,
      referralDate: '2026-11-02',
      priorityPopulations: ['veteran', 'fleeing_dv'],
      applicationId: null,
    });

    const { applicationId } = await cm.staff.applications.open({
      referralId: referral.referralId,
      applicationDate: '2026-11-03',
    });
    expect((await cm.staff.people.byId({ personId: referral.personId })).status).toBe('applicant');
    // One application per referral.
    expect(
      (
        await failure(
          cm.staff.applications.open({ referralId: referral.referralId, applicationDate: '2026-11-04' }),
        )
      ).code,
    ).toBe('CONFLICT');

    // 2. Homelessness: the current situation, then the history with its timeline.
    const situation = await shelter(cm, applicationId);
    expect(situation).toMatchObject({ decision: 'accepted', categories: [1], acceptedByProgram: true });
    await cm.staff.stays.add({
      applicationId,
      start: '2025-09-01',
      end: '2026-03-31',
      location: 'place_not_meant_for_habitation',
      documentation: 'third_party',
      source: 'housing_or_service_provider_or_institution',
    });
    await cm.staff.stays.add({
      applicationId,
      start: '2026-04-01',
      end: '2026-11-23',
      location: 'emergency_shelter',
      documentation: 'third_party',
      source: 'hmis_record',
    });
    const history = await cm.staff.stays.list({ applicationId, asOfDate: '2026-11-23' });
    expect(history.stays.map((s) => s.startDate)).toEqual(['2025-09-01', '2026-04-01']);
    expect(history.chronic.months.filter((m) => m.countedOnFacts)).toHaveLength(15);
    expect(history.chronic.currentOccasionMonths).toBe(15);
    // No disability on file yet, so not chronic whatever the history.
    expect(history.chronic.chronic).toBe(false);

    // 3. Disability: a professional verification from an LCPC.
    const added = await cm.staff.disability.addEvidence(professional(applicationId, '2026-11-10'));
    expect(added.check.acceptable).toBe(true);
    expect(added.eligibility.status).toBe('eligible');
    expect((await cm.staff.stays.list({ applicationId, asOfDate: '2026-11-23' })).chronic).toMatchObject({
      chronic: true,
      path: 'continuous_12_months',
    });

    // 4. Determination, and the packet with nothing missing.
    const determination = await cm.staff.determinations.record({
      applicationId,
      determinationDate: '2026-11-20',
    });
    const maria = await app.userByEmail('casemanager@example.org');
    expect(determination).toMatchObject({
      status: 'eligible',
      homelessCategories: [1],
      disabilityVerificationDeadline: null,
      determinedByUserId: maria.id,
      determinationDate: '2026-11-20',
      supersedesId: null,
    });
    expect(determination.policy).toMatchObject({
      acceptedCategories: [1, 4],
      literalHomelessnessDocumentationDays: 14,
    });
    expect(determination.reasons.join(' ')).toContain('within 14 days of the determination');

    const packet = await cm.staff.packet.get({ applicationId });
    expect(packet.missing).toMatchObject({ complete: true, missing: [] });
    expect(packet.referral?.id).toBe(referral.referralId);
    expect(packet.disabilityEvidence.map((d) => d.type)).toEqual(['professional_verification']);
    expect(packet.determination?.id).toBe(determination.id);

    // 5. Enrollment with a new household member, rent, and move-in.
    const enrollment = await cm.staff.enrollment.upsert({
      applicationId,
      projectStartDate: '2026-11-21',
      newMembers: [
        { firstName: 'Kit', lastName: 'Happypath', dateOfBirth: '2015-06-01', relationshipToHead: 'child' },
      ],
    });
    expect(enrollment.members.map((m) => m.firstName).sort()).toEqual(['Kit', 'Robin']);
    const kit = enrollment.members.find((m) => m.firstName === 'Kit')!;
    // The new member is on the case manager's caseload too.
    expect((await cm.staff.people.byId({ personId: kit.personId })).relationshipToHead).toBe('child');

    const rentInput = {
      applicationId,
      effectiveDate: '2026-12-01',
      incomes: [{ label: 'SSDI', annualCents: 1_200_000 }],
      elderlyOrDisabledFamily: true,
      utilityAllowanceMonthlyCents: 5_000,
      contractRentMonthlyCents: 95_000,
    };
    const preview = await cm.staff.rent.calculate(rentInput);
    // HOTMA 2026: one dependent ($500) and the disabled-family deduction ($550):
    // ($12,000 − $1,050) × 30% ÷ 12 = $273.75 → TTP $274; less $50 utilities = $224.
    expect(preview.calculation).toMatchObject({
      dependentsCounted: 1,
      adjustedAnnualIncomeCents: 1_095_000,
      thirtyPctMonthlyAdjustedCents: 27_375,
      ttpCents: 27_400,
      tenantRentCents: 22_400,
      rentalAssistanceToOwnerCents: 72_600,
    });
    expect(preview.arithmetic).toContain('Adjusted annual income: $12,000.00 − $1,050.00 = $10,950.00');
    expect(preview.nextRecertificationDue).toBe('2027-12-01');
    expect(await cm.staff.rent.list({ applicationId })).toEqual([]);

    const saved = await cm.staff.rent.save(rentInput);
    expect(saved).toMatchObject({
      effectiveDate: '2026-12-01',
      tenantRentCents: 22_400,
      nextRecertificationDue: '2027-12-01',
    });
    expect(await cm.staff.rent.list({ applicationId })).toHaveLength(1);

    const units = await (await app.callerAs('property_manager')).property.units.list();
    const vacant = units.find((u) => u.occupantName === null)!;
    const moveIn = await cm.staff.moveIn.record({
      applicationId,
      unitId: vacant.unitId,
      housingMoveInDate: '2026-11-22',
    });
    expect(moveIn.enrollment.housingMoveInDate).toBe('2026-11-22');
    expect(moveIn.firstAnnualAssessment.anniversaryDate).toBe('2027-11-21');
    const tenant = await cm.staff.people.byId({ personId: referral.personId });
    expect(tenant).toMatchObject({ status: 'tenant', unitLabel: vacant.unitLabel });
    // unitLabel comes from households.unitId; the property side now sees the occupant too.
    const after = await (await app.callerAs('property_manager')).property.units.list();
    expect(after.find((u) => u.unitId === vacant.unitId)?.occupantName).toBe('Robin Happypath');
    // Never changed once recorded.
    expect(
      (
        await failure(
          cm.staff.moveIn.record({ applicationId, unitId: vacant.unitId, housingMoveInDate: '2026-11-23' }),
        )
      ).code,
    ).toBe('CONFLICT');

    // Every write and every read of the file is audited, by who did it.
    const audit = await listAuditForEntity(app.handle.db, {
      entityType: 'application',
      entityId: applicationId,
    });
    const actions = audit.map((a) => a.action);
    for (const action of [
      'living_situation.record',
      'stay.add',
      'stay.read',
      'disability_evidence.add',
      'determination.record',
      'packet.read',
      'enrollment.upsert',
      'rent_determination.save',
      'move_in.record',
    ]) {
      expect(actions, action).toContain(action);
    }
    expect(audit.every((a) => a.actorUserId === maria.id)).toBe(true);
    const referralAudit = await listAuditForEntity(app.handle.db, {
      entityType: 'referral',
      entityId: referral.referralId,
    });
    expect(referralAudit.map((a) => a.action)).toEqual(['referral.create']);
  });
});

describe('homelessness', () => {
  it('Category 2 (imminent risk) is refused with the reason, and the determination is ineligible', async () => {
    const cm = await app.callerAs('case_manager');
    const { applicationId } = await openApplication(cm, 'Imminent');
    const result = await cm.staff.homelessness.recordSituation({
      applicationId,
      situation: {
        livingSituation: 'staying_with_family_or_friends',
        residenceLostWithinDays: 7,
        subsequentResidenceIdentified: false,
        lacksResourcesAndSupportNetworks: true,
      },
      evidenceType: 'third_party',
      evidenceSource: 'community_member_with_personal_relationship',
      evidenceDate: '2026-11-10',
    });
    expect(result).toMatchObject({ decision: 'refused', categories: [2], acceptedByProgram: false });
    expect(result.reasons).toContain('Not accepted by the program: it accepts Categories 1 and 4 only.');
    await cm.staff.disability.addEvidence(professional(applicationId, '2026-11-10'));
    const determination = await cm.staff.determinations.record({
      applicationId,
      determinationDate: '2026-11-12',
    });
    expect(determination.status).toBe('ineligible');
    expect(determination.reasons.join(' ')).toContain('Category 2');
    expect(
      (await failure(cm.staff.enrollment.upsert({ applicationId, projectStartDate: '2026-11-20' }))).code,
    ).toBe('CONFLICT');
  });

  it('the RV/camper checklist is weighed with the situation', async () => {
    const cm = await app.callerAs('case_manager');
    const { applicationId } = await openApplication(cm, 'Camper');
    const result = await cm.staff.homelessness.recordSituation({
      applicationId,
      situation: { livingSituation: 'place_not_meant_for_habitation' },
      rvCamper: { clearlyOccupied: true, inDisrepair: true, insulated: false },
      evidenceType: 'intake_observation',
      evidenceDate: '2026-11-20',
    });
    expect(result.decision).toBe('accepted');
    expect(result.rvCamper?.suggestsPlaceNotMeantForHabitation).toBe(true);
    expect(result.rvCamper?.questions).toHaveLength(4);
  });
});

describe('stays', () => {
  it('a stay can be removed by whoever holds the file, and the removal is audited', async () => {
    const cm = await app.callerAs('case_manager');
    const { applicationId } = await openApplication(cm, 'Removal');
    const stay = await cm.staff.stays.add({
      applicationId,
      start: '2026-05-01',
      end: '2026-05-31',
      location: 'safe_haven',
      documentation: 'self_certification',
    });
    expect(await cm.staff.stays.remove({ stayId: stay.id })).toEqual({ removed: stay.id });
    expect((await cm.staff.stays.list({ applicationId })).stays).toEqual([]);
    const audit = await listAuditForEntity(app.handle.db, {
      entityType: 'application',
      entityId: applicationId,
    });
    expect(audit.map((a) => a.action)).toContain('stay.remove');
    expect((await failure(cm.staff.stays.remove({ stayId: stay.id }))).code).toBe('NOT_FOUND');
  });
});

describe('disability', () => {
  it('intake observation only → pending, with the deadline 45 days after the application', async () => {
    const cm = await app.callerAs('case_manager');
    const { applicationId } = await openApplication(cm, 'Observed', '2026-11-03');
    await shelter(cm, applicationId);
    const added = await cm.staff.disability.addEvidence({
      applicationId,
      type: 'intake_staff_observation',
      disabledMember: 'head_of_household',
      evidenceDate: '2026-11-03',
    });
    expect(added.check).toMatchObject({
      acceptable: true,
      provisional: true,
      confirmationDeadline: '2026-12-18',
    });
    const determination = await cm.staff.determinations.record({
      applicationId,
      determinationDate: '2026-11-20',
    });
    expect(determination).toMatchObject({
      status: 'pending_disability_verification',
      disabilityVerificationDeadline: '2026-12-18',
    });
    expect(determination.reasons).toContain(
      'Disability is documented by intake observation only; professional verification due by 2026-12-18.',
    );
    const packet = await cm.staff.packet.get({ applicationId });
    expect(packet.missing.missing.map((m) => m.code)).toEqual(['disability_confirmation']);

    // Reading disability evidence is audited.
    const listed = await cm.staff.disability.list({ applicationId });
    expect(listed.evidence).toHaveLength(1);
    const audit = await listAuditForEntity(app.handle.db, {
      entityType: 'application',
      entityId: applicationId,
    });
    expect(audit.map((a) => a.action)).toContain('disability_evidence.read');

    const deadlines = await cm.staff.deadlines.list();
    expect(deadlines).toContainEqual(
      expect.objectContaining({
        kind: 'disability_confirmation',
        applicationId,
        dueDate: '2026-12-18',
        isOverdue: false,
      }),
    );
  });
});

describe('determinations', () => {
  it('are never edited: a new one supersedes the one in force, which stays as it was', async () => {
    const cm = await app.callerAs('case_manager');
    const { applicationId } = await openApplication(cm, 'Superseded', '2026-11-03');
    await shelter(cm, applicationId);
    await cm.staff.disability.addEvidence({
      applicationId,
      type: 'intake_staff_observation',
      disabledMember: 'head_of_household',
      evidenceDate: '2026-11-03',
    });
    const first = await cm.staff.determinations.record({ applicationId, determinationDate: '2026-11-16' });
    expect(first.status).toBe('pending_disability_verification');

    await cm.staff.disability.addEvidence(professional(applicationId, '2026-11-18'));
    const second = await cm.staff.determinations.record({
      applicationId,
      determinationDate: '2026-11-20',
      notes: 'Professional verification received.',
    });
    expect(second).toMatchObject({ status: 'eligible', supersedesId: first.id });

    const all = await cm.staff.determinations.list({ applicationId });
    expect(all.map((d) => [d.id, d.isSuperseded])).toEqual([
      [second.id, false],
      [first.id, true],
    ]);
    const old = all.find((d) => d.id === first.id)!;
    expect(old).toMatchObject({
      status: first.status,
      reasons: first.reasons,
      determinationDate: '2026-11-16',
      disabilityVerificationDeadline: '2026-12-18',
    });
    expect((await cm.staff.applications.get({ applicationId })).determination?.id).toBe(second.id);

    // There is no way to change one: only record and list exist.
    const procedures = Object.keys(appRouter._def.procedures).filter((p) =>
      p.startsWith('staff.determinations.'),
    );
    expect(procedures.sort()).toEqual(['staff.determinations.list', 'staff.determinations.record']);
  });
});

describe('bad input', () => {
  it('answers BAD_REQUEST naming the field and saves nothing', async () => {
    const cm = await app.callerAs('case_manager');
    const { applicationId, personId } = await openApplication(cm, 'Badinput');
    await cm.staff.stays.add({
      applicationId,
      start: '2026-06-01',
      end: '2026-06-30',
      location: 'emergency_shelter',
    });
    const staysBefore = (await cm.staff.stays.list({ applicationId })).stays.length;
    const auditBefore = (
      await listAuditForEntity(app.handle.db, { entityType: 'application', entityId: applicationId })
    ).length;

    const cases: [() => Promise<unknown>, string][] = [
      [
        () =>
          cm.staff.stays.add({
            applicationId,
            start: '2026-03-10',
            end: '2026-03-01',
            location: 'emergency_shelter',
          }),
        'end',
      ],
      [
        () =>
          cm.staff.stays.add({
            applicationId,
            start: '2026-06-15',
            end: '2026-07-10',
            location: 'safe_haven',
          }),
        'start',
      ],
      [
        () =>
          cm.staff.stays.add({
            applicationId,
            start: '2026-11-20',
            end: '2026-12-10',
            location: 'safe_haven',
          }),
        'end',
      ],
      [
        () =>
          cm.staff.disability.addEvidence({
            applicationId,
            type: 'intake_staff_observation',
            disabledMember: 'head_of_household',
            evidenceDate: '2026-12-01',
          }),
        'evidenceDate',
      ],
      [
        () =>
          cm.staff.disability.addEvidence({
            applicationId,
            type: 'professional_verification',
            disabledMember: 'head_of_household',
            evidenceDate: '2026-11-01',
          }),
        'credential',
      ],
      [
        () => cm.staff.determinations.record({ applicationId, determinationDate: '2026-11-30' }),
        'determinationDate',
      ],
      [
        () => cm.staff.determinations.record({ applicationId, determinationDate: '2026-10-01' }),
        'determinationDate',
      ],
      [
        () =>
          cm.staff.rent.calculate({
            applicationId,
            effectiveDate: '2026-12-01',
            incomes: [{ label: 'Wages', annualCents: -100 }],
            contractRentMonthlyCents: 90_000,
          }),
        'incomes',
      ],
      [
        () =>
          cm.staff.homelessness.recordSituation({
            applicationId,
            situation: { livingSituation: 'emergency_shelter' },
            evidenceType: 'third_party',
            evidenceDate: '2026-11-10',
          }),
        'evidenceSource',
      ],
    ];
    for (const [call, field] of cases) {
      const error = await failure(call());
      expect(error.code, field).toBe('BAD_REQUEST');
      expect(
        errorFields(error).some((f) => f === field || f.startsWith(`${field}.`)),
        field,
      ).toBe(true);
      expect(error.message, field).not.toMatch(/^\w+:/);
    }

    const referralsBefore = (await cm.staff.referrals.list()).length;
    const peopleBefore = (await cm.staff.people.list()).length;
    const future = await failure(
      cm.staff.referrals.create({
        person: { firstName: 'Never', lastName: 'Saved' },
        serviceHubId: cumberland,
        referralDate: '2026-11-24',
      }),
    );
    expect(future.code).toBe('BAD_REQUEST');
    expect(errorFields(future)).toEqual(['referralDate']);

    expect((await cm.staff.stays.list({ applicationId })).stays).toHaveLength(staysBefore);
    expect((await cm.staff.disability.list({ applicationId })).evidence).toEqual([]);
    expect(await cm.staff.determinations.list({ applicationId })).toEqual([]);
    expect((await cm.staff.referrals.list()).length).toBe(referralsBefore);
    expect((await cm.staff.people.list()).length).toBe(peopleBefore);
    const writes = (
      await listAuditForEntity(app.handle.db, { entityType: 'application', entityId: applicationId })
    )
      .slice(auditBefore)
      .map((a) => a.action)
      .filter((a) => !a.endsWith('.read'));
    expect(writes).toEqual([]);
    expect((await cm.staff.referrals.byPerson({ personId })).length).toBe(1);
  });
});

describe('scope', () => {
  it('a case manager gets NOT_FOUND for someone off their caseload; a supervisor reaches the program', async () => {
    const sam = await app.callerAs('case_manager', {
      user: await app.userByEmail('casemanager2@example.org'),
    });
    const { applicationId, personId, referralId } = await openApplication(sam, 'Otherscaseload');
    await shelter(sam, applicationId);
    const stay = await sam.staff.stays.add({
      applicationId,
      start: '2026-06-01',
      end: '2026-06-30',
      location: 'emergency_shelter',
    });

    const maria = await app.callerAs('case_manager');
    const attempts: (() => Promise<unknown>)[] = [
      () => maria.staff.applications.get({ applicationId }),
      () => maria.staff.referrals.byPerson({ personId }),
      () => maria.staff.applications.open({ referralId, applicationDate: '2026-11-05' }),
      () => maria.staff.packet.get({ applicationId }),
      () => maria.staff.disability.list({ applicationId }),
      () => maria.staff.disability.addEvidence(professional(applicationId, '2026-11-10')),
      () => maria.staff.stays.remove({ stayId: stay.id }),
      () => maria.staff.determinations.record({ applicationId, determinationDate: '2026-11-20' }),
      () => maria.staff.referrals.create({ personId, serviceHubId: cumberland, referralDate: '2026-11-01' }),
    ];
    for (const attempt of attempts) expect((await failure(attempt())).code).toBe('NOT_FOUND');
    expect((await sam.staff.stays.list({ applicationId })).stays).toHaveLength(1);
    const mariaUser = await app.userByEmail('casemanager@example.org');
    const audit = await listAuditForEntity(app.handle.db, {
      entityType: 'application',
      entityId: applicationId,
    });
    expect(audit.some((a) => a.actorUserId === mariaUser.id)).toBe(false);
    expect((await maria.staff.referrals.list()).some((r) => r.personId === personId)).toBe(false);

    const supervisor = await app.callerAs('supervisor');
    expect((await supervisor.staff.applications.get({ applicationId })).application.personId).toBe(personId);
    expect((await supervisor.staff.referrals.list()).some((r) => r.personId === personId)).toBe(true);
  });

  it('only a program admin edits the service hubs', async () => {
    const admin = await app.callerAs('program_admin');
    const hub = await admin.staff.serviceHubs.create({ number: 10, name: 'Hub 10 — Test', area: 'Nowhere' });
    await admin.staff.serviceHubs.update({ serviceHubId: hub.id, isActive: false });
    const cm = await app.callerAs('case_manager');
    expect((await cm.staff.serviceHubs.list()).some((h) => h.id === hub.id)).toBe(false);
    expect((await cm.staff.serviceHubs.list({ includeInactive: true })).some((h) => h.id === hub.id)).toBe(
      true,
    );
    expect((await failure(cm.staff.serviceHubs.update({ serviceHubId: hub.id, isActive: true }))).code).toBe(
      'FORBIDDEN',
    );
    const refused = await failure(
      cm.staff.referrals.create({
        person: { firstName: 'A', lastName: 'B' },
        serviceHubId: hub.id,
        referralDate: '2026-11-01',
      }),
    );
    expect(refused.code).toBe('BAD_REQUEST');
    expect(errorFields(refused)).toEqual(['serviceHubId']);
  });
});

describe('deadlines', () => {
  it('lists the caseload deadlines by date, overdue first', async () => {
    const cm = await app.callerAs('case_manager');
    // Observation only on an old application: the confirmation is overdue.
    const overdue = await openApplication(cm, 'Overdue', '2026-09-01');
    await shelter(cm, overdue.applicationId, '2026-09-01');
    await cm.staff.disability.addEvidence({
      applicationId: overdue.applicationId,
      type: 'intake_staff_observation',
      disabledMember: 'head_of_household',
      evidenceDate: '2026-09-01',
    });
    const late = await cm.staff.determinations.record({
      applicationId: overdue.applicationId,
      determinationDate: '2026-09-10',
    });
    expect(late.disabilityVerificationDeadline).toBe('2026-10-16');
    // Homelessness evidence with no determination yet: determine within 14 days of it.
    const undetermined = await openApplication(cm, 'Undetermined', '2026-11-10');
    await shelter(cm, undetermined.applicationId, '2026-11-15');

    const deadlines = await cm.staff.deadlines.list();
    expect(deadlines[0]).toMatchObject({
      kind: 'disability_confirmation',
      applicationId: overdue.applicationId,
      dueDate: '2026-10-16',
      isOverdue: true,
    });
    const firstUpcoming = deadlines.findIndex((d) => !d.isOverdue);
    expect(deadlines.slice(firstUpcoming).every((d) => !d.isOverdue)).toBe(true);
    for (let i = 1; i < deadlines.length; i++) {
      const [a, b] = [deadlines[i - 1]!, deadlines[i]!];
      if (a.isOverdue === b.isOverdue)
        expect(a.dueDate <= b.dueDate, `${a.dueDate} before ${b.dueDate}`).toBe(true);
    }
    expect(deadlines).toContainEqual(
      expect.objectContaining({
        kind: 'homelessness_documentation',
        applicationId: undetermined.applicationId,
        dueDate: '2026-11-29',
        windowStart: '2026-11-15',
      }),
    );
    // The seeded demo tenant: annual assessment window and recertification.
    const kinds = new Set(deadlines.filter((d) => d.personName === 'Dana Whitfield').map((d) => d.kind));
    expect(kinds).toEqual(new Set(['annual_assessment', 'recertification']));
    // Someone else's caseload never shows.
    const sam = await app.userByEmail('casemanager2@example.org');
    const samDeadlines = await (await app.callerAs('case_manager', { user: sam })).staff.deadlines.list();
    expect(samDeadlines.some((d) => d.applicationId === overdue.applicationId)).toBe(false);

    const soon = await cm.staff.deadlines.list({ withinDays: 7 });
    expect(soon.every((d) => d.isOverdue || d.dueDate <= '2026-11-30')).toBe(true);
    expect(soon.some((d) => d.isOverdue)).toBe(true);
  });
});
