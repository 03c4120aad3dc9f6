import { notBefore, notInFuture } from './date-checks';
import { compareDates, longDate } from './dates';
import { badInput, conflict } from './errors';

/**
 * SMART goals of the service plan (CT PSH training): what a goal needs, how many may be active,
 * and how a goal changes until it ends. Pure: today is an input.
 */

/** "Limit the areas of intervention – no more than 3 goals." */
export const MAX_ACTIVE_GOALS = 3;

export const GOAL_STATUSES = ['active', 'achieved', 'revised', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const GOAL_END_STATUSES = ['achieved', 'revised', 'dropped'] as const;
export type GoalEndStatus = (typeof GOAL_END_STATUSES)[number];

export const STEP_OWNERS = ['tenant', 'case_manager', 'partner'] as const;
export type StepOwner = (typeof STEP_OWNERS)[number];
export const STEP_OWNER_LABELS: Record<StepOwner, string> = {
  tenant: 'Tenant',
  case_manager: 'Case manager',
  partner: 'Partner',
};

/**
 * A 4th active goal is refused: the plan focuses on the most pressing needs that impact housing.
 * Returns the reason when allowed too, so a screen can say how many remain.
 */
export function checkNewActiveGoal(activeGoals: number): { allowed: boolean; reasons: string[] } {
  if (activeGoals >= MAX_ACTIVE_GOALS) {
    return {
      allowed: false,
      reasons: [
        `This plan already has ${activeGoals} active goals; a service plan has no more than ${MAX_ACTIVE_GOALS}. End one (achieved, revised or dropped) before adding another, and focus on the most pressing needs that impact housing.`,
      ],
    };
  }
  const left = MAX_ACTIVE_GOALS - activeGoals - 1;
  return {
    allowed: true,
    reasons: [`Goal ${activeGoals + 1} of at most ${MAX_ACTIVE_GOALS}; ${left} more can be added.`],
  };
}

export function assertNewActiveGoal(activeGoals: number): void {
  const result = checkNewActiveGoal(activeGoals);
  if (!result.allowed) conflict(result.reasons[0]!);
}

export interface GoalStep {
  description: string;
  owner: StepOwner;
  partnerName?: string | null | undefined;
  dueDate?: string | null | undefined;
  isDone: boolean;
}

export interface GoalMarker {
  description: string;
  targetDate: string;
  metOn: string | null;
}

/** The next step of a goal: the first one not done, earliest due date first. */
export function nextStep<S extends GoalStep>(steps: readonly S[]): S | null {
  const open = steps.filter((s) => !s.isDone);
  if (open.length === 0) return null;
  return [...open].sort((a, b) => {
    if (a.dueDate && b.dueDate) return compareDates(a.dueDate, b.dueDate);
    if (a.dueDate) return -1;
    if (b.dueDate) return 1;
    return 0;
  })[0]!;
}

export interface NewGoalCheck {
  goal: {
    targetDate: string;
    domainKeys: readonly string[];
    steps: readonly { owner: StepOwner; partnerName?: string | null | undefined }[];
  };
  today: string;
  /** How many goals of the plan are active now. */
  activeGoals: number;
  /** The keys of the program's acuity domains. */
  programDomainKeys: readonly string[];
  /** The proposal the goal takes up, when it takes one up. */
  proposal?: { personId: string; status: string } | null | undefined;
  /** The person whose plan the goal joins. */
  personId: string;
}

/**
 * A new goal of the plan: at most 3 active, time-bound (the target date not passed), tied to the
 * program's acuity domains, each partner step naming the partner, and a proposal it takes up
 * still open and the tenant's own. Throws the first problem, naming its field.
 */
export function checkNewGoal(check: NewGoalCheck): void {
  assertNewActiveGoal(check.activeGoals);
  const { goal } = check;
  if (compareDates(goal.targetDate, check.today) < 0)
    badInput('targetDate', `The target date, ${longDate(goal.targetDate)}, has already passed.`);
  const known = new Set(check.programDomainKeys);
  goal.domainKeys.forEach((key, i) => {
    if (!known.has(key)) badInput(`domainKeys.${i}`, 'This is not one of the program’s acuity domains.');
  });
  goal.steps.forEach((step, i) => {
    if (step.owner === 'partner' && !step.partnerName?.trim())
      badInput(`steps.${i}.partnerName`, 'Name the partner who does this step.');
  });
  if (check.proposal && (check.proposal.personId !== check.personId || check.proposal.status !== 'open'))
    badInput('fromProposalId', 'This is not an open proposal of this tenant.');
}

/** An ended goal (achieved, revised or dropped) is history: it no longer changes. */
export function assertGoalActive(goal: { status: string }): void {
  if (goal.status !== 'active') conflict('This goal has ended; it can no longer change.');
}

/** A goal ends as achieved, revised or dropped, on a day between its start and today. */
export function checkGoalEnd(check: {
  goal: { status: string; startedOn: string };
  endedOn: string;
  today: string;
}): void {
  assertGoalActive(check.goal);
  notInFuture('endedOn', check.endedOn, check.today);
  notBefore('endedOn', check.endedOn, check.goal.startedOn, 'the goal started');
}

/** A progress note is dated on a day that has happened. */
export function checkGoalNote(check: { noteDate: string; today: string }): void {
  notInFuture('noteDate', check.noteDate, check.today);
}

/** The goal's steps with one marked done (or not done again). */
export function goalStepsWithDone<S extends GoalStep>(
  goal: { status: string; steps: readonly S[] },
  stepIndex: number,
  isDone: boolean,
): S[] {
  assertGoalActive(goal);
  if (!goal.steps[stepIndex]) badInput('stepIndex', 'This goal has no such step.');
  return goal.steps.map((s, i) => (i === stepIndex ? { ...s, isDone } : s));
}

/** The goal's markers with one met on a day (or not met: null). */
export function goalMarkersWithMet<M extends GoalMarker>(
  goal: { status: string; markers: readonly M[] },
  markerIndex: number,
  metOn: string | null,
  today: string,
): M[] {
  assertGoalActive(goal);
  if (!goal.markers[markerIndex]) badInput('markerIndex', 'This goal has no such marker.');
  notInFuture('metOn', metOn, today);
  return goal.markers.map((m, i) => (i === markerIndex ? { ...m, metOn } : m));
}
