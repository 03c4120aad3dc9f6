import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acuityTier,
  assertNewActiveGoal,
  assessmentDue,
  checkLinkageTransition,
  checkNewActiveGoal,
  LINKAGE_STATUSES,
  linkageSummary,
  MAX_ACTIVE_GOALS,
  missingDomains,
  nextStep,
  planPhase,
  scoreChanges,
  validateInterimUpdate,
  type LinkageStatus,
} from './care';
import { DomainError } from './errors';

const TIERS = [
  { name: 'Low', minTotal: 10, maxTotal: 19, intensity: 'monthly' },
  { name: 'Moderate', minTotal: 20, maxTotal: 29, intensity: 'every two weeks' },
  { name: 'High', minTotal: 30, maxTotal: 39, intensity: 'weekly' },
  { name: 'Intensive', minTotal: 40, maxTotal: 50, intensity: 'several a week' },
];

describe('service plan: at most 3 active goals', () => {
  it('allows the 1st to 3rd and refuses the 4th with a reason', () => {
    expect(checkNewActiveGoal(0).allowed).toBe(true);
    expect(checkNewActiveGoal(2)).toMatchObject({
      allowed: true,
      reasons: ['Goal 3 of at most 3; 0 more can be added.'],
    });
    const refused = checkNewActiveGoal(3);
    expect(refused.allowed).toBe(false);
    expect(refused.reasons[0]).toContain('no more than 3');
    expect(() => assertNewActiveGoal(3)).toThrow(DomainError);
  });

  it('property: allowed exactly when fewer than MAX_ACTIVE_GOALS are active', () => {
    fc.assert(fc.property(fc.nat(50), (n) => checkNewActiveGoal(n).allowed === n < MAX_ACTIVE_GOALS));
  });

  it('the next step is the first one not done, earliest due date first', () => {
    const steps = [
      { description: 'a', owner: 'tenant' as const, isDone: true, dueDate: '2026-01-01' },
      { description: 'b', owner: 'tenant' as const, isDone: false },
      { description: 'c', owner: 'partner' as const, isDone: false, dueDate: '2026-02-01' },
    ];
    expect(nextStep(steps)?.description).toBe('c');
    expect(nextStep(steps.map((s) => ({ ...s, isDone: true })))).toBeNull();
  });
});

describe('plan phase (CTI) from the move-in date', () => {
  it('gives the phase, its intensity and a review at the end of each phase', () => {
    const p = planPhase({ moveInDate: '2026-01-31', today: '2026-05-15' })!;
    expect(p.phase).toBe('phase_2_try_out');
    expect(p.intensity).toMatch(/strengthen/);
    expect(p.reviews.map((r) => r.reviewDate)).toEqual(['2026-04-30', '2026-07-31', '2026-10-31']);
    expect(p.nextReviewDate).toBe('2026-07-31');
    expect(planPhase({ moveInDate: null, today: '2026-05-15' })).toBeNull();
  });
});

describe('acuity: tiers are program data', () => {
  it('maps the total to the tier of the program’s table', () => {
    const scores = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`d${i}`, { score: 3 }]));
    expect(acuityTier(scores, TIERS)).toMatchObject({ total: 30, scored: 10, tier: { name: 'High' } });
    expect(acuityTier({}, TIERS).tier).toBeNull();
  });

  it('property: every total of 10 domains scored 1–5 falls in exactly one default tier', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 10, maxLength: 10 }), (values) => {
        const scores = Object.fromEntries(values.map((v, i) => [`d${i}`, { score: v }]));
        const { total, tier } = acuityTier(scores, TIERS);
        return tier !== null && total >= tier.minTotal && total <= tier.maxTotal;
      }),
    );
  });

  it('names the domains still to score', () => {
    expect(
      missingDomains({ a: { score: 2 }, b: { score: null } }, [
        { key: 'a', name: 'A' },
        { key: 'b', name: 'B' },
        { key: 'c', name: 'C' },
      ]),
    ).toEqual(['B', 'C']);
  });

  it('reports what changed between versions', () => {
    expect(
      scoreChanges(
        { a: { score: 2 }, b: { score: 3 } },
        { a: { score: 2 }, b: { score: 4 }, c: { score: 1 } },
      ),
    ).toEqual([
      { domainKey: 'b', from: 3, to: 4 },
      { domainKey: 'c', from: null, to: 1 },
    ]);
  });
});

describe('interim updates', () => {
  const base = {
    updateDate: '2026-11-20',
    domainKey: 'legal',
    newScore: 4,
    reason: 'New court date',
    today: '2026-11-23',
    domainKeys: ['legal', 'housing_stability'],
    lastCompletedOn: '2026-10-01',
    currentScore: 2,
  };
  it('accepts a dated change with a reason', () => {
    expect(validateInterimUpdate(base).reasons).toEqual(['Score 2 → 4 on 2026-11-20.']);
  });
  it.each([
    [{ domainKey: 'astrology' }, 'domainKey'],
    [{ newScore: 6 }, 'newScore'],
    [{ updateDate: '2026-12-01' }, 'updateDate'],
    [{ updateDate: '2026-09-01' }, 'updateDate'],
    [{ reason: ' ' }, 'reason'],
    [{ newScore: 2 }, 'newScore'],
  ])('refuses %o naming %s', (patch, field) => {
    try {
      validateInterimUpdate({ ...base, ...patch });
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).field).toBe(field);
    }
  });
  it('needs a completed assessment first', () => {
    expect(() => validateInterimUpdate({ ...base, lastCompletedOn: null })).toThrow(
      /Complete a full assessment first/,
    );
  });
});

describe('assessment due: at least annually', () => {
  it('before the first one: from the project start', () => {
    expect(
      assessmentDue({ projectStartDate: '2026-01-15', completedOn: [], today: '2026-03-01' }),
    ).toMatchObject({
      kind: 'initial',
      windowStart: '2026-01-15',
      windowEnd: '2027-02-14',
      isOverdue: false,
    });
  });
  it('then the HMIS window around each anniversary', () => {
    expect(
      assessmentDue({ projectStartDate: '2026-01-15', completedOn: ['2026-02-01'], today: '2026-11-01' }),
    ).toMatchObject({
      kind: 'annual',
      anniversaryDate: '2027-01-15',
      windowStart: '2026-12-16',
      windowEnd: '2027-02-14',
    });
    const met = assessmentDue({
      projectStartDate: '2026-01-15',
      completedOn: ['2026-02-01', '2027-01-10'],
      today: '2027-01-20',
    });
    expect(met?.anniversaryDate).toBe('2028-01-15');
    expect(
      assessmentDue({ projectStartDate: '2026-01-15', completedOn: ['2026-02-01'], today: '2027-03-01' })
        ?.isOverdue,
    ).toBe(true);
    expect(assessmentDue({ projectStartDate: null, completedOn: [], today: '2027-03-01' })).toBeNull();
  });
});

describe('linkages: a referral is not a linkage', () => {
  it('moves one step at a time, and may end at any point', () => {
    expect(checkLinkageTransition('referred', 'connected').allowed).toBe(true);
    expect(checkLinkageTransition('referred', 'engaged').allowed).toBe(false);
    expect(checkLinkageTransition('connected', 'ended').allowed).toBe(true);
    expect(checkLinkageTransition('ended', 'referred').reasons[0]).toMatch(/ended/);
  });

  it('property: no path returns to an earlier status', () => {
    const order = (s: LinkageStatus) => LINKAGE_STATUSES.indexOf(s);
    fc.assert(
      fc.property(fc.constantFrom(...LINKAGE_STATUSES), fc.constantFrom(...LINKAGE_STATUSES), (from, to) =>
        checkLinkageTransition(from, to).allowed ? order(to) > order(from) : true,
      ),
    );
  });

  it('counts referrals that became working linkages', () => {
    expect(
      linkageSummary([
        { status: 'engaged', engagedOn: '2026-01-01' },
        { status: 'ended', engagedOn: '2026-01-01' },
        { status: 'referred', engagedOn: null },
      ]),
    ).toMatchObject({ referrals: 3, working: 2 });
  });
});
