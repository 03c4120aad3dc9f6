import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isDomainError } from './errors';
import {
  allowedNextSteps,
  checkLeaseIssueDate,
  checkNextStep,
  isLeaseIssueVisibleToTenant,
  LEASE_ISSUE_STEP_KINDS,
  summarizeLeaseIssue,
  type LeaseIssueStepFacts,
  type StepLike,
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

describe('lease issue due process', () => {
  it('starts with logged, then the tenant must be notified before anything else', () => {
    expect(allowedNextSteps([]).map((s) => s.kind)).toEqual(['logged']);
    const logged: StepLike[] = [{ kind: 'logged', stepDate: ISSUE }];
    expect(allowedNextSteps(logged).map((s) => s.kind)).toEqual(['tenant_notified']);
    expect(allowedNextSteps(logged)[0]!.label).toBe('Tenant notified');
  });

  it('refuses a skipped step, naming kind', () => {
    const logged: StepLike[] = [{ kind: 'logged', stepDate: ISSUE }];
    expect(
      fieldOf(() =>
        checkNextStep({
          issueDate: ISSUE,
          steps: logged,
          next: { kind: 'violation_notice', stepDate: ISSUE, note: 'x' },
          today: TODAY,
        }),
      ),
    ).toBe('kind');
    expect(
      fieldOf(() =>
        checkNextStep({
          issueDate: ISSUE,
          steps: logged,
          next: { kind: 'resolved', stepDate: ISSUE, note: 'x' },
          today: TODAY,
        }),
      ),
    ).toBe('kind');
  });

  it('walks the whole path: notified, meeting, cure, resolved; then nothing more', () => {
    const steps: StepLike[] = [{ kind: 'logged', stepDate: ISSUE }];
    const path = [
      { kind: 'tenant_notified', stepDate: '2026-11-03' },
      { kind: 'meeting_offered', stepDate: '2026-11-04' },
      { kind: 'meeting_held', stepDate: '2026-11-06' },
      { kind: 'cure_agreed', stepDate: '2026-11-06', dueDate: '2026-11-20' },
      { kind: 'resolved', stepDate: '2026-11-21', note: 'Quiet since the meeting.' },
    ] as const;
    for (const next of path) {
      expect(checkNextStep({ issueDate: ISSUE, steps, next, today: TODAY })).toBeTruthy();
      steps.push({ kind: next.kind, stepDate: next.stepDate });
    }
    expect(allowedNextSteps(steps)).toEqual([]);
  });

  it('escalation goes through a written notice before legal process', () => {
    const steps: StepLike[] = [
      'logged',
      'tenant_notified',
      'meeting_offered',
      'meeting_held',
      'cure_agreed',
    ].map((kind) => ({ kind, stepDate: ISSUE }) as StepLike);
    expect(allowedNextSteps(steps).map((s) => s.kind)).not.toContain('legal_referral');
    steps.push({ kind: 'violation_notice', stepDate: ISSUE });
    expect(allowedNextSteps(steps).map((s) => s.kind)).toContain('legal_referral');
    expect(
      fieldOf(() =>
        checkNextStep({
          issueDate: ISSUE,
          steps,
          next: { kind: 'legal_referral', stepDate: ISSUE },
          today: TODAY,
        }),
      ),
    ).toBe('note');
  });

  it('a cure due date cannot be before the issue, and must be given', () => {
    const steps: StepLike[] = ['logged', 'tenant_notified', 'meeting_offered', 'meeting_held'].map(
      (kind) => ({ kind, stepDate: ISSUE }) as StepLike,
    );
    expect(
      fieldOf(() =>
        checkNextStep({
          issueDate: ISSUE,
          steps,
          next: { kind: 'cure_agreed', stepDate: ISSUE, dueDate: '2026-10-01' },
          today: TODAY,
        }),
      ),
    ).toBe('dueDate');
    expect(
      fieldOf(() =>
        checkNextStep({
          issueDate: ISSUE,
          steps,
          next: { kind: 'cure_agreed', stepDate: ISSUE },
          today: TODAY,
        }),
      ),
    ).toBe('dueDate');
  });

  it('step dates are not before the issue or the last step, nor in the future', () => {
    const steps: StepLike[] = [{ kind: 'logged', stepDate: '2026-11-05' }];
    expect(
      fieldOf(() =>
        checkNextStep({
          issueDate: ISSUE,
          steps,
          next: { kind: 'tenant_notified', stepDate: '2026-11-01' },
          today: TODAY,
        }),
      ),
    ).toBe('stepDate');
    expect(
      fieldOf(() =>
        checkNextStep({
          issueDate: ISSUE,
          steps,
          next: { kind: 'tenant_notified', stepDate: '2026-11-04' },
          today: TODAY,
        }),
      ),
    ).toBe('stepDate');
    expect(
      fieldOf(() =>
        checkNextStep({
          issueDate: ISSUE,
          steps,
          next: { kind: 'tenant_notified', stepDate: '2026-12-01' },
          today: TODAY,
        }),
      ),
    ).toBe('stepDate');
  });

  it('property: from any reachable state only listed steps are accepted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LEASE_ISSUE_STEP_KINDS), { maxLength: 8 }),
        fc.constantFrom(...LEASE_ISSUE_STEP_KINDS),
        (attempts, kind) => {
          const steps: StepLike[] = [];
          for (const k of attempts) {
            if (allowedNextSteps(steps).some((a) => a.kind === k)) steps.push({ kind: k, stepDate: ISSUE });
          }
          const allowed = allowedNextSteps(steps).some((a) => a.kind === kind);
          const field = fieldOf(() =>
            checkNextStep({
              issueDate: ISSUE,
              steps,
              next: { kind, stepDate: ISSUE, dueDate: kind === 'cure_agreed' ? ISSUE : undefined, note: 'n' },
              today: TODAY,
            }),
          );
          expect(field === 'kind').toBe(!allowed);
        },
      ),
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
      isOpen: true,
    });
    expect(summarizeLeaseIssue(walked.slice(0, 5))).toEqual({
      currentStep: 'cure_agreed',
      lastStepDate: '2026-11-05',
      cureDueDate: '2026-11-19',
      isOpen: true,
    });
    expect(summarizeLeaseIssue(walked)).toEqual({
      currentStep: 'resolved',
      lastStepDate: TODAY,
      cureDueDate: '2026-12-06',
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
          const options = allowedNextSteps(steps);
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
