import { compareDates, longDate, type IsoDate } from './dates';
import { badInput } from './errors';

/**
 * Lease issues as a due process (CT PSH training: "Tenants must have a process to address any
 * lease issues, termination must be a process and assistance offered"). Each issue is a list of
 * dated steps; the next step is chosen by a person, never taken automatically, and no step is
 * skipped silently: only the steps allowed after the current one may be recorded.
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

export interface StepLike {
  kind: TLeaseIssueStepKind;
  stepDate: IsoDate;
}

export interface AllowedStep {
  kind: TLeaseIssueStepKind;
  label: string;
  needsDueDate: boolean;
  needsNote: boolean;
}

/** The current step: the last one recorded (steps are append-only, in order). */
export function currentStep(steps: readonly StepLike[]): TLeaseIssueStepKind | null {
  return steps.length ? steps[steps.length - 1]!.kind : null;
}

export function isIssueOpen(steps: readonly StepLike[]): boolean {
  return currentStep(steps) !== 'resolved';
}

/** The steps a person may record next, each with its label. Empty once resolved. */
export function allowedNextSteps(steps: readonly StepLike[]): AllowedStep[] {
  return NEXT[currentStep(steps) ?? 'none'].map((kind) => ({
    kind,
    label: LEASE_ISSUE_STEP_LABELS[kind],
    needsDueDate: kind === 'cure_agreed',
    needsNote: NOTE_REQUIRED.includes(kind),
  }));
}

export interface NextStepCheck {
  issueDate: IsoDate;
  steps: readonly StepLike[];
  next: {
    kind: TLeaseIssueStepKind;
    stepDate: IsoDate;
    dueDate?: IsoDate | null | undefined;
    note?: string | null | undefined;
  };
  today: IsoDate;
}

/**
 * Checks a proposed step against the process; throws DomainError INVALID_INPUT naming the field.
 * Returns the step's readable description.
 */
export function checkNextStep({ issueDate, steps, next, today }: NextStepCheck): string {
  const allowed = allowedNextSteps(steps);
  const current = currentStep(steps);
  if (!allowed.some((a) => a.kind === next.kind)) {
    const after = current ? `after “${LEASE_ISSUE_STEP_LABELS[current]}”` : 'first';
    const options = allowed.map((a) => `“${a.label}”`).join(' or ');
    badInput(
      'kind',
      `“${LEASE_ISSUE_STEP_LABELS[next.kind]}” cannot come ${after}.${options ? ` Next can be ${options}.` : ' This issue is resolved.'}`,
    );
  }
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
  return LEASE_ISSUE_STEP_LABELS[next.kind];
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

export interface LeaseIssueStepFacts extends StepLike {
  dueDate?: IsoDate | null;
}

/** What every list shows of an issue, from its steps (in the order they were recorded). */
export interface LeaseIssueSummary {
  currentStep: TLeaseIssueStepKind | null;
  lastStepDate: IsoDate | null;
  /** The due date of the latest agreed cure, if any (it stays shown once resolved). */
  cureDueDate: IsoDate | null;
  isOpen: boolean;
}

export function summarizeLeaseIssue(steps: readonly LeaseIssueStepFacts[]): LeaseIssueSummary {
  const last = steps.at(-1);
  const cure = steps.findLast((s) => s.kind === 'cure_agreed');
  return {
    currentStep: last?.kind ?? null,
    lastStepDate: last?.stepDate ?? null,
    cureDueDate: cure?.dueDate ?? null,
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
