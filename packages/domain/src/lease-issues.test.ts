import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isDomainError } from './errors';
import { addDays } from './dates';
import {
  checkLeaseIssueDate,
  checkNextStep,
  isLeaseIssueVisibleToTenant,
  LEASE_ISSUE_STEP_KINDS,
  LEASE_ISSUE_STEP_LABELS,
  LEASE_ISSUE_TYPES,
  nextStepOptions,
  summarizeLeaseIssue,
  type DueProcessFacts,
  type LeaseIssueStepFacts,
  type StepLike,
  type TLeaseIssueNoticeBasis,
} from './lease-issues';

const ISSUE = '2026-11-02';
const TODAY = '2026-11-23';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (isDomainError(e)) return e.field;
    throw e;
  }
  return undefined;
}

const POLICY = { seriousLeaseIssueTypes: ['safety'], violationNoticePeriodDays: 30 } as const;
const NOISE = { type: 'noise_nuisance', policy: POLICY } as const;

function kindsOf(
  steps: readonly LeaseIssueStepFacts[],
  today = TODAY,
  facts: Omit<DueProcessFacts, 'steps'> = NOISE,
) {
  return nextStepOptions({ ...facts, steps, today }).allowed.map((s) => s.kind);
}

function refusal(fn: () => unknown): { field: string | undefined; message: string } | undefined {
  try {
    fn();
  } catch (e) {
    if (isDomainError(e)) return { field: e.field, message: e.message };
    throw e;
  }
  return undefined;
}

const upToMeeting: LeaseIssueStepFacts[] = [
  { kind: 'logged', stepDate: ISSUE },
  { kind: 'tenant_notified', stepDate: ISSUE },
  { kind: 'meeting_offered', stepDate: ISSUE },
  { kind: 'meeting_held', stepDate: '2026-11-05' },
];
const withCure: LeaseIssueStepFacts[] = [
  ...upToMeeting,
  { kind: 'cure_agreed', stepDate: '2026-11-05', dueDate: '2026-11-19' },
];

describe('lease issue due process', () => {
  it('starts with logged, then the tenant must be notified before anything else', () => {
    expect(kindsOf([])).toEqual(['logged']);
    const logged: StepLike[] = [{ kind: 'logged', stepDate: ISSUE }];
    expect(kindsOf(logged)).toEqual(['tenant_notified']);
    expect(nextStepOptions({ ...NOISE, steps: logged, today: TODAY }).allowed[0]!.label).toBe(
      'Tenant notified',
    );
  });

  it('refuses a skipped step, naming kind', () => {
    const logged: StepLike[] = [{ kind: 'logged', stepDate: ISSUE }];
    for (const kind of ['violation_notice', 'resolved'] as const) {
      expect(
        fieldOf(() =>
          checkNextStep({
            ...NOISE,
            issueDate: ISSUE,
            steps: logged,
            next: { kind, stepDate: ISSUE, note: 'x' },
            today: TODAY,
          }),
        ),
      ).toBe('kind');
    }
  });

  it('walks the whole path: notified, meeting, cure, resolved; then nothing more', () => {
    const steps: LeaseIssueStepFacts[] = [{ kind: 'logged', stepDate: ISSUE }];
    const path = [
      { kind: 'tenant_notified', stepDate: '2026-11-03' },
      { kind: 'meeting_offered', stepDate: '2026-11-04' },
      { kind: 'meeting_held', stepDate: '2026-11-06' },
      { kind: 'cure_agreed', stepDate: '2026-11-06', dueDate: '2026-11-20' },
      { kind: 'resolved', stepDate: '2026-11-21', note: 'Quiet since the meeting.' },
    ] as const;
    for (const next of path) {
      expect(checkNextStep({ ...NOISE, issueDate: ISSUE, steps, next, today: TODAY })).toEqual({
        label: LEASE_ISSUE_STEP_LABELS[next.kind],
        basis: null,
      });
      steps.push(next);
    }
    expect(nextStepOptions({ ...NOISE, steps, today: TODAY })).toEqual({ allowed: [], later: [] });
  });

  it('no notice before a cure is agreed, unless the program treats the kind of issue as serious', () => {
    expect(kindsOf(upToMeeting)).not.toContain('violation_notice');
    const { later } = nextStepOptions({ ...NOISE, steps: upToMeeting, today: TODAY });
    expect(later).toEqual([
      {
        kind: 'violation_notice',
        label: 'Written lease-violation notice',
        possibleAfter: null,
        reason:
          'A written lease-violation notice comes only after a cure agreed with the tenant has passed its due date unmet, or for a kind of issue the program treats as serious (Safety). Meet with the tenant and agree a cure, with a due date, first.',
      },
    ]);
    const next = { kind: 'violation_notice', stepDate: TODAY, note: 'Notice given.' } as const;
    expect(
      refusal(() => checkNextStep({ ...NOISE, issueDate: ISSUE, steps: upToMeeting, next, today: TODAY })),
    ).toEqual({
      field: 'kind',
      message: later[0]!.reason,
    });
    // Safety is serious by default: the notice is allowed, and says why.
    const safety = { type: 'safety', policy: POLICY } as const;
    expect(kindsOf(upToMeeting, TODAY, safety)).toContain('violation_notice');
    expect(checkNextStep({ ...safety, issueDate: ISSUE, steps: upToMeeting, next, today: TODAY }).basis).toBe(
      'serious_issue',
    );
    // A program may mark other kinds as serious, or none.
    expect(
      kindsOf(upToMeeting, TODAY, {
        type: 'noise_nuisance',
        policy: { ...POLICY, seriousLeaseIssueTypes: ['noise_nuisance'] },
      }),
    ).toContain('violation_notice');
    const none = { type: 'safety', policy: { ...POLICY, seriousLeaseIssueTypes: [] } } as const;
    expect(kindsOf(upToMeeting, TODAY, none)).not.toContain('violation_notice');
    expect(nextStepOptions({ ...none, steps: upToMeeting, today: TODAY }).later[0]!.reason).not.toContain(
      'serious',
    );
  });

  it('a notice only once the agreed cure date has passed unmet: refused until then, naming the date', () => {
    const dueDay = '2026-11-19';
    const next = { kind: 'violation_notice', stepDate: dueDay, note: 'Still loud.' } as const;
    const onDueDay = refusal(() =>
      checkNextStep({ ...NOISE, issueDate: ISSUE, steps: withCure, next, today: dueDay }),
    );
    expect(onDueDay).toEqual({
      field: 'kind',
      message:
        'A written lease-violation notice comes only once the agreed cure has not been met by its due date: after November 19, 2026.',
    });
    expect(nextStepOptions({ ...NOISE, steps: withCure, today: dueDay }).later).toEqual([
      expect.objectContaining({ kind: 'violation_notice', possibleAfter: dueDay }),
    ]);
    // The day after, it is allowed; but not dated on or before the due date.
    expect(kindsOf(withCure, '2026-11-20')).toContain('violation_notice');
    expect(
      refusal(() =>
        checkNextStep({ ...NOISE, issueDate: ISSUE, steps: withCure, next, today: '2026-11-20' }),
      ),
    ).toEqual({
      field: 'stepDate',
      message: 'The notice must be dated after the agreed cure’s due date (November 19, 2026).',
    });
    expect(
      checkNextStep({
        ...NOISE,
        issueDate: ISSUE,
        steps: withCure,
        next: { ...next, stepDate: '2026-11-20' },
        today: '2026-11-20',
      }),
    ).toEqual({ label: 'Written lease-violation notice', basis: 'cure_unmet' });
  });

  it('a cure a notice has already answered does not support another notice', () => {
    const steps: LeaseIssueStepFacts[] = [
      ...withCure,
      { kind: 'violation_notice', stepDate: '2026-11-20' },
      { kind: 'meeting_offered', stepDate: '2026-11-21' },
    ];
    expect(kindsOf(steps)).toEqual(['meeting_held', 'meeting_offered']);
  });

  it('a legal referral only after a notice and its notice period (a setting), naming when', () => {
    const steps: LeaseIssueStepFacts[] = [...withCure, { kind: 'violation_notice', stepDate: '2026-11-20' }];
    const next = { kind: 'legal_referral', stepDate: '2026-12-20', note: 'Referred.' } as const;
    expect(kindsOf(steps, '2026-12-20')).toEqual(['meeting_offered', 'resolved']);
    expect(
      refusal(() => checkNextStep({ ...NOISE, issueDate: ISSUE, steps, next, today: '2026-12-20' })),
    ).toEqual({
      field: 'kind',
      message:
        'A referral to the legal process comes only once the written notice’s 30-day notice period has passed: after December 20, 2026.',
    });
    expect(kindsOf(steps, '2026-12-21')).toContain('legal_referral');
    expect(
      refusal(() => checkNextStep({ ...NOISE, issueDate: ISSUE, steps, next, today: '2026-12-21' }))?.field,
    ).toBe('stepDate');
    expect(
      fieldOf(() =>
        checkNextStep({
          ...NOISE,
          issueDate: ISSUE,
          steps,
          next: { kind: 'legal_referral', stepDate: '2026-12-21' },
          today: '2026-12-21',
        }),
      ),
    ).toBe('note');
    const shorter = { ...NOISE, policy: { ...POLICY, violationNoticePeriodDays: 10 } };
    expect(kindsOf(steps, '2026-12-01', shorter)).toContain('legal_referral');
    expect(kindsOf(steps, '2026-11-30', shorter)).not.toContain('legal_referral');
  });

  it('a cure due date cannot be before the issue, and must be given', () => {
    for (const dueDate of ['2026-10-01', undefined]) {
      expect(
        fieldOf(() =>
          checkNextStep({
            ...NOISE,
            issueDate: ISSUE,
            steps: upToMeeting,
            next: { kind: 'cure_agreed', stepDate: '2026-11-05', dueDate },
            today: TODAY,
          }),
        ),
      ).toBe('dueDate');
    }
  });

  it('step dates are not before the issue or the last step, nor in the future', () => {
    const steps: StepLike[] = [{ kind: 'logged', stepDate: '2026-11-05' }];
    for (const stepDate of ['2026-11-01', '2026-11-04', '2026-12-01']) {
      expect(
        fieldOf(() =>
          checkNextStep({
            ...NOISE,
            issueDate: ISSUE,
            steps,
            next: { kind: 'tenant_notified', stepDate },
            today: TODAY,
          }),
        ),
      ).toBe('stepDate');
    }
  });
});

/**
 * Random step sequences: each attempt is either any kind at all, or one of the kinds that come next
 * in the order (offered today or later, so the preconditions are tried), a number of days after the
 * last attempt, a cure length and whether it has a note. Whatever the check accepts is kept.
 */
const attempt = fc.record({
  wild: fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 4, arbitrary: fc.constant(false) }),
  kind: fc.constantFrom(...LEASE_ISSUE_STEP_KINDS),
  choice: fc.nat(),
  gap: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 45 })),
  cureDays: fc.integer({ min: 0, max: 14 }),
  note: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
});
const sequence = fc.record({
  type: fc.constantFrom(...LEASE_ISSUE_TYPES),
  serious: fc.subarray([...LEASE_ISSUE_TYPES]),
  noticeDays: fc.integer({ min: 1, max: 60 }),
  attempts: fc.array(attempt, { minLength: 5, maxLength: 40 }),
});

/** Replays a sequence through the domain's check: the steps it accepted (with basis) and what it refused. */
function replay({
  type,
  serious,
  noticeDays,
  attempts,
}: typeof sequence extends fc.Arbitrary<infer T> ? T : never) {
  const facts = { type, policy: { seriousLeaseIssueTypes: serious, violationNoticePeriodDays: noticeDays } };
  const steps: (LeaseIssueStepFacts & { basis: TLeaseIssueNoticeBasis | null; allowedToday: boolean })[] = [];
  const refused: { kind: string; field: string | undefined; allowedToday: boolean; today: string }[] = [];
  let today = ISSUE;
  for (const a of attempts) {
    today = addDays(today, a.gap);
    const options = nextStepOptions({ ...facts, steps, today });
    const inOrder = [...options.allowed, ...options.later].map((s) => s.kind);
    const kind = a.wild || inOrder.length === 0 ? a.kind : inOrder[a.choice % inOrder.length]!;
    const next = {
      kind,
      stepDate: today,
      dueDate: kind === 'cure_agreed' ? addDays(today, a.cureDays) : undefined,
      note: a.note ? 'What happened.' : undefined,
    };
    const allowedToday = options.allowed.some((s) => s.kind === kind);
    try {
      const { basis } = checkNextStep({ ...facts, issueDate: ISSUE, steps, next, today });
      steps.push({ ...next, basis, allowedToday });
    } catch (e) {
      if (!isDomainError(e)) throw e;
      refused.push({ kind, field: e.field, allowedToday, today });
    }
  }
  return { facts, steps, refused };
}

describe('property: no sequence of steps skips due process', () => {
  it('a legal referral always follows a notice whose notice period had passed', () => {
    let referred = 0;
    let refusedReferral = 0;
    fc.assert(
      fc.property(sequence, (seq) => {
        const { facts, steps, refused } = replay(seq);
        refusedReferral += refused.filter((r) => r.kind === 'legal_referral').length;
        steps.forEach((step, i) => {
          if (step.kind !== 'legal_referral') return;
          referred++;
          const notice = steps.slice(0, i).findLast((s) => s.kind === 'violation_notice');
          expect(notice).toBeDefined();
          expect(step.stepDate > addDays(notice!.stepDate, facts.policy.violationNoticePeriodDays)).toBe(
            true,
          );
        });
      }),
      { numRuns: 300 },
    );
    // The sequences reach both outcomes often enough for the property to bite.
    expect(referred).toBeGreaterThan(10);
    expect(refusedReferral).toBeGreaterThan(10);
  });

  it('a notice always follows an agreed cure whose date had passed unmet, or is for a serious kind of issue, and records which', () => {
    const bases = new Map<string, number>();
    fc.assert(
      fc.property(sequence, (seq) => {
        const { facts, steps } = replay(seq);
        steps.forEach((step, i) => {
          if (step.kind !== 'violation_notice') {
            expect(step.basis).toBeNull();
            return;
          }
          bases.set(step.basis!, (bases.get(step.basis!) ?? 0) + 1);
          const before = steps.slice(0, i);
          const lastNotice = before.findLastIndex((s) => s.kind === 'violation_notice');
          const cure = before.slice(lastNotice + 1).findLast((s) => s.kind === 'cure_agreed');
          const cureUnmet = !!cure && step.stepDate > cure.dueDate!;
          expect(cureUnmet || facts.policy.seriousLeaseIssueTypes.includes(facts.type)).toBe(true);
          expect(step.basis).toBe(cureUnmet ? 'cure_unmet' : 'serious_issue');
          // And the tenant was told and offered a meeting first.
          expect(before.some((s) => s.kind === 'tenant_notified')).toBe(true);
          expect(before.some((s) => s.kind === 'meeting_offered')).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
    expect(bases.get('cure_unmet')).toBeGreaterThan(10);
    expect(bases.get('serious_issue')).toBeGreaterThan(10);
  });

  it('what the portal offers today is what the check accepts today: a step not offered is refused naming kind', () => {
    fc.assert(
      fc.property(sequence, (seq) => {
        const { steps, refused } = replay(seq);
        for (const s of steps) expect(s.allowedToday).toBe(true);
        for (const r of refused) {
          if (!r.allowedToday) expect(r.field).toBe('kind');
          else expect(r.field).not.toBe('kind');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('nothing follows a resolved issue', () => {
    fc.assert(
      fc.property(sequence, (seq) => {
        const { steps } = replay(seq);
        const resolved = steps.findIndex((s) => s.kind === 'resolved');
        expect(resolved === -1 || resolved === steps.length - 1).toBe(true);
      }),
    );
  });
});

describe('what each list shows of an issue', () => {
  const walked: LeaseIssueStepFacts[] = [
    { kind: 'logged', stepDate: ISSUE },
    { kind: 'tenant_notified', stepDate: '2026-11-03' },
    { kind: 'meeting_offered', stepDate: '2026-11-03' },
    { kind: 'meeting_held', stepDate: '2026-11-05' },
    { kind: 'cure_agreed', stepDate: '2026-11-05', dueDate: '2026-11-19' },
    { kind: 'violation_notice', stepDate: '2026-11-20' },
    { kind: 'meeting_offered', stepDate: '2026-11-21' },
    { kind: 'meeting_held', stepDate: '2026-11-22' },
    { kind: 'cure_agreed', stepDate: '2026-11-22', dueDate: '2026-12-06' },
    { kind: 'resolved', stepDate: TODAY },
  ];

  it('summarises the current step, its date, the latest cure due date and whether it is open', () => {
    expect(summarizeLeaseIssue([])).toEqual({
      currentStep: null,
      lastStepDate: null,
      cureDueDate: null,
      currentCureDueDate: null,
      isOpen: true,
    });
    expect(summarizeLeaseIssue(walked.slice(0, 5))).toEqual({
      currentStep: 'cure_agreed',
      lastStepDate: '2026-11-05',
      cureDueDate: '2026-11-19',
      currentCureDueDate: '2026-11-19',
      isOpen: true,
    });
    // Once a notice follows, the cure is history: it is not what the tenant is to do now.
    expect(summarizeLeaseIssue(walked.slice(0, 6))).toMatchObject({
      currentStep: 'violation_notice',
      cureDueDate: '2026-11-19',
      currentCureDueDate: null,
    });
    expect(summarizeLeaseIssue(walked)).toEqual({
      currentStep: 'resolved',
      lastStepDate: TODAY,
      cureDueDate: '2026-12-06',
      currentCureDueDate: null,
      isOpen: false,
    });
  });

  it('the tenant sees an issue only once told about it', () => {
    expect(isLeaseIssueVisibleToTenant([])).toBe(false);
    expect(isLeaseIssueVisibleToTenant(walked.slice(0, 1))).toBe(false);
    expect(isLeaseIssueVisibleToTenant(walked.slice(0, 2))).toBe(true);
    expect(isLeaseIssueVisibleToTenant(walked)).toBe(true);
  });

  it('property: along any path the process allows, the tenant sees it from the second step on', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 12 }), (choices) => {
        const steps: StepLike[] = [];
        for (const c of choices) {
          const options = nextStepOptions({ ...NOISE, steps, today: TODAY }).allowed;
          if (options.length === 0) break;
          steps.push({ kind: options[c % options.length]!.kind, stepDate: ISSUE });
        }
        expect(isLeaseIssueVisibleToTenant(steps)).toBe(steps.length >= 2);
        expect(summarizeLeaseIssue(steps).isOpen).toBe(steps.at(-1)?.kind !== 'resolved');
      }),
    );
  });

  it('a new issue cannot be dated after today', () => {
    expect(() => checkLeaseIssueDate({ occurredOn: TODAY, today: TODAY })).not.toThrow();
    let field: string | undefined;
    try {
      checkLeaseIssueDate({ occurredOn: '2026-11-24', today: TODAY });
    } catch (e) {
      if (isDomainError(e)) field = e.field;
    }
    expect(field).toBe('occurredOn');
  });
});
