import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditForEntity } from '@hearth/db';
import { addDays, addMonths, DEADLINE_KINDS, RIGHTS_TOPICS, type TDeadlinesListInput } from '@hearth/domain';
import { createTestApp, failure, TODAY, type TestApp } from '../../test-helpers';
import { day, observation, openApplication, professional, shelter, type Caller } from './test-intake';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.handle.close());

/** Every page of the list, in order. */
async function allDeadlines(caller: Caller, input: Omit<NonNullable<TDeadlinesListInput>, 'page'> = {}) {
  const items = [];
  for (let page = 1; ; page++) {
    const result = await caller.staff.deadlines.list({ ...input, page, pageSize: 100 });
    items.push(...result.items);
    if (page >= result.pageCount) return items;
  }
}

const danaAssessment = async (now: string) => {
  const caller = await app.callerAs('case_manager', { now: () => new Date(`${now}T15:00:00Z`) });
  return (await allDeadlines(caller)).find(
    (d) => d.personName === 'Dana Whitfield' && d.kind === 'annual_assessment',
  );
};

describe('annual assessment deadlines', () => {
  it('stay on the list and turn overdue when the window passes with no assessment completed', async () => {
    const now = await danaAssessment(TODAY);
    expect(now).toBeDefined();
    const later = await danaAssessment(addDays(TODAY, 800));
    expect(later).toBeDefined();
    expect(later!.isOverdue).toBe(true);
    expect(later!.dueDate < addDays(TODAY, 800)).toBe(true);
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

    const deadlines = await allDeadlines(cm);
    expect(deadlines[0]).toMatchObject({ isOverdue: true });
    expect(deadlines).toContainEqual(
      expect.objectContaining({
        kind: 'disability_confirmation',
        applicationId: overdue.applicationId,
        dueDate: confirmBy,
        isOverdue: true,
      }),
    );
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
    // The seeded demo tenant: her assessment window and recertification.
    const kinds = new Set(deadlines.filter((d) => d.personName === 'Dana Whitfield').map((d) => d.kind));
    expect(kinds.has('recertification')).toBe(true);
    expect(kinds.has('annual_assessment') || kinds.has('initial_assessment')).toBe(true);
    // Someone else's caseload never shows.
    const sam = await app.userByEmail('casemanager2@example.org');
    const samDeadlines = await allDeadlines(await app.callerAs('case_manager', { user: sam }));
    expect(samDeadlines.some((d) => d.applicationId === overdue.applicationId)).toBe(false);

    const soon = await allDeadlines(cm, { withinDays: 7 });
    expect(soon.every((d) => d.isOverdue || d.dueDate <= day(7))).toBe(true);
    expect(soon.some((d) => d.isOverdue)).toBe(true);
  });

  it('an intake observation only on a 50-day-old application, never determined: the overdue 45-day confirmation, as the application page has it', async () => {
    const cm = await app.callerAs('case_manager');
    const applicationDate = day(-50);
    const { applicationId } = await openApplication(cm, 'Fiftydays', {
      referralDate: day(-55),
      applicationDate,
    });
    await shelter(cm, applicationId, day(-10));
    await cm.staff.disability.addEvidence(observation(applicationId, applicationDate));
    // No determination yet: the 14-day homelessness window and the 45-day disability confirmation.
    const onFile = await cm.staff.disability.list({ applicationId });
    expect(onFile.eligibility.status).toBe('verification_overdue');
    const expected = {
      kind: 'disability_confirmation',
      applicationId,
      dueDate: onFile.eligibility.disabilityVerificationDeadline,
      isOverdue: true,
    };
    expect(onFile.eligibility.disabilityVerificationDeadline).toBe(addDays(applicationDate, 45));
    expect(await allDeadlines(cm)).toContainEqual(expect.objectContaining(expected));
    // The application page lists the same deadlines, from the same function.
    const own = await cm.staff.deadlines.list({ applicationId });
    expect(own).toMatchObject({ total: 2, page: 1, pageCount: 1 });
    expect(own.items).toEqual([
      expect.objectContaining(expected),
      expect.objectContaining({ kind: 'homelessness_documentation', dueDate: day(4), isOverdue: false }),
    ]);
    expect(own.items[0]!.description).toContain('or assistance is withdrawn');
  });

  it('every kind the domain knows, through the API; the first annual window is the one the move-in gave', async () => {
    const cm = await app.callerAs('case_manager');
    // A determined, enrolled, moved-in household with nothing done since.
    const { applicationId, personId } = await openApplication(cm, 'Everykind', {
      referralDate: day(-40),
      applicationDate: day(-30),
    });
    await shelter(cm, applicationId, day(-10));
    await cm.staff.disability.addEvidence(professional(applicationId, day(-9)));
    await cm.staff.determinations.record({ applicationId, determinationDate: day(-8) });
    const projectStartDate = day(-7);
    await cm.staff.enrollment.upsert({ applicationId, projectStartDate });
    await cm.staff.rent.save({
      applicationId,
      effectiveDate: day(-6),
      incomes: [{ label: 'SSDI', annualCents: 1_200_000 }],
      contractRentMonthlyCents: 95_000,
    });
    const units = await (await app.callerAs('property_manager')).property.units.list();
    const vacant = units.find((u) => u.occupantName === null)!;
    const moveInDate = day(-5);
    const moveIn = await cm.staff.moveIn.record({
      applicationId,
      unitId: vacant.unitId,
      housingMoveInDate: moveInDate,
    });

    const own = (await cm.staff.deadlines.list({ applicationId })).items;
    const byKind = new Map(own.map((d) => [d.kind, d]));
    expect([...byKind.keys()].sort()).toEqual(
      [
        'initial_assessment',
        'annual_assessment',
        'recertification',
        'plan_review',
        'cti_phase',
        'rights_acknowledgement',
      ].sort(),
    );
    expect(byKind.get('initial_assessment')).toMatchObject({
      windowStart: projectStartDate,
      dueDate: addDays(projectStartDate, 30),
    });
    expect(byKind.get('annual_assessment')).toMatchObject({
      windowStart: moveIn.firstAnnualAssessment.windowStart,
      dueDate: moveIn.firstAnnualAssessment.windowEnd,
    });
    expect(byKind.get('plan_review')!.dueDate).toBe(addMonths(moveInDate, 3));
    expect(byKind.get('cti_phase')!.dueDate).toBe(addMonths(moveInDate, 3));
    expect(byKind.get('rights_acknowledgement')).toMatchObject({ dueDate: addDays(moveInDate, 30) });
    // The person's care pages agree: the assessment page's initial window is the same.
    const assessment = await cm.staff.assessments.get({ personId });
    expect(assessment.due).toMatchObject({ kind: 'initial', windowEnd: addDays(projectStartDate, 30) });

    // The supervisor also answers services grievances: with the demo tenant's, every kind is on the list.
    const grievance = await (
      await app.callerAs('tenant')
    ).tenant.grievances.create({
      about: 'services',
      description: 'My visits were moved without a word.',
    });
    const supervisor = await app.callerAs('supervisor');
    const all = await allDeadlines(supervisor);
    expect(new Set(all.map((d) => d.kind))).toEqual(new Set(DEADLINE_KINDS));
    expect(all).toContainEqual(
      expect.objectContaining({
        kind: 'grievance_response',
        grievanceId: grievance.grievanceId,
        dueDate: grievance.responseDueOn,
        applicationId: null,
        isOverdue: false,
      }),
    );
    // A case manager does not answer grievances, and does not see them on the list.
    expect((await allDeadlines(cm)).some((d) => d.kind === 'grievance_response')).toBe(false);
    await supervisor.staff.grievances.respond({
      grievanceId: grievance.grievanceId,
      response: 'We will agree visit times with you in advance.',
    });
    expect((await allDeadlines(supervisor)).some((d) => d.grievanceId === grievance.grievanceId)).toBe(false);
  });

  it('the demo tenant reading every rights topic takes the rights deadline off the list', async () => {
    const cm = await app.callerAs('case_manager');
    const rightsOfDana = async () =>
      (await allDeadlines(cm)).filter(
        (d) => d.personName === 'Dana Whitfield' && d.kind === 'rights_acknowledgement',
      );
    const tenant = await app.callerAs('tenant');
    const read = new Set((await tenant.tenant.rights.acknowledgements()).map((a) => a.topic));
    for (const topic of RIGHTS_TOPICS.filter((t) => !read.has(t)).slice(1)) {
      await tenant.tenant.rights.acknowledge({ topic });
    }
    const unread = RIGHTS_TOPICS.filter((t) => !read.has(t));
    if (unread.length > 0) {
      // One topic left: still on the list.
      expect(await rightsOfDana()).toHaveLength(1);
      await tenant.tenant.rights.acknowledge({ topic: unread[0]! });
    }
    expect(await rightsOfDana()).toEqual([]);
  });

  it('pages the list; the read is audited; an application out of scope is not found', async () => {
    const cm = await app.callerAs('case_manager');
    const all = await allDeadlines(cm);
    expect(all.length).toBeGreaterThan(3);
    const first = await cm.staff.deadlines.list({ pageSize: 2 });
    const second = await cm.staff.deadlines.list({ pageSize: 2, page: 2 });
    expect(first).toMatchObject({
      total: all.length,
      page: 1,
      pageSize: 2,
      pageCount: Math.ceil(all.length / 2),
    });
    expect([...first.items, ...second.items]).toEqual(all.slice(0, 4));
    expect((await cm.staff.deadlines.list()).pageSize).toBe(50);
    expect((await failure(cm.staff.deadlines.list({ pageSize: 1000 }))).code).toBe('BAD_REQUEST');

    const { applicationId } = await openApplication(cm, 'Audited', { applicationDate: day(-5) });
    await cm.staff.deadlines.list({ applicationId });
    const audit = await listAuditForEntity(app.handle.db, {
      entityType: 'application',
      entityId: applicationId,
    });
    expect(audit.map((a) => a.action)).toContain('deadlines.read');

    const sam = await app.callerAs('case_manager', {
      user: await app.userByEmail('casemanager2@example.org'),
    });
    expect((await failure(sam.staff.deadlines.list({ applicationId }))).code).toBe('NOT_FOUND');
  });
});
