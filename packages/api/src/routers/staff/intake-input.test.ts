import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditForEntity } from '@hearth/db';
import { longDate } from '@hearth/domain';
import { createTestApp, errorFields, failure, TODAY, type TestApp } from '../../test-helpers';
import { day, hubNamed, observation, openApplication } from './test-intake';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.handle.close());

describe('bad input', () => {
  it('answers BAD_REQUEST naming the field, says why without the field name, and saves nothing', async () => {
    const cm = await app.callerAs('case_manager');
    const { applicationId, personId } = await openApplication(cm, 'Badinput', { applicationDate: day(-20) });
    await cm.staff.stays.add({
      applicationId,
      start: day(-100),
      end: day(-70),
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
            start: day(-50),
            end: day(-60),
            location: 'emergency_shelter',
          }),
        'end',
      ],
      [
        () => cm.staff.stays.add({ applicationId, start: day(-85), end: day(-60), location: 'safe_haven' }),
        'start',
      ],
      [
        () => cm.staff.stays.add({ applicationId, start: day(-3), end: day(17), location: 'safe_haven' }),
        'end',
      ],
      [() => cm.staff.disability.addEvidence(observation(applicationId, day(8))), 'evidenceDate'],
      [
        () =>
          cm.staff.disability.addEvidence({
            applicationId,
            type: 'professional_verification',
            disabledMember: 'head_of_household',
            evidenceDate: day(-22),
          }),
        'credential',
      ],
      [
        () => cm.staff.determinations.record({ applicationId, determinationDate: day(7) }),
        'determinationDate',
      ],
      [
        () => cm.staff.determinations.record({ applicationId, determinationDate: day(-53) }),
        'determinationDate',
      ],
      [
        () =>
          cm.staff.rent.calculate({
            applicationId,
            effectiveDate: day(8),
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
            evidenceDate: day(-13),
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
        serviceHubId: await hubNamed(cm, 'Hub 2'),
        referralDate: day(1),
      }),
    );
    expect(future.code).toBe('BAD_REQUEST');
    expect(errorFields(future)).toEqual(['referralDate']);
    expect(future.message).toBe(
      `${longDate(day(1))} is in the future: the date cannot be after today (${longDate(TODAY)}).`,
    );

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

  it('an overlapping stay is refused naming the stay it overlaps, as people read dates', async () => {
    const cm = await app.callerAs('case_manager');
    const { applicationId } = await openApplication(cm, 'Overlap');
    await cm.staff.stays.add({
      applicationId,
      start: day(-100),
      end: day(-70),
      location: 'emergency_shelter',
    });
    const error = await failure(
      cm.staff.stays.add({ applicationId, start: day(-70), end: day(-40), location: 'safe_haven' }),
    );
    expect(errorFields(error)).toEqual(['start']);
    expect(error.message).toBe(
      `This stay overlaps the one from ${longDate(day(-100))} to ${longDate(day(-70))}.`,
    );
    // The day after the last night is free.
    await cm.staff.stays.add({ applicationId, start: day(-69), end: day(-40), location: 'safe_haven' });
  });

  it('a rent needs the dates of birth of the household unless its members are listed', async () => {
    const cm = await app.callerAs('case_manager');
    const referral = await cm.staff.referrals.create({
      person: { firstName: 'Noah', lastName: 'Nobirth' },
      serviceHubId: await hubNamed(cm, 'Hub 2'),
      referralDate: day(-30),
    });
    const { applicationId } = await cm.staff.applications.open({
      referralId: referral.referralId,
      applicationDate: day(-20),
    });
    const rent = {
      applicationId,
      effectiveDate: day(8),
      incomes: [{ label: 'SSI', annualCents: 1_000_000 }],
      contractRentMonthlyCents: 90_000,
    };
    const error = await failure(cm.staff.rent.calculate(rent));
    expect(errorFields(error)).toEqual(['householdMembers']);
    expect(error.message).toBe(
      'The date of birth of Noah Nobirth is not recorded: list the household members.',
    );
    const listed = await cm.staff.rent.calculate({
      ...rent,
      householdMembers: [{ relationship: 'head', age: 40 }],
    });
    expect(listed.calculation.dependentsCounted).toBe(0);
  });
});
