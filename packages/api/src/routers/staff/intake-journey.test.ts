import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditForEntity, MAINE_SERVICE_HUBS } from '@hearth/db';
import { addDays, addYears, deductionTableFor, firstRentCharge } from '@hearth/domain';
import { createTestApp, failure, TODAY, type TestApp } from '../../test-helpers';
import { day, hubNamed, monthStart, professional, shelter } from './test-intake';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.handle.close());

describe('intake: the whole way from referral to move-in', () => {
  it('referral → application → homelessness → disability → determination → enrollment → rent → move-in', async () => {
    const cm = await app.callerAs('case_manager');
    const hubs = await cm.staff.serviceHubs.list();
    expect(hubs.map((h) => h.number)).toEqual(MAINE_SERVICE_HUBS.map((h) => h.number));

    // 1. Referral: a new person, household created, on the case manager's caseload.
    const referral = await cm.staff.referrals.create({
      person: { firstName: 'Robin', lastName: 'Happypath', dateOfBirth: addYears(TODAY, -47) },
      serviceHubId: await hubNamed(cm, 'Hub 2'),
      byNameListRank: 2,
      referralDate: day(-21),
      priorityPopulations: ['veteran', 'fleeing_dv'],
      caseConferencingNotes: 'Prioritized at the case conference the day before.',
    });
    expect((await cm.staff.people.byId({ personId: referral.personId })).status).toBe('referred');
    const [listed] = await cm.staff.referrals.byPerson({ personId: referral.personId });
    expect(listed).toMatchObject({
      serviceHubName: 'Hub 2 — Cumberland',
      byNameListRank: 2,
      referralDate: day(-21),
      priorityPopulations: ['veteran', 'fleeing_dv'],
      applicationId: null,
    });

    const { applicationId } = await cm.staff.applications.open({
      referralId: referral.referralId,
      applicationDate: day(-20),
    });
    expect((await cm.staff.people.byId({ personId: referral.personId })).status).toBe('applicant');
    // One application per referral.
    const again = cm.staff.applications.open({ referralId: referral.referralId, applicationDate: day(-19) });
    expect((await failure(again)).code).toBe('CONFLICT');

    // 2. Homelessness: the current situation, then fifteen months of history up to today.
    const situation = await shelter(cm, applicationId);
    expect(situation).toMatchObject({ decision: 'accepted', categories: [1], acceptedByProgram: true });
    await cm.staff.stays.add({
      applicationId,
      start: monthStart(-14),
      end: addDays(monthStart(-7), -1),
      location: 'place_not_meant_for_habitation',
      documentation: 'third_party',
      source: 'housing_or_service_provider_or_institution',
    });
    await cm.staff.stays.add({
      applicationId,
      start: monthStart(-7),
      end: TODAY,
      location: 'emergency_shelter',
      documentation: 'third_party',
      source: 'hmis_record',
    });
    const history = await cm.staff.stays.list({ applicationId, asOfDate: TODAY });
    expect(history.stays.map((s) => s.startDate)).toEqual([monthStart(-14), monthStart(-7)]);
    expect(history.chronic.months.filter((m) => m.countedOnFacts)).toHaveLength(15);
    expect(history.chronic.currentOccasionMonths).toBe(15);
    // No disability on file yet, so not chronic whatever the history.
    expect(history.chronic.chronic).toBe(false);

    // 3. Disability: a professional verification from an LCPC.
    const added = await cm.staff.disability.addEvidence(professional(applicationId, day(-13)));
    expect(added.check.acceptable).toBe(true);
    expect(added.eligibility.status).toBe('eligible');
    expect((await cm.staff.stays.list({ applicationId, asOfDate: TODAY })).chronic).toMatchObject({
      chronic: true,
      path: 'continuous_12_months',
    });

    // 4. Determination, and the packet with nothing missing.
    const determination = await cm.staff.determinations.record({ applicationId, determinationDate: day(-3) });
    const maria = await app.userByEmail('casemanager@example.org');
    expect(determination).toMatchObject({
      status: 'eligible',
      homelessCategories: [1],
      disabilityVerificationDeadline: null,
      determinedByUserId: maria.id,
      determinationDate: day(-3),
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
    const projectStartDate = day(-2);
    const enrollment = await cm.staff.enrollment.upsert({
      applicationId,
      projectStartDate,
      newMembers: [
        {
          firstName: 'Kit',
          lastName: 'Happypath',
          dateOfBirth: addYears(TODAY, -11),
          relationshipToHead: 'child',
        },
      ],
    });
    expect(enrollment.members.map((m) => m.firstName).sort()).toEqual(['Kit', 'Robin']);
    const kit = enrollment.members.find((m) => m.firstName === 'Kit')!;
    // The new member is on the case manager's caseload too.
    expect((await cm.staff.people.byId({ personId: kit.personId })).relationshipToHead).toBe('child');

    const effectiveDate = day(8);
    const rentInput = {
      applicationId,
      effectiveDate,
      incomes: [{ label: 'SSDI', annualCents: 1_200_000 }],
      elderlyOrDisabledFamily: true,
      utilityAllowanceMonthlyCents: 5_000,
      contractRentMonthlyCents: 95_000,
    };
    const preview = await cm.staff.rent.calculate(rentInput);
    // One dependent and the disabled-family deduction, from the table of the effective date's year
    // (HOTMA 2026: $500 + $550, so ($12,000 − $1,050) × 30% ÷ 12 = $273.75 → TTP $274; less $50 = $224).
    const table = deductionTableFor('HOTMA', effectiveDate);
    const adjusted = 1_200_000 - table.dependentCents - table.elderlyDisabledFamilyCents;
    const thirtyPct = Math.round((adjusted * 0.3) / 12);
    const ttp = Math.round(thirtyPct / 100) * 100;
    expect(preview.calculation).toMatchObject({
      dependentsCounted: 1,
      adjustedAnnualIncomeCents: adjusted,
      thirtyPctMonthlyAdjustedCents: thirtyPct,
      ttpCents: ttp,
      tenantRentCents: ttp - 5_000,
      rentalAssistanceToOwnerCents: 95_000 - (ttp - 5_000),
    });
    expect(preview.arithmetic[2]).toMatch(/^Adjusted annual income: \$12,000\.00 − \$[\d,.]+ = \$[\d,.]+$/);
    expect(preview.nextRecertificationDue).toBe(addYears(effectiveDate, 1));
    expect(await cm.staff.rent.list({ applicationId })).toEqual([]);

    const saved = await cm.staff.rent.save(rentInput);
    expect(saved).toMatchObject({
      effectiveDate,
      tenantRentCents: ttp - 5_000,
      nextRecertificationDue: addYears(effectiveDate, 1),
    });
    expect(await cm.staff.rent.list({ applicationId })).toHaveLength(1);

    const units = await (await app.callerAs('property_manager')).property.units.list();
    const vacant = units.find((u) => u.occupantName === null)!;
    const moveIn = await cm.staff.moveIn.record({
      applicationId,
      unitId: vacant.unitId,
      housingMoveInDate: day(-1),
    });
    expect(moveIn.enrollment.housingMoveInDate).toBe(day(-1));
    expect(moveIn.firstAnnualAssessment.anniversaryDate).toBe(addYears(projectStartDate, 1));
    const tenant = await cm.staff.people.byId({ personId: referral.personId });
    expect(tenant).toMatchObject({ status: 'tenant', unitLabel: vacant.unitLabel });
    // unitLabel comes from households.unitId; the property side now sees the occupant too.
    const pm = await app.callerAs('property_manager');
    const after = await pm.property.units.list();
    expect(after.find((u) => u.unitId === vacant.unitId)?.occupantName).toBe('Robin Happypath');
    // The move-in opened the lease: from the move-in date, at the unit's contract rent and the
    // saved tenant portion, with its first charge (prorated for the days of the first month).
    const leases = (await pm.property.leases.list()).filter((l) => l.unitId === vacant.unitId);
    expect(leases).toHaveLength(1);
    expect(leases[0]).toMatchObject({
      tenantName: 'Robin Happypath',
      startDate: day(-1),
      endDate: null,
      contractRentCents: vacant.contractRentCents,
      tenantRentCents: ttp - 5_000,
      utilityAllowanceCents: 5_000,
    });
    expect(moveIn.lease.leaseId).toBe(leases[0]!.id);
    const first = firstRentCharge({ startDate: day(-1), monthlyTenantRentCents: ttp - 5_000 });
    const lease = await pm.property.leases.byId({ leaseId: leases[0]!.id });
    expect(lease.entries).toMatchObject([{ kind: 'charge', ...first }]);
    expect(lease.ledger).toMatchObject({ balanceCents: first.amountCents, arrearsCents: 0 });
    // Never changed once recorded.
    const changed = cm.staff.moveIn.record({
      applicationId,
      unitId: vacant.unitId,
      housingMoveInDate: TODAY,
    });
    expect((await failure(changed)).code).toBe('CONFLICT');

    // Every write and every read of the file is audited, by who did it, from where and when.
    const audit = await listAuditForEntity(app.handle.db, {
      entityType: 'application',
      entityId: applicationId,
    });
    const actions = audit.map((a) => a.action);
    for (const action of [
      'application.open',
      'living_situation.record',
      'stay.add',
      'stay.read',
      'disability_evidence.add',
      'determination.record',
      'packet.read',
      'enrollment.upsert',
      'rent_determination.read',
      'rent_determination.save',
      'move_in.record',
    ]) {
      expect(actions, action).toContain(action);
    }
    expect(audit.every((a) => a.actorUserId === maria.id)).toBe(true);
    // At the time of the request's one clock (the test callers' now is TODAY at 15:00 UTC).
    expect(new Set(audit.map((a) => a.at.toISOString()))).toEqual(new Set([`${TODAY}T15:00:00.000Z`]));
    const referralAudit = await listAuditForEntity(app.handle.db, {
      entityType: 'referral',
      entityId: referral.referralId,
    });
    expect(referralAudit.map((a) => a.action)).toEqual(['referral.create']);
  });
});
