import { addMonths, addYears, compareDates } from './dates';
import { ctiPhase, type CtiPhase } from './cti';
import { DomainError } from './errors';
import { annualAssessmentWindow } from './hmis-timing';
import { resolvePolicy, type ProgramPolicy } from './policy';

/**
 * Assessment & acuity, service plans and linkages (CT PSH training): pure rules. The acuity
 * domains, their anchors and the score → service-intensity tiers are program data passed in,
 * never constants here.
 */

// ---------- Service plan ----------

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

export const GOAL_PROPOSAL_STATUSES = ['open', 'taken_up', 'not_now'] as const;
export type GoalProposalStatus = (typeof GOAL_PROPOSAL_STATUSES)[number];

export const PLAN_RESPONSES = ['accepted', 'wants_to_talk'] as const;
export type PlanResponse = (typeof PLAN_RESPONSES)[number];

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
  if (!result.allowed) throw new DomainError('CONFLICT', result.reasons[0]!);
}

export interface GoalStep {
  description: string;
  owner: StepOwner;
  partnerName?: string | null | undefined;
  dueDate?: string | null | undefined;
  isDone: boolean;
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

// ---------- CTI phase of the plan ----------

export const CTI_PHASE_INTENSITY: Record<CtiPhase, { title: string; intensity: string }> = {
  pre_cti: {
    title: 'Pre-CTI',
    intensity: 'Build a trusting relationship before the move; plan the move with the tenant.',
  },
  phase_1_transition: {
    title: 'Phase 1: Transition to the community',
    intensity: 'Intensive support: frequent home visits, connect to supports and services.',
  },
  phase_2_try_out: {
    title: 'Phase 2: Try-out',
    intensity: 'Monitor and strengthen the support network and the tenant’s own skills; step in less often.',
  },
  phase_3_transfer_of_care: {
    title: 'Phase 3: Transfer of care',
    intensity: 'Step back: long-term plan with the supports that will stay, and a final transfer meeting.',
  },
  completed: {
    title: 'CTI completed',
    intensity: 'Ongoing PSH services at the intensity the acuity tier sets.',
  },
};

export interface PlanPhase {
  phase: CtiPhase;
  title: string;
  intensity: string;
  reasons: string[];
  /** The plan is reviewed at the end of each phase, then at least annually. */
  reviews: { phase: CtiPhase; title: string; reviewDate: string; isPast: boolean }[];
  nextReviewDate: string | null;
}

/** The plan's CTI phase from the move-in date, the intensity it implies, and review dates. */
export function planPhase(
  input: { moveInDate: string | null; today: string },
  policy?: Partial<ProgramPolicy>,
): PlanPhase | null {
  if (!input.moveInDate) return null;
  const result = ctiPhase({ ctiStartDate: input.moveInDate, date: input.today }, policy);
  const length = resolvePolicy(policy).ctiPhaseLengthMonths;
  const phases = ['phase_1_transition', 'phase_2_try_out', 'phase_3_transfer_of_care'] as const;
  const reviews = phases.map((phase, i) => {
    const reviewDate = addMonths(input.moveInDate!, (i + 1) * length);
    return {
      phase,
      title: CTI_PHASE_INTENSITY[phase].title,
      reviewDate,
      isPast: compareDates(reviewDate, input.today) < 0,
    };
  });
  const next = reviews.find((r) => !r.isPast);
  return {
    phase: result.phase,
    title: CTI_PHASE_INTENSITY[result.phase].title,
    intensity: CTI_PHASE_INTENSITY[result.phase].intensity,
    reasons: result.reasons,
    reviews,
    nextReviewDate: next ? next.reviewDate : null,
  };
}

// ---------- Acuity ----------

export interface AcuityDomainDef {
  key: string;
  name: string;
  anchorLow: string;
  anchorHigh: string;
}

export interface AcuityTierDef {
  name: string;
  minTotal: number;
  maxTotal: number;
  intensity: string;
}

export interface DomainScore {
  score: number | null;
  strengths?: string | null | undefined;
  challenges?: string | null | undefined;
}

/** The total of scored domains and the service-intensity tier the program's table gives it. */
export function acuityTier(
  scores: Record<string, DomainScore | undefined>,
  tiers: readonly AcuityTierDef[],
): { total: number; scored: number; tier: AcuityTierDef | null; reasons: string[] } {
  const values = Object.values(scores)
    .map((s) => s?.score)
    .filter((s): s is number => typeof s === 'number');
  const total = values.reduce((a, b) => a + b, 0);
  const tier = tiers.find((t) => total >= t.minTotal && total <= t.maxTotal) ?? null;
  const reasons = [
    tier
      ? `Total acuity ${total} across ${values.length} domains falls in “${tier.name}” (${tier.minTotal}–${tier.maxTotal}): ${tier.intensity}`
      : `Total acuity ${total} across ${values.length} domains matches no tier in the program’s table.`,
  ];
  return { total, scored: values.length, tier, reasons };
}

/** An assessment is complete only when every domain of the program has a score. */
export function missingDomains(
  scores: Record<string, DomainScore | undefined>,
  domains: readonly Pick<AcuityDomainDef, 'key' | 'name'>[],
): string[] {
  return domains.filter((d) => typeof scores[d.key]?.score !== 'number').map((d) => d.name);
}

export interface InterimUpdateCheck {
  updateDate: string;
  domainKey: string;
  newScore: number;
  reason: string;
  today: string;
  domainKeys: readonly string[];
  /** The completed assessment the update follows; null when none is completed yet. */
  lastCompletedOn: string | null;
  currentScore: number | null;
}

/** An interim update records a change between full assessments: date, domain, new score, why. */
export function validateInterimUpdate(check: InterimUpdateCheck): { reasons: string[] } {
  const bad = (field: string, message: string): never => {
    throw new DomainError('INVALID_INPUT', `${field}: ${message}`, { field });
  };
  if (!check.lastCompletedOn)
    throw new DomainError(
      'CONFLICT',
      'Complete a full assessment first; an interim update records a change since the last one.',
    );
  if (!check.domainKeys.includes(check.domainKey))
    bad('domainKey', 'is not one of the program’s acuity domains');
  if (!Number.isInteger(check.newScore) || check.newScore < 1 || check.newScore > 5)
    bad('newScore', 'must be a whole number from 1 to 5');
  if (compareDates(check.updateDate, check.today) > 0)
    bad('updateDate', `${check.updateDate} is in the future (today is ${check.today})`);
  if (compareDates(check.updateDate, check.lastCompletedOn) < 0)
    bad('updateDate', `is before the last full assessment (${check.lastCompletedOn})`);
  if (check.reason.trim().length < 3) bad('reason', 'say why the score changed');
  if (check.currentScore === check.newScore)
    bad('newScore', `is the same as the current score (${check.currentScore}); nothing changed`);
  return {
    reasons: [
      check.currentScore === null
        ? `New score ${check.newScore} on ${check.updateDate}.`
        : `Score ${check.currentScore} → ${check.newScore} on ${check.updateDate}.`,
    ],
  };
}

export interface DomainChange {
  domainKey: string;
  from: number | null;
  to: number | null;
}

/** What changed in the scores between two versions (or a version and the current scores). */
export function scoreChanges(
  before: Record<string, DomainScore | undefined> | null,
  after: Record<string, DomainScore | undefined>,
): DomainChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  const changes: DomainChange[] = [];
  for (const key of keys) {
    const from = before?.[key]?.score ?? null;
    const to = after[key]?.score ?? null;
    if (from !== to) changes.push({ domainKey: key, from, to });
  }
  return changes.sort((a, b) => a.domainKey.localeCompare(b.domainKey));
}

export interface AssessmentDue {
  kind: 'initial' | 'annual';
  anniversaryDate: string | null;
  windowStart: string;
  windowEnd: string;
  isOverdue: boolean;
  reasons: string[];
}

/**
 * When the next full assessment is due: at least annually, in the HMIS window around each
 * anniversary of the project start; before the first one is done, from the project start.
 */
export function assessmentDue(input: {
  projectStartDate: string | null;
  completedOn: readonly string[];
  today: string;
}): AssessmentDue | null {
  const start = input.projectStartDate;
  if (!start) return null;
  const windowFor = (years: number) =>
    annualAssessmentWindow({
      headOfHouseholdProjectStartDate: start,
      assessmentDate: addYears(start, years),
    });
  const first = windowFor(1);
  if (input.completedOn.length === 0) {
    const isOverdue = compareDates(input.today, first.windowEnd) > 0;
    return {
      kind: 'initial',
      anniversaryDate: null,
      windowStart: start,
      windowEnd: first.windowEnd,
      isOverdue,
      reasons: [
        `No assessment is completed yet: due from the project start on ${start}, by ${first.windowEnd} at the latest.`,
      ],
    };
  }
  const last = [...input.completedOn].sort(compareDates).at(-1)!;
  for (let years = 1; years < 200; years += 1) {
    const w = windowFor(years);
    const met = input.completedOn.some(
      (d) => compareDates(w.windowStart, d) <= 0 && compareDates(d, w.windowEnd) <= 0,
    );
    if (met || compareDates(w.windowEnd, last) < 0) continue;
    const isOverdue = compareDates(input.today, w.windowEnd) > 0;
    return {
      kind: 'annual',
      anniversaryDate: w.anniversaryDate,
      windowStart: w.windowStart,
      windowEnd: w.windowEnd,
      isOverdue,
      reasons: [
        `${isOverdue ? 'Overdue: the' : 'The'} annual assessment for the anniversary on ${w.anniversaryDate} is due between ${w.windowStart} and ${w.windowEnd}; the last one was completed on ${last}.`,
      ],
    };
  }
  return null;
}

// ---------- Resources and linkages ----------

export const RESOURCE_CATEGORIES = [
  'mental_health',
  'substance_use',
  'medical',
  'benefits_financial',
  'legal',
  'employment',
  'education',
  'peer_social',
  'recreation',
  'housing',
] as const;
export type ResourceCategory = (typeof RESOURCE_CATEGORIES)[number];
export const RESOURCE_CATEGORY_LABELS: Record<ResourceCategory, string> = {
  mental_health: 'Mental health',
  substance_use: 'Substance use',
  medical: 'Medical',
  benefits_financial: 'Benefits / financial',
  legal: 'Legal',
  employment: 'Employment',
  education: 'Education',
  peer_social: 'Peer / social',
  recreation: 'Recreation',
  housing: 'Housing',
};

export const LINKAGE_STATUSES = ['referred', 'connected', 'engaged', 'ended'] as const;
export type LinkageStatus = (typeof LINKAGE_STATUSES)[number];
export const LINKAGE_STATUS_LABELS: Record<LinkageStatus, string> = {
  referred: 'Referred',
  connected: 'Connected (first contact made)',
  engaged: 'Engaged (working)',
  ended: 'Ended',
};

const LINKAGE_NEXT: Record<LinkageStatus, readonly LinkageStatus[]> = {
  referred: ['connected', 'ended'],
  connected: ['engaged', 'ended'],
  engaged: ['ended'],
  ended: [],
};

export function nextLinkageStatuses(status: LinkageStatus): readonly LinkageStatus[] {
  return LINKAGE_NEXT[status];
}

/** Referred → connected → engaged → ended, one step at a time; ending is possible at any point. */
export function checkLinkageTransition(
  from: LinkageStatus,
  to: LinkageStatus,
): { allowed: boolean; reasons: string[] } {
  if (LINKAGE_NEXT[from].includes(to)) {
    return { allowed: true, reasons: [`${LINKAGE_STATUS_LABELS[from]} → ${LINKAGE_STATUS_LABELS[to]}.`] };
  }
  const options = LINKAGE_NEXT[from];
  return {
    allowed: false,
    reasons: [
      options.length === 0
        ? 'This linkage has ended; record a new referral to start again.'
        : `A linkage that is ${LINKAGE_STATUS_LABELS[from].toLowerCase()} can move only to: ${options.map((s) => LINKAGE_STATUS_LABELS[s].toLowerCase()).join(' or ')}.`,
    ],
  };
}

/** "A referral is not a linkage": how many referrals became working (engaged) linkages. */
export function linkageSummary(linkages: readonly { status: LinkageStatus; engagedOn: string | null }[]): {
  referrals: number;
  working: number;
  reasons: string[];
} {
  const referrals = linkages.length;
  const working = linkages.filter((l) => l.engagedOn !== null).length;
  return {
    referrals,
    working,
    reasons: [`${working} of ${referrals} referrals became working linkages.`],
  };
}
