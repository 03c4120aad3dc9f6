import { ctiPhase, type CtiPhase } from './cti';
import { addMonths, compareDates } from './dates';
import { conflict } from './errors';
import { resolvePolicy, type ProgramPolicy } from './policy';

/**
 * The service plan as a whole (CT PSH training): its CTI phase and review dates, the tenant's
 * agreement to the current version, and the tenant's goal proposals. Pure: dates are inputs.
 */

export const GOAL_PROPOSAL_STATUSES = ['open', 'taken_up', 'not_now'] as const;
export type GoalProposalStatus = (typeof GOAL_PROPOSAL_STATUSES)[number];

export const PLAN_RESPONSES = ['accepted', 'wants_to_talk'] as const;
export type PlanResponse = (typeof PLAN_RESPONSES)[number];

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

/**
 * The plan's CTI phase from the move-in date, the intensity it implies, and review dates. The
 * phase length is the program's (`ctiPhaseLengthMonths`): pass the program's policy.
 */
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

// ---------- The tenant's agreement ----------

export type PlanAgreementStatus = 'accepted' | 'wants_to_talk' | 'changed_since_answer' | 'not_answered';

export interface PlanAgreement {
  /**
   * `accepted` / `wants_to_talk`: the tenant's answer to the plan as it is now;
   * `changed_since_answer`: the tenant answered an earlier version (the goals changed since);
   * `not_answered`: no answer yet (or no plan yet).
   */
  status: PlanAgreementStatus;
  /** The tenant accepted this very version of the plan. */
  isAcceptedCurrent: boolean;
  /** The tenant's answer to the current version, or null. */
  currentResponse: PlanResponse | null;
}

/**
 * Where the tenant stands on the plan. Any change to the goals makes a new version, and only an
 * answer naming the current version counts: an older answer says the plan changed since.
 */
export function planAgreement(
  plan: {
    version: number;
    tenantResponse: PlanResponse | null;
    tenantResponseVersion: number | null;
  } | null,
): PlanAgreement {
  if (!plan || plan.tenantResponse === null)
    return { status: 'not_answered', isAcceptedCurrent: false, currentResponse: null };
  if (plan.tenantResponseVersion !== plan.version)
    return { status: 'changed_since_answer', isAcceptedCurrent: false, currentResponse: null };
  return {
    status: plan.tenantResponse,
    isAcceptedCurrent: plan.tenantResponse === 'accepted',
    currentResponse: plan.tenantResponse,
  };
}

// ---------- Goal proposals ----------

/** What the tenant reads when the case manager takes a proposal up as a goal. */
export const PROPOSAL_TAKEN_UP_RESPONSE = 'Taken up as a goal of the service plan.';

/** A proposal is answered once: taken up as a goal, or "not now" with a reply. */
export function assertProposalOpen(proposal: { status: string }): void {
  if (proposal.status !== 'open') conflict('This proposal was already answered.');
}
