import { addDays, compareDates, longDate, type IsoDate } from './dates';
import { badInput } from './errors';

/**
 * Lease issues as a due process (CT PSH training: "Tenants must have a process to address any
 * lease issues, termination must be a process and assistance offered"). Each issue is a list of
 * dated steps; the next step is chosen by a person, never taken automatically, and no step is
 * skipped silently: only the steps allowed after the current one may be recorded. Two steps have
 * preconditions of their own ("agrees a cure before any notice"): a written lease-violation notice
 * only once an agreed cure has passed its due date unmet, or for a kind of issue the program treats
 * as serious (the basis is recorded); a referral to the legal process only after a notice and its
 * notice period (a program setting).
 */
export const LEASE_ISSUE_TYPES = [
  'non_payment',
  'noise_nuisance',
  'damage',
  'unauthorized_occupant',
  'safety',
  'housekeeping',
  'other',
] as const;
export type TLeaseIssueType = (typeof LEASE_ISSUE_TYPES)[number];

export const LEASE_ISSUE_TYPE_LABELS: Record<TLeaseIssueType, string> = {
  non_payment: 'Rent not paid',
  noise_nuisance: 'Noise or nuisance',
  damage: 'Damage to the unit',
  unauthorized_occupant: 'Someone living there who is not on the lease',
  safety: 'Safety',
  housekeeping: 'Housekeeping',
  other: 'Other',
};

export const LEASE_ISSUE_STEP_KINDS = [
  'logged',
  'tenant_notified',
  'meeting_offered',
  'meeting_held',
  'cure_agreed',
  'resolved',
  'violation_notice',
  'legal_referral',
] as const;
export type TLeaseIssueStepKind = (typeof LEASE_ISSUE_STEP_KINDS)[number];

/** Labels for staff and property (the tenant portal words them for the tenant). */
export const LEASE_ISSUE_STEP_LABELS: Record<TLeaseIssueStepKind, string> = {
  logged: 'Issue logged',
  tenant_notified: 'Tenant notified',
  meeting_offered: 'Meeting offered',
  meeting_held: 'Meeting held',
  cure_agreed: 'Agreed cure, with a due date',
  resolved: 'Resolved',
  violation_notice: 'Written lease-violation notice',
  legal_referral: 'Referred to legal process',
};

/** Plain words for the tenant (reading age about 12). */
export const LEASE_ISSUE_STEP_TENANT_LABELS: Record<TLeaseIssueStepKind, string> = {
  logged: 'The property manager wrote down a problem',
  tenant_notified: 'You were told about it',
  meeting_offered: 'You were offered a meeting',
  meeting_held: 'You met to talk about it',
  cure_agreed: 'You agreed on a fix and a date',
  resolved: 'Solved and closed',
  violation_notice: 'You got a written lease-violation notice',
  legal_referral: 'Sent to the legal process',
};

const NEXT: Record<TLeaseIssueStepKind | 'none', readonly TLeaseIssueStepKind[]> = {
  none: ['logged'],
  logged: ['tenant_notified'],
  tenant_notified: ['meeting_offered'],
  // A meeting may be offered again (another time), or the tenant may not come.
  meeting_offered: ['meeting_held', 'meeting_offered', 'violation_notice'],
  meeting_held: ['cure_agreed', 'resolved', 'violation_notice'],
  cure_agreed: ['resolved', 'violation_notice', 'meeting_offered'],
  violation_notice: ['meeting_offered', 'resolved', 'legal_referral'],
  legal_referral: ['resolved'],
  resolved: [],
};

/** Steps that must say why in writing. */
const NOTE_REQUIRED: readonly TLeaseIssueStepKind[] = ['violation_notice', 'legal_referral', 'resolved'];

/**
 * Why a written lease-violation notice was allowed, recorded on the notice: the agreed cure's due
 * date passed without the cure, or the kind of issue is one the program's policy treats as serious.
 */
export const LEASE_ISSUE_NOTICE_BASES = ['cure_unmet', 'serious_issue'] as const;
export type TLeaseIssueNoticeBasis = (typeof LEASE_ISSUE_NOTICE_BASES)[number];

export const LEASE_ISSUE_NOTICE_BASIS_LABELS: Record<TLeaseIssueNoticeBasis, string> = {
  cure_unmet: 'The agreed cure was not met by its due date',
  serious_issue: 'A kind of issue the program treats as serious',
};

export interface StepLike {
  kind: TLeaseIssueStepKind;
  stepDate: IsoDate;
}

export interface LeaseIssueStepFacts extends StepLike {
  dueDate?: IsoDate | null;
}

/** The program settings the process depends on (RULES.md §8; see `ZProgramPolicy`). */
export interface DueProcessPolicy {
  /** Kinds of issue that may go to a written notice without an unmet cure first. */
  seriousLeaseIssueTypes: readonly TLeaseIssueType[];
  /** Days a written notice gives the tenant before a referral to the legal process. */
  violationNoticePeriodDays: number;
}

/** An issue as the process sees it: its kind, its steps in order, the program's settings. */
export interface DueProcessFacts {
  type: TLeaseIssueType;
  steps: readonly LeaseIssueStepFacts[];
  policy: DueProcessPolicy;
}

export interface AllowedStep {
  kind: TLeaseIssueStepKind;
  label: string;
  needsDueDate: boolean;
  needsNote: boolean;
  /** The step's date must be after this date (an agreed cure's due date, a notice period's end). */
  datedAfter: IsoDate | null;
  /** For a written notice: why the process allows it. */
  basis: TLeaseIssueNoticeBasis | null;
}

/** A step that comes next in the process but is not possible yet, and what must happen first. */
export interface LaterStep {
  kind: TLeaseIssueStepKind;
  label: string;
  /** The first day it becomes possible, when only time stands in the way; null when a step must come first. */
  possibleAfter: IsoDate | null;
  reason: string;
}

export interface NextStepOptions {
  allowed: AllowedStep[];
  later: LaterStep[];
}

/** The current step: the last one recorded (steps are append-only, in order). */
export function currentStep(steps: readonly StepLike[]): TLeaseIssueStepKind | null {
  return steps.length ? steps[steps.length - 1]!.kind : null;
}

export function isIssueOpen(steps: readonly StepLike[]): boolean {
  return currentStep(steps) !== 'resolved';
}

function lastIndexOf(steps: readonly StepLike[], kind: TLeaseIssueStepKind): number {
  return steps.findLastIndex((s) => s.kind === kind);
}

function seriousTypesText(policy: DueProcessPolicy): string {
  return policy.seriousLeaseIssueTypes.length
    ? `, or for a kind of issue the program treats as serious (${policy.seriousLeaseIssueTypes.map((t) => LEASE_ISSUE_TYPE_LABELS[t]).join(', ')})`
    : '';
}

/**
 * The precondition of a step beyond its place in the order: what it needs before it, and from
 * when. `stepDate` is the date the step would carry.
 */
type Precondition =
  | { ok: true; datedAfter: IsoDate | null; basis: TLeaseIssueNoticeBasis | null }
  | { ok: false; datedAfter: IsoDate | null; reason: string; dateReason?: string };

function precondition(facts: DueProcessFacts, kind: TLeaseIssueStepKind, stepDate: IsoDate): Precondition {
  const { steps, policy } = facts;
  if (kind === 'violation_notice') {
    // Only a cure agreed since the last notice counts: a notice already answered an older one.
    const cureAt = lastIndexOf(steps, 'cure_agreed');
    const cure = cureAt > lastIndexOf(steps, 'violation_notice') ? steps[cureAt] : undefined;
    const cureDue = cure?.dueDate ?? null;
    if (cureDue && compareDates(stepDate, cureDue) > 0) {
      return { ok: true, datedAfter: cureDue, basis: 'cure_unmet' };
    }
    if (policy.seriousLeaseIssueTypes.includes(facts.type)) {
      return { ok: true, datedAfter: null, basis: 'serious_issue' };
    }
    if (cureDue) {
      return {
        ok: false,
        datedAfter: cureDue,
        reason: `A written lease-violation notice comes only once the agreed cure has not been met by its due date: after ${longDate(cureDue)}.`,
        dateReason: `The notice must be dated after the agreed cure’s due date (${longDate(cureDue)}).`,
      };
    }
    return {
      ok: false,
      datedAfter: null,
      reason: `A written lease-violation notice comes only after a cure agreed with the tenant has passed its due date unmet${seriousTypesText(policy)}. Meet with the tenant and agree a cure, with a due date, first.`,
    };
  }
  if (kind === 'legal_referral') {
    const notice = steps[lastIndexOf(steps, 'violation_notice')];
    if (!notice) {
      return {
        ok: false,
        datedAfter: null,
        reason: 'A referral to the legal process comes only after a written lease-violation notice.',
      };
    }
    const days = policy.violationNoticePeriodDays;
    const periodEnds = addDays(notice.stepDate, days);
    if (compareDates(stepDate, periodEnds) > 0) return { ok: true, datedAfter: periodEnds, basis: null };
    return {
      ok: false,
      datedAfter: periodEnds,
      reason: `A referral to the legal process comes only once the written notice’s ${days}-day notice period has passed: after ${longDate(periodEnds)}.`,
      dateReason: `The referral must be dated after the notice period ends (${longDate(periodEnds)}).`,
    };
  }
  return { ok: true, datedAfter: null, basis: null };
}

function describe(kind: TLeaseIssueStepKind) {
  return {
    kind,
    label: LEASE_ISSUE_STEP_LABELS[kind],
    needsDueDate: kind === 'cure_agreed',
    needsNote: NOTE_REQUIRED.includes(kind),
  };
}

/**
 * The steps a person may record today, and the steps that come next in the order but are not
 * possible yet (with what must happen first and from when). Both empty once resolved.
 */
export function nextStepOptions(facts: DueProcessFacts & { today: IsoDate }): NextStepOptions {
  const allowed: AllowedStep[] = [];
  const later: LaterStep[] = [];
  for (const kind of NEXT[currentStep(facts.steps) ?? 'none']) {
    const pre = precondition(facts, kind, facts.today);
    if (pre.ok) allowed.push({ ...describe(kind), datedAfter: pre.datedAfter, basis: pre.basis });
    else
      later.push({
        kind,
        label: LEASE_ISSUE_STEP_LABELS[kind],
        possibleAfter: pre.datedAfter,
        reason: pre.reason,
      });
  }
  return { allowed, later };
}

export interface NextStepCheck extends DueProcessFacts {
  issueDate: IsoDate;
  next: {
    kind: TLeaseIssueStepKind;
    stepDate: IsoDate;
    dueDate?: IsoDate | null | undefined;
    note?: string | null | undefined;
  };
  today: IsoDate;
}

export interface CheckedStep {
  label: string;
  /** For a written notice, why the process allows it (recorded with the step); otherwise null. */
  basis: TLeaseIssueNoticeBasis | null;
}

/**
 * Checks a proposed step against the process; throws DomainError INVALID_INPUT naming the field
 * and saying what must happen first, and when it may.
 */
export function checkNextStep(check: NextStepCheck): CheckedStep {
  const { issueDate, steps, next, today } = check;
  const current = currentStep(steps);
  const { allowed, later } = nextStepOptions({ ...check, today });
  const inOrder = NEXT[current ?? 'none'].includes(next.kind);
  if (!inOrder) {
    const after = current ? `after “${LEASE_ISSUE_STEP_LABELS[current]}”` : 'first';
    const options = allowed.map((a) => `“${a.label}”`).join(' or ');
    badInput(
      'kind',
      `“${LEASE_ISSUE_STEP_LABELS[next.kind]}” cannot come ${after}.${options ? ` Next can be ${options}.` : current === 'resolved' ? ' This issue is resolved.' : ''}`,
    );
  }
  // Not possible on any date up to today: the step itself must wait (or another must come first).
  const waiting = later.find((l) => l.kind === next.kind);
  if (waiting) badInput('kind', waiting.reason);
  if (compareDates(next.stepDate, issueDate) < 0) {
    badInput('stepDate', `The step date cannot be before the issue (${longDate(issueDate)}).`);
  }
  const last = steps[steps.length - 1];
  if (last && compareDates(next.stepDate, last.stepDate) < 0) {
    badInput('stepDate', `The step date cannot be before the last step (${longDate(last.stepDate)}).`);
  }
  if (compareDates(next.stepDate, today) > 0) {
    badInput('stepDate', `The step date cannot be in the future (today is ${longDate(today)}).`);
  }
  // Possible today, but perhaps not on the date given.
  const pre = precondition(check, next.kind, next.stepDate);
  if (!pre.ok) badInput('stepDate', pre.dateReason ?? pre.reason);
  if (next.kind === 'cure_agreed') {
    if (!next.dueDate) badInput('dueDate', 'An agreed cure needs a due date.');
    if (compareDates(next.dueDate, issueDate) < 0) {
      badInput('dueDate', `The cure due date cannot be before the issue (${longDate(issueDate)}).`);
    }
    if (compareDates(next.dueDate, next.stepDate) < 0) {
      badInput('dueDate', 'The cure due date cannot be before the day it was agreed.');
    }
  } else if (next.dueDate) {
    badInput('dueDate', 'Only an agreed cure has a due date.');
  }
  if (NOTE_REQUIRED.includes(next.kind) && !next.note?.trim()) {
    badInput('note', `Write down what happened for “${LEASE_ISSUE_STEP_LABELS[next.kind]}”.`);
  }
  return { label: LEASE_ISSUE_STEP_LABELS[next.kind], basis: pre.basis };
}

/** A new issue is about something that has happened: its date is not after today. */
export function checkLeaseIssueDate(params: { occurredOn: IsoDate; today: IsoDate }): void {
  if (compareDates(params.occurredOn, params.today) > 0) {
    badInput(
      'occurredOn',
      `The date it happened cannot be in the future (today is ${longDate(params.today)}).`,
    );
  }
}

/** What every list shows of an issue, from its steps (in the order they were recorded). */
export interface LeaseIssueSummary {
  currentStep: TLeaseIssueStepKind | null;
  lastStepDate: IsoDate | null;
  /** The due date of the latest agreed cure, if any (it stays shown once resolved). */
  cureDueDate: IsoDate | null;
  /** The cure's due date only while the agreed cure is the current stage (what the tenant is to do now). */
  currentCureDueDate: IsoDate | null;
  isOpen: boolean;
}

export function summarizeLeaseIssue(steps: readonly LeaseIssueStepFacts[]): LeaseIssueSummary {
  const last = steps.at(-1);
  const cure = steps.findLast((s) => s.kind === 'cure_agreed');
  return {
    currentStep: last?.kind ?? null,
    lastStepDate: last?.stepDate ?? null,
    cureDueDate: cure?.dueDate ?? null,
    currentCureDueDate: last?.kind === 'cure_agreed' ? (last.dueDate ?? null) : null,
    isOpen: isIssueOpen(steps),
  };
}

/**
 * The tenant sees an issue once they have been told about it (the `tenant_notified` step, which
 * the process requires right after `logged`); before that it is the property manager's own note.
 */
export function isLeaseIssueVisibleToTenant(steps: readonly StepLike[]): boolean {
  return steps.some((s) => s.kind === 'tenant_notified');
}
