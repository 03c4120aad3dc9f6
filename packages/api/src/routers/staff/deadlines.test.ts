import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@hearth/domain';
import { createTestApp, TODAY, type TestApp } from '../../test-helpers';
import { day, observation, openApplication, shelter } from './test-intake';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.handle.close());

const danaAssessment = async (now: string) => {
  const caller = await app.callerAs('case_manager', { now: () => new Date(`${now}T15:00:00Z`) });
  return (await caller.staff.deadlines.list()).find(
    (d) => d.personName === 'Dana Whitfield' && d.kind === 'annual_assessment',
  );
};

describe('annual assessment deadlines', () => {
  it('stay on the list and turn overdue when the window passes with no assessment completed', async () => {
    const now = await danaAssessment(TODAY);
    expect(now?.isOverdue).toBe(false);
    const later = await danaAssessment(addDays(TODAY, 400));
    expect(later).toBeDefined();
    expect(later!.isOverdue).toBe(true);
    expect(later!.dueDate < addDays(TODAY, 400)).toBe(true);
  });
});

describe('staff.deadlines.list', () => {
  it('lists the caseload deadlines by date, overdue first', async () => {
    const cm = await app.callerAs('case_manager');
    // Observation only on an old application: the confirmation is overdue.
    const applicationDate = day(-83);
    const overdue = await openApplication(cm, 'Overdue', { referralDate: day(-90), applicationDate });
    await shelter(cm, overdue.applicationId, applicationDate);
    await cm.staff.disability.addEvidence(observation(overdue.applicationId, applicationDate));
    const late = await cm.staff.determinations.record({
      applicationId: overdue.applicationId,
      determinationDate: day(-74),
    });
    const confirmBy = addDays(applicationDate, 45);
    expect(late.disabilityVerificationDeadline).toBe(confirmBy);
    // Homelessness evidence with no determination yet: determine within 14 days of it.
    const undetermined = await openApplication(cm, 'Undetermined', { applicationDate: day(-13) });
    await shelter(cm, undetermined.applicationId, day(-8));

    const deadlines = await cm.staff.deadlines.list();
    expect(deadlines[0]).toMatchObject({
      kind: 'disability_confirmation',
      applicationId: overdue.applicationId,
      dueDate: confirmBy,
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
        dueDate: day(6),
        windowStart: day(-8),
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
    expect(soon.every((d) => d.isOverdue || d.dueDate <= day(7))).toBe(true);
    expect(soon.some((d) => d.isOverdue)).toBe(true);
  });
});
