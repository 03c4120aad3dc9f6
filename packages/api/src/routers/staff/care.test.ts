import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, ctiPhase } from '@hearth/domain';
import { createInnerContext } from '../../context';
import { createCaller } from '../../root';
import { createTestApp, DEMO_EMAILS, errorFields, failure, TODAY, type TestApp } from '../../test-helpers';

let app: TestApp;
let danaId: string;
let otherId: string; // on Sam Delgado's caseload, not Maria Okafor's

beforeAll(async () => {
  app = await createTestApp();
  const sup = await app.callerAs('supervisor');
  const everyone = await sup.staff.people.list();
  danaId = everyone.find((p) => p.lastName === 'Whitfield')!.id;
  const mine = new Set((await (await app.callerAs('case_manager')).staff.people.list()).map((p) => p.id));
  otherId = everyone.find((p) => !mine.has(p.id))!.id;
});
afterAll(() => app.handle.close());

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'OK';
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    throw e;
  }
}

const goal = (n: number) => ({
  statement: `Goal ${n}: pay rent on time each month`,
  markers: [{ description: 'Rent paid by the 5th', targetDate: addDays(TODAY, 12) }],
  steps: [
    { description: 'Set up a rent reminder on the phone', owner: 'tenant' as const },
    {
      description: 'Go with Dana to the benefits desk',
      owner: 'case_manager' as const,
      dueDate: addDays(TODAY, 8),
    },
    {
      description: 'Help apply for representative payee',
      owner: 'partner' as const,
      partnerName: 'Fore River Benefits Help Desk',
    },
  ],
  soThat: 'so that I can keep my apartment and have my grandkids visit',
  longTermGoal: 'Stay housed and see my family',
  targetDate: addMonths(TODAY, 3),
  domainKeys: ['housing_stability', 'income_benefits'],
});

describe('service plan: SMART goals, at most 3 active', () => {
  it('shows the CTI phase from the move-in date and the implied intensity', async () => {
    const cm = await app.callerAs('case_manager');
    const plan = await cm.staff.plans.get({ personId: danaId });
    expect(plan.moveInDate).not.toBeNull();
    // The seed moves Dana in about ten months before today: past the three 3-month phases.
    expect(plan.phase?.phase).toBe(ctiPhase({ ctiStartDate: plan.moveInDate!, date: TODAY }).phase);
    expect(plan.phase?.phase).toBe('completed');
    expect(plan.phase?.reviews).toHaveLength(3);
    expect(plan.goals).toEqual([]);
    expect(plan.agreement).toEqual({
      status: 'not_answered',
      isAcceptedCurrent: false,
      currentResponse: null,
    });
    expect(plan.isAcceptedCurrent).toBe(false);
  });

  it('takes 3 goals and refuses a 4th with a clear message', async () => {
    const cm = await app.callerAs('case_manager');
    for (const n of [1, 2, 3]) await cm.staff.goals.create({ personId: danaId, ...goal(n) });
    const err = await failure(cm.staff.goals.create({ personId: danaId, ...goal(4) }));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain('no more than 3');
    const plan = await cm.staff.plans.get({ personId: danaId });
    expect(plan.activeGoals).toBe(3);
    expect(plan.goals[0]!.nextStep?.description).toBe('Go with Dana to the benefits desk');
  });

  it('a partner step must name the partner; an unknown domain is refused', async () => {
    const cm = await app.callerAs('case_manager');
    const g = goal(5);
    await cm.staff.goals.end({
      goalId: (await cm.staff.plans.get({ personId: danaId })).goals[2]!.id,
      endStatus: 'revised',
      endedOn: TODAY,
      reason: 'Split into smaller steps',
    });
    const e1 = await failure(
      cm.staff.goals.create({ personId: danaId, ...g, steps: [{ description: 'x', owner: 'partner' }] }),
    );
    expect(e1.code).toBe('BAD_REQUEST');
    expect(errorFields(e1)).toEqual(['steps.0.partnerName']);
    expect(e1.message).toBe('Name the partner who does this step.');
    const e2 = await failure(cm.staff.goals.create({ personId: danaId, ...g, domainKeys: ['astrology'] }));
    expect(e2.code).toBe('BAD_REQUEST');
    expect(errorFields(e2)).toEqual(['domainKeys.0']);
    const e3 = await failure(
      cm.staff.goals.create({ personId: danaId, ...g, targetDate: addDays(TODAY, -1) }),
    );
    expect(errorFields(e3)).toEqual(['targetDate']);
    expect(e3.message).toMatch(/^The target date, [A-Z][a-z]+ \d{1,2}, \d{4}, has already passed\.$/);
    await cm.staff.goals.create({ personId: danaId, ...g });
    const plan = await cm.staff.plans.get({ personId: danaId });
    expect(plan.goals.map((x) => x.status)).toEqual(['active', 'active', 'active', 'revised']);
  });

  it('the tenant sees only active goals, accepts the plan, adds a note the case manager sees', async () => {
    const tenant = await app.callerAs('tenant');
    const mine = await tenant.tenant.goals.get();
    expect(mine.goals).toHaveLength(3);
    expect(mine.plan?.response).toBeNull();
    await tenant.tenant.goals.respond({ planVersion: mine.plan!.version, response: 'accepted' });
    await tenant.tenant.goals.addNote({ goalId: mine.goals[0]!.id, body: 'I set the reminder on my phone.' });

    const cm = await app.callerAs('case_manager');
    const plan = await cm.staff.plans.get({ personId: danaId });
    expect(plan.isAcceptedCurrent).toBe(true);
    expect(plan.agreement).toEqual({
      status: 'accepted',
      isAcceptedCurrent: true,
      currentResponse: 'accepted',
    });
    expect(plan.plan?.tenantResponseAt).toBeTruthy();
    expect((await tenant.tenant.goals.get()).plan?.response).toBe('accepted');
    const g = plan.goals.find((x) => x.id === mine.goals[0]!.id)!;
    expect(g.notes[0]).toMatchObject({
      body: 'I set the reminder on my phone.',
      authorKind: 'tenant',
      noteDate: TODAY,
    });
  });

  it('an answer to an old version of the plan is refused; a changed plan needs accepting again', async () => {
    const tenant = await app.callerAs('tenant');
    const cm = await app.callerAs('case_manager');
    const before = await tenant.tenant.goals.get();
    const first = (await cm.staff.plans.get({ personId: danaId })).goals[0]!;
    await cm.staff.goals.end({
      goalId: first.id,
      endStatus: 'achieved',
      endedOn: TODAY,
      reason: 'Rent paid on time three months running',
    });
    const changed = await cm.staff.plans.get({ personId: danaId });
    expect(changed.isAcceptedCurrent).toBe(false);
    expect(changed.agreement.status).toBe('changed_since_answer');
    expect(
      await codeOf(tenant.tenant.goals.respond({ planVersion: before.plan!.version, response: 'accepted' })),
    ).toBe('CONFLICT');
    const after = await tenant.tenant.goals.get();
    expect(after.plan?.response).toBeNull();
    expect(after.goals).toHaveLength(2);
    // An ended goal takes no more notes from the tenant.
    expect(await codeOf(tenant.tenant.goals.addNote({ goalId: first.id, body: 'x' }))).toBe('NOT_FOUND');
  });

  it('a tenant proposal reaches the case manager and never becomes active on its own', async () => {
    const tenant = await app.callerAs('tenant');
    await tenant.tenant.goals.propose({
      goal: 'Go back to school for my GED',
      soThat: 'so that I can get a better job',
    });
    const mine = await tenant.tenant.goals.get();
    expect(mine.goals).toHaveLength(2);
    expect(mine.proposals[0]).toMatchObject({ goal: 'Go back to school for my GED', status: 'open' });
    const cm = await app.callerAs('case_manager');
    const plan = await cm.staff.plans.get({ personId: danaId });
    expect(plan.activeGoals).toBe(2);
    expect(plan.proposals[0]!.status).toBe('open');
    // Taken up only by the case manager writing it as a SMART goal.
    await cm.staff.goals.create({
      personId: danaId,
      ...goal(6),
      fromProposalId: plan.proposals[0]!.id,
      domainKeys: ['meaningful_activity'],
    });
    expect((await cm.staff.plans.get({ personId: danaId })).proposals[0]!.status).toBe('taken_up');
  });

  it('a tenant cannot reach another person’s goal', async () => {
    const cm2 = await app.callerAs('case_manager', {
      user: await app.userByEmail('casemanager2@example.org'),
    });
    await cm2.staff.goals.create({ personId: otherId, ...goal(7) });
    const otherGoal = (await cm2.staff.plans.get({ personId: otherId })).goals[0]!;
    const tenant = await app.callerAs('tenant');
    expect(await codeOf(tenant.tenant.goals.addNote({ goalId: otherGoal.id, body: 'not mine' }))).toBe(
      'NOT_FOUND',
    );
    expect((await tenant.tenant.goals.get()).goals.map((g) => g.id)).not.toContain(otherGoal.id);
  });
});

describe('scope: property 403, off-caseload 404', () => {
  it('the property manager is refused every care procedure', async () => {
    const pm = await app.callerAs('property_manager');
    expect(await codeOf(pm.staff.plans.get({ personId: danaId }))).toBe('FORBIDDEN');
    expect(await codeOf(pm.staff.assessments.get({ personId: danaId }))).toBe('FORBIDDEN');
    expect(await codeOf(pm.staff.linkages.list({ personId: danaId }))).toBe('FORBIDDEN');
    expect(await codeOf(pm.staff.warmHandoffs.list({ personId: danaId }))).toBe('FORBIDDEN');
    expect(await codeOf(pm.staff.harmReduction.list({ personId: danaId }))).toBe('FORBIDDEN');
    expect(await codeOf(pm.tenant.goals.get())).toBe('FORBIDDEN');
  });

  it('a case manager cannot read or write a person outside their caseload', async () => {
    const cm = await app.callerAs('case_manager');
    expect(await codeOf(cm.staff.plans.get({ personId: otherId }))).toBe('NOT_FOUND');
    expect(await codeOf(cm.staff.assessments.get({ personId: otherId }))).toBe('NOT_FOUND');
    expect(await codeOf(cm.staff.goals.create({ personId: otherId, ...goal(8) }))).toBe('NOT_FOUND');
    const cm2 = await app.callerAs('case_manager', {
      user: await app.userByEmail('casemanager2@example.org'),
    });
    const otherGoal = (await cm2.staff.plans.get({ personId: otherId })).goals[0]!;
    expect(await codeOf(cm.staff.goals.addNote({ goalId: otherGoal.id, noteDate: TODAY, body: 'x' }))).toBe(
      'NOT_FOUND',
    );
    // The supervisor sees the whole program.
    expect(await codeOf((await app.callerAs('supervisor')).staff.plans.get({ personId: otherId }))).toBe(
      'OK',
    );
  });
});

describe('assessment & acuity: a living document', () => {
  const scoresOf = (score: number) =>
    Object.fromEntries(
      [
        'housing_stability',
        'income_benefits',
        'physical_health',
        'mental_health',
        'substance_use',
        'daily_living',
        'social_supports',
        'legal',
        'safety_crisis',
        'meaningful_activity',
      ].map((k) => [k, { score, strengths: '', challenges: '' }]),
    );

  it('saves sections over two sittings, refuses a stale save, completes as version 1', async () => {
    const cm = await app.callerAs('case_manager');
    const before = await cm.staff.assessments.get({ personId: danaId });
    expect(before.domains).toHaveLength(10);
    expect(before.due?.kind).toBe('initial');
    const { assessmentId, version } = await cm.staff.assessments.start({ personId: danaId });
    expect(await cm.staff.assessments.start({ personId: danaId })).toEqual({ assessmentId, version });
    const s1 = await cm.staff.assessments.saveSection({
      assessmentId,
      version,
      section: 'housing_history',
      housingHistory: {
        placesLived: 'With her sister in Westbrook, then shelter',
        housingGoals: 'A place of my own',
      },
    });
    expect(s1.version).toBe(version + 1);
    // A colleague who opened the draft before that save is refused, not merged.
    const stale = await failure(
      cm.staff.assessments.saveSection({
        assessmentId,
        version,
        section: 'homelessness_history',
        homelessnessHistory: { routine: 'x' },
      }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toBe(
      'Someone else changed this assessment since you opened it. Reload to see their changes.',
    );

    // Second sitting: the draft is there, as saved.
    const draft = (await cm.staff.assessments.get({ personId: danaId })).draft!;
    expect(draft.housingHistory?.placesLived).toContain('Westbrook');
    const partial = { ...scoresOf(3) };
    delete partial.legal;
    const s2 = await cm.staff.assessments.saveSection({
      assessmentId,
      version: draft.version,
      section: 'domains',
      domains: partial,
    });
    const incomplete = await failure(
      cm.staff.assessments.complete({ assessmentId, version: s2.version, completedOn: TODAY }),
    );
    expect(incomplete.code).toBe('BAD_REQUEST');
    expect(errorFields(incomplete)).toEqual(['domains']);
    expect(incomplete.message).toBe('Score every domain before completing; still to score: Legal.');
    const s3 = await cm.staff.assessments.saveSection({
      assessmentId,
      version: s2.version,
      section: 'domains',
      domains: scoresOf(3),
    });
    const done = await cm.staff.assessments.complete({
      assessmentId,
      version: s3.version,
      completedOn: TODAY,
    });
    expect(done.versionNumber).toBe(1);
    // A completed version never changes.
    expect(
      await codeOf(
        cm.staff.assessments.saveSection({
          assessmentId,
          version: s3.version + 1,
          section: 'domains',
          domains: scoresOf(1),
        }),
      ),
    ).toBe('CONFLICT');
    const after = await cm.staff.assessments.get({ personId: danaId });
    expect(after.draft).toBeNull();
    expect(after.current).toMatchObject({ total: 30, tier: { name: 'Tier 3: High' } });
    expect(after.due?.kind).toBe('annual');
  });

  it('an interim update records a change; the next version shows what changed', async () => {
    const cm = await app.callerAs('case_manager');
    expect(
      await codeOf(
        cm.staff.assessments.recordInterimUpdate({
          personId: danaId,
          updateDate: TODAY,
          domainKey: 'legal',
          newScore: 3,
          reason: 'same',
        }),
      ),
    ).toBe('BAD_REQUEST');
    await cm.staff.assessments.recordInterimUpdate({
      personId: danaId,
      updateDate: TODAY,
      domainKey: 'legal',
      newScore: 5,
      reason: 'Court date for an old charge came up',
    });
    const file = await cm.staff.assessments.get({ personId: danaId });
    expect(file.interimUpdates[0]).toMatchObject({ domainKey: 'legal', previousScore: 3, newScore: 5 });
    expect(file.current?.total).toBe(32);
    // A new full assessment starts from the current scores; version 2 shows the change.
    const { assessmentId, version } = await cm.staff.assessments.start({ personId: danaId });
    const draft = (await cm.staff.assessments.get({ personId: danaId })).draft!;
    expect(draft.domains.legal?.score).toBe(5);
    const s = await cm.staff.assessments.saveSection({
      assessmentId,
      version,
      section: 'domains',
      domains: {
        ...draft.domains,
        substance_use: { score: 2, strengths: 'Goes to peer group', challenges: '' },
      },
    });
    await cm.staff.assessments.complete({ assessmentId, version: s.version, completedOn: TODAY });
    const v = (await cm.staff.assessments.get({ personId: danaId })).versions;
    expect(v.map((x) => x.versionNumber)).toEqual([2, 1]);
    expect(v[0]!.changes).toEqual([
      { domainKey: 'legal', from: 3, to: 5 },
      { domainKey: 'substance_use', from: 3, to: 2 },
    ]);
  });
});

describe('engagement, harm reduction and linkages', () => {
  it('records a warm handoff', async () => {
    const cm = await app.callerAs('case_manager');
    await cm.staff.warmHandoffs.record({
      personId: danaId,
      handoffDate: TODAY,
      fromProvider: 'Oxford Street Shelter',
      fromWorker: 'Jamie Cole',
      participants: 'Dana, Jamie Cole, Maria Okafor',
      programAndRolesExplained:
        'PSH is housing with services; the property manager enforces the lease, services help meet it.',
      strengths: 'Kept the shelter kitchen running; good with people',
      planForWorkingTogether: 'Weekly visit on Tuesdays',
    });
    expect((await cm.staff.warmHandoffs.list({ personId: danaId }))[0]).toMatchObject({
      fromWorker: 'Jamie Cole',
    });
    const future = await failure(
      cm.staff.warmHandoffs.record({
        personId: danaId,
        handoffDate: addDays(TODAY, 1),
        fromProvider: 'x',
        fromWorker: 'x',
        participants: 'x',
        programAndRolesExplained: 'x',
        strengths: 'x',
        planForWorkingTogether: 'x',
      }),
    );
    expect(errorFields(future)).toEqual(['handoffDate']);
    expect(future.message).toMatch(/ is in the future: the date cannot be after today \(/);
  });

  it('records a harm-reduction plan with options and non-negotiables', async () => {
    const cm = await app.callerAs('case_manager');
    const input = {
      personId: danaId,
      identifiedOn: TODAY,
      housingRisk: 'Eviction: yelling at night; neighbours and the landlord complained.',
      options: [
        {
          option: 'Focus on the behaviour and look for solutions',
          factorsFor: 'Tenant feels in control',
          landlordNonNegotiable: 'Must address the nuisance behaviour',
        },
        {
          option: 'Options to feel safer in the unit',
          factorsAgainst: 'Expensive',
          tenantNonNegotiable: 'Must not feel targeted',
        },
      ],
      chosenOption: 1,
      followUpDate: addDays(TODAY, 14),
    };
    expect(await codeOf(cm.staff.harmReduction.create({ ...input, chosenOption: 5 }))).toBe('BAD_REQUEST');
    await cm.staff.harmReduction.create(input);
    const [plan] = await cm.staff.harmReduction.list({ personId: danaId });
    expect(plan).toMatchObject({ chosenOption: 1, followUpDate: addDays(TODAY, 14) });
    expect(plan!.options[0]!.factorsAgainst).toBe('');
  });

  it('a referral is not a linkage: referred → connected → engaged, with check-ins', async () => {
    const cm = await app.callerAs('case_manager');
    const resources = await cm.staff.resources.list();
    expect(resources.length).toBeGreaterThanOrEqual(10);
    const legal = resources.find((r) => r.category === 'legal')!;
    const { id } = await cm.staff.linkages.create({
      personId: danaId,
      resourceId: legal.id,
      referredOn: TODAY,
      purpose: 'Court date',
      isWarmHandoff: true,
    });
    expect(await codeOf(cm.staff.linkages.move({ linkageId: id, status: 'engaged', date: TODAY }))).toBe(
      'CONFLICT',
    );
    await cm.staff.linkages.move({ linkageId: id, status: 'connected', date: TODAY });
    let list = await cm.staff.linkages.list({ personId: danaId });
    expect(list.summary).toMatchObject({ referrals: 1, working: 0 });
    await cm.staff.linkages.move({ linkageId: id, status: 'engaged', date: TODAY });
    await cm.staff.linkages.checkIn({
      linkageId: id,
      checkInDate: TODAY,
      isWorking: true,
      note: 'Met the lawyer; next meeting set',
    });
    list = await cm.staff.linkages.list({ personId: danaId });
    expect(list.summary).toMatchObject({ referrals: 1, working: 1 });
    expect(list.linkages[0]).toMatchObject({ connectedOn: TODAY, engagedOn: TODAY, isWarmHandoff: true });
    expect(list.linkages[0]!.checkIns).toHaveLength(1);
    const caseload = await cm.staff.assessments.caseload();
    expect(caseload.find((c) => c.personId === danaId)?.linkages).toMatchObject({ referrals: 1, working: 1 });
  });

  it('a "yes, it is working" check-in counts the referral as working, on the list and the caseload', async () => {
    const cm = await app.callerAs('case_manager');
    const medical = (await cm.staff.resources.list()).find((r) => r.category === 'medical')!;
    const before = (await cm.staff.linkages.list({ personId: danaId })).summary;
    const { id } = await cm.staff.linkages.create({
      personId: danaId,
      resourceId: medical.id,
      referredOn: TODAY,
      purpose: 'A doctor nearby',
      isWarmHandoff: false,
    });
    const caseloadOf = async () =>
      (await cm.staff.assessments.caseload()).find((c) => c.personId === danaId)?.linkages;
    expect(await caseloadOf()).toMatchObject({ referrals: before.referrals + 1, working: before.working });
    await cm.staff.linkages.checkIn({
      linkageId: id,
      checkInDate: TODAY,
      isWorking: true,
      note: 'Seen twice',
    });
    const after = (await cm.staff.linkages.list({ personId: danaId })).summary;
    expect(after).toMatchObject({ referrals: before.referrals + 1, working: before.working + 1 });
    expect(await caseloadOf()).toMatchObject({
      referrals: before.referrals + 1,
      working: before.working + 1,
    });
  });

  it('only a program admin keeps the resource directory', async () => {
    const cm = await app.callerAs('case_manager');
    const input = {
      name: 'Test Food Pantry',
      category: 'benefits_financial' as const,
      contact: '207-555-0000',
      provides: 'Food',
      hasMou: false,
    };
    expect(await codeOf(cm.staff.resources.create(input))).toBe('FORBIDDEN');
    const admin = await app.callerAs('program_admin');
    const { id } = await admin.staff.resources.create(input);
    const duplicate = await failure(admin.staff.resources.create(input));
    expect(duplicate.code).toBe('CONFLICT');
    expect(errorFields(duplicate)).toEqual(['name']);
    expect(duplicate.message).toBe('The directory already has “Test Food Pantry”.');
    await admin.staff.resources.update({ resourceId: id, isActive: false });
    expect((await cm.staff.resources.list()).map((r) => r.id)).not.toContain(id);
  });
});

describe('a database failure stays a 500', () => {
  it('is not turned into NOT_FOUND by a scope check', async () => {
    const cm = await app.callerAs('case_manager');
    const user = await app.userByEmail(DEMO_EMAILS.case_manager);
    const resourceId = (await cm.staff.resources.list())[0]!.id;
    const linkage = { personId: danaId, resourceId, referredOn: TODAY, purpose: 'x', isWarmHandoff: false };
    const { id: linkageId } = await cm.staff.linkages.create(linkage);
    const rollback = new Error('rollback');
    const outcome = await app.handle.db
      .transaction(async (tx) => {
        // The linkage is found; the scope check behind it then fails in the database.
        await tx.execute('alter table people rename to people_gone');
        const broken = createCaller(
          createInnerContext({ db: tx, user, now: () => new Date(`${TODAY}T15:00:00Z`) }),
        );
        const checkIn = { linkageId, checkInDate: TODAY, isWorking: true, note: 'x' };
        const error = await failure(broken.staff.linkages.checkIn(checkIn));
        expect(error.code).toBe('INTERNAL_SERVER_ERROR');
        throw rollback;
      })
      .catch((e: unknown) => e);
    expect(outcome).toBe(rollback);
    expect(await codeOf(cm.staff.plans.get({ personId: danaId }))).toBe('OK');
  });
});
