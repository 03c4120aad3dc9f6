import { addBusinessDays } from './business-days';
import { compareDates, longDate, type IsoDate } from './dates';
import { badInput, conflict } from './errors';
import { DEFAULT_POLICY, type ProgramPolicy } from './policy';
import type { TGrievanceAbout } from './tenancy-inputs';

/**
 * Grievances: a tenant's complaint goes to one side only, is answered within a number of business
 * days (a program setting), and may be appealed once, to the program admin, who decides every appeal.
 */
export const GRIEVANCE_STATUSES = ['awaiting_response', 'answered', 'appealed', 'decided'] as const;
export type TGrievanceStatus = (typeof GRIEVANCE_STATUSES)[number];

/** The grievances on the program admin's list of appeals: appealed, and decided once appealed. */
export const APPEAL_STATUSES = ['appealed', 'decided'] as const satisfies readonly TGrievanceStatus[];

export interface GrievanceState {
  status: TGrievanceStatus;
  responseDueOn: IsoDate;
}

/** A grievance response is overdue when it is still awaited after its due date. */
export function isGrievanceOverdue(g: GrievanceState, today: IsoDate): boolean {
  return g.status === 'awaiting_response' && compareDates(today, g.responseDueOn) > 0;
}

/** The tenant may appeal once: after the answer, or when the answer is late. */
export function canAppeal(g: GrievanceState, today: IsoDate): boolean {
  return g.status === 'answered' || isGrievanceOverdue(g, today);
}

export type TGrievanceResponder = 'supervisor' | 'property_manager';

export interface GrievanceRoute {
  answeredBy: TGrievanceResponder;
  /** The property whose manager answers a housing grievance; null for services. */
  propertyId: string | null;
}

/**
 * Who answers a new grievance: services grievances go to the program's supervisors, housing
 * grievances to the manager of the tenant's own property (so a tenant with no home yet cannot file one).
 */
export function routeGrievance(params: {
  about: TGrievanceAbout;
  homePropertyId: string | null;
}): GrievanceRoute {
  if (params.about === 'services') return { answeredBy: 'supervisor', propertyId: null };
  if (!params.homePropertyId) {
    badInput(
      'about',
      'You do not have a home in the program yet, so a housing grievance has no one to go to.',
    );
  }
  return { answeredBy: 'property_manager', propertyId: params.homePropertyId };
}

/** The answer is due this many business days after filing (program setting, default 10). */
export function grievanceResponseDueOn(filedOn: IsoDate, policy: ProgramPolicy = DEFAULT_POLICY): IsoDate {
  return addBusinessDays(filedOn, policy.grievanceResponseBusinessDays);
}

/** Only an awaited grievance takes an answer; a second answer is a conflict (someone was first). */
export function checkGrievanceResponse(g: { status: TGrievanceStatus }): void {
  if (g.status !== 'awaiting_response') conflict('This grievance has already been answered.', 'grievanceId');
}

export function checkAppeal(g: GrievanceState, today: IsoDate): void {
  if (g.status === 'appealed' || g.status === 'decided') conflict('You can appeal only once.', 'grievanceId');
  if (!canAppeal(g, today)) {
    badInput(
      'grievanceId',
      `You can appeal after you get an answer, or if the answer is late (it is due by ${longDate(g.responseDueOn)}).`,
    );
  }
}

export function checkAppealDecision(g: { status: TGrievanceStatus }): void {
  if (g.status === 'decided') conflict('This appeal is already decided.', 'grievanceId');
  if (g.status !== 'appealed') badInput('grievanceId', 'There is no appeal to decide.');
}

/**
 * A decision may require something be done (e.g. "assign a new case manager"): the follow-up
 * shows until someone marks it done, once.
 */
export function isFollowUpOpen(g: { followUp: string | null; followUpDoneOn: IsoDate | null }): boolean {
  return g.followUp !== null && g.followUpDoneOn === null;
}

export function checkFollowUpDone(g: {
  status: TGrievanceStatus;
  followUp: string | null;
  followUpDoneOn: IsoDate | null;
}): void {
  if (g.status !== 'decided' || g.followUp === null) {
    badInput('grievanceId', 'This grievance has no decided follow-up to mark done.');
  }
  if (g.followUpDoneOn !== null) {
    conflict(`This follow-up was already marked done on ${longDate(g.followUpDoneOn)}.`, 'grievanceId');
  }
}
