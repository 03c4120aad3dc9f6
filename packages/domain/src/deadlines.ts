import { assessmentDue, anniversaryAssessmentWindow } from './assessment-due';
import { addDays, compareDates, longDate } from './dates';
import { hasConfirmingDisabilityEvidence, type DisabilityRecord } from './disability-evidence';
import { disabilityConfirmationDeadline } from './eligibility';
import { usableHomelessEvidenceDates, type FileSituation } from './eligibility-file';
import { isGrievanceOverdue, type TGrievanceStatus } from './grievances';
import { resolvePolicy, type ProgramPolicy } from './policy';
import { ctiPhase, type CtiPhase } from './cti';
import { CTI_PHASE_INTENSITY, planPhase } from './service-plan';
import { RIGHTS_TOPICS, type TRightsTopic } from './tenancy-inputs';

/**
 * Every deadline of the caseload, from one function: the disability confirmation (45 days), the
 * homelessness evidence going stale before a determination (14 days), the initial and annual
 * assessments, rent recertification, the service plan's reviews and CTI phases, the tenant's
 * rights, and the answer to a services grievance. The application page and the Deadlines page
 * both list what this gives.
 */

export const DEADLINE_KINDS = [
  'disability_confirmation',
  'homelessness_documentation',
  'initial_assessment',
  'annual_assessment',
  'recertification',
  'plan_review',
  'cti_phase',
  'rights_acknowledgement',
  'grievance_response',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface Deadline {
  kind: DeadlineKind;
  dueDate: string;
  /** For windows (assessments, homelessness evidence): the first day it may be done. */
  windowStart: string | null;
  isOverdue: boolean;
  /** The application it belongs to; null for a grievance, which belongs to the person. */
  applicationId: string | null;
  /** The grievance to answer, for `grievance_response`. */
  grievanceId: string | null;
  personId: string;
  personName: string;
  description: string;
}

/** What the deadline rules need of one application in the caseload. */
export interface CaseloadApplication {
  applicationId: string;
  personId: string;
  personName: string;
  applicationDate: string;
  /** Of the determination in force, if any. */
  determinationDate: string | null;
  disabilityEvidence: readonly Pick<DisabilityRecord, 'type' | 'isAcceptable' | 'isProvisional'>[];
  homelessEvidence: readonly Pick<
    FileSituation,
    'evidenceType' | 'evidenceDate' | 'dueDiligenceDocumented'
  >[];
  projectStartDate: string | null;
  projectExitDate: string | null;
  housingMoveInDate: string | null;
  /** Of the latest rent determination, if any. */
  nextRecertificationDue: string | null;
  /** The dates of the person's completed full assessments. */
  completedAssessments: readonly string[];
  /** The rights topics the tenant has read in the tenant portal. */
  rightsAcknowledged: readonly string[];
}

/** A services grievance the viewer answers. */
export interface OpenGrievance {
  grievanceId: string;
  personId: string;
  personName: string;
  filedOn: string;
  responseDueOn: string;
  status: TGrievanceStatus;
}

const RIGHTS_TOPIC_NAMES: Record<TRightsTopic, string> = {
  privacy: 'privacy',
  safe_housing: 'a safe, well-kept home',
  due_process: 'due process',
  the_lease: 'what the lease asks',
  services_voluntary: 'services are their choice',
  grievances: 'how to make a grievance',
};

const NEXT_CTI_PHASE: Partial<Record<CtiPhase, CtiPhase>> = {
  pre_cti: 'phase_1_transition',
  phase_1_transition: 'phase_2_try_out',
  phase_2_try_out: 'phase_3_transfer_of_care',
  phase_3_transfer_of_care: 'completed',
};

function latest(dates: readonly string[]): string | null {
  return dates.length === 0 ? null : [...dates].sort(compareDates).at(-1)!;
}

type DeadlineFacts = Pick<Deadline, 'kind' | 'dueDate' | 'windowStart' | 'description'>;

/** The deadlines of one application on a date (unsorted). */
export function applicationDeadlines(
  row: CaseloadApplication,
  today: string,
  policy?: Partial<ProgramPolicy>,
): Deadline[] {
  const settings = resolvePolicy(policy);
  const deadlines: Deadline[] = [];
  const add = ({ kind, dueDate, windowStart, description }: DeadlineFacts) =>
    deadlines.push({
      kind,
      dueDate,
      windowStart,
      isOverdue: compareDates(dueDate, today) < 0,
      applicationId: row.applicationId,
      grievanceId: null,
      personId: row.personId,
      personName: row.personName,
      description,
    });

  // The same date the file's eligibility gives (determineEligibility), determined or not.
  const confirmBy = disabilityConfirmationDeadline(
    { applicationDate: row.applicationDate, evidence: row.disabilityEvidence },
    settings,
  );
  if (confirmBy && !hasConfirmingDisabilityEvidence(row.disabilityEvidence)) {
    add({
      kind: 'disability_confirmation',
      dueDate: confirmBy,
      windowStart: null,
      description: `Confirm the disability observed at intake by professional, SSA or benefit verification by ${longDate(confirmBy)}, ${settings.disabilityConfirmationDays} days from the application, or assistance is withdrawn.`,
    });
  }
  const evidenceDate = latest(usableHomelessEvidenceDates(row.homelessEvidence));
  if (!row.determinationDate && evidenceDate) {
    const days = settings.literalHomelessnessDocumentationDays;
    const due = addDays(evidenceDate, days);
    add({
      kind: 'homelessness_documentation',
      dueDate: due,
      windowStart: evidenceDate,
      description: `Determine eligibility by ${longDate(due)}, while the homelessness evidence of ${longDate(evidenceDate)} is within ${days} days; after that, newer evidence is needed.`,
    });
  }

  if (row.projectExitDate) return deadlines;
  if (row.nextRecertificationDue) {
    add({
      kind: 'recertification',
      dueDate: row.nextRecertificationDue,
      windowStart: null,
      description: `Recertify income and rent by ${longDate(row.nextRecertificationDue)}.`,
    });
  }
  const start = row.projectStartDate;
  if (!start) return deadlines;

  // A window with no completed assessment in it stays on the list, overdue, until one is done.
  const assessment = assessmentDue({ projectStartDate: start, completedOn: row.completedAssessments, today });
  if (assessment) {
    add({
      kind: assessment.kind === 'initial' ? 'initial_assessment' : 'annual_assessment',
      dueDate: assessment.windowEnd,
      windowStart: assessment.windowStart,
      description: assessment.reasons.join(' '),
    });
  }
  if (assessment?.kind === 'initial') {
    // The first annual assessment is due whatever happens to the initial one.
    const first = anniversaryAssessmentWindow(start, 1);
    add({
      kind: 'annual_assessment',
      dueDate: first.windowEnd,
      windowStart: first.windowStart,
      description: `The first annual assessment, for the anniversary of the project start on ${longDate(first.anniversaryDate)}, is due between ${longDate(first.windowStart)} and ${longDate(first.windowEnd)}.`,
    });
  }

  const moveIn = row.housingMoveInDate;
  if (!moveIn) return deadlines;
  const review = planPhase({ moveInDate: moveIn, today }, settings)?.reviews.find((r) => !r.isPast);
  if (review) {
    add({
      kind: 'plan_review',
      dueDate: review.reviewDate,
      windowStart: null,
      description: `Review the service plan with the tenant at the end of ${review.title}, by ${longDate(review.reviewDate)}.`,
    });
  }
  const cti = ctiPhase({ ctiStartDate: moveIn, date: today }, settings);
  const nextPhase = NEXT_CTI_PHASE[cti.phase];
  if (cti.nextPhaseDate && nextPhase) {
    const next = CTI_PHASE_INTENSITY[nextPhase];
    add({
      kind: 'cti_phase',
      dueDate: cti.nextPhaseDate,
      windowStart: null,
      description: `${CTI_PHASE_INTENSITY[cti.phase].title} ends; ${next.title} begins on ${longDate(cti.nextPhaseDate)}. ${next.intensity}`,
    });
  }
  const unread = RIGHTS_TOPICS.filter((topic) => !row.rightsAcknowledged.includes(topic));
  if (unread.length > 0) {
    const due = addDays(moveIn, settings.rightsAcknowledgementDays);
    add({
      kind: 'rights_acknowledgement',
      dueDate: due,
      windowStart: moveIn,
      description: `Go over the tenant's rights and responsibilities by ${longDate(due)}, ${settings.rightsAcknowledgementDays} days from the move-in; not yet read in the tenant portal: ${unread.map((t) => RIGHTS_TOPIC_NAMES[t]).join(', ')}.`,
    });
  }
  return deadlines;
}

/** The answer to a services grievance, due a number of business days after filing. */
export function grievanceDeadline(g: OpenGrievance, today: string): Deadline | null {
  if (g.status !== 'awaiting_response') return null;
  return {
    kind: 'grievance_response',
    dueDate: g.responseDueOn,
    windowStart: g.filedOn,
    isOverdue: isGrievanceOverdue(g, today),
    applicationId: null,
    grievanceId: g.grievanceId,
    personId: g.personId,
    personName: g.personName,
    description: `Answer the services grievance filed on ${longDate(g.filedOn)} by ${longDate(g.responseDueOn)}; after that the tenant may appeal.`,
  };
}

/**
 * The caseload's deadlines on a date: overdue ones first, then by due date and name. With
 * `withinDays`, only those due by then (overdue ones always stay).
 */
export function caseloadDeadlines(
  input: {
    caseload: readonly CaseloadApplication[];
    grievances?: readonly OpenGrievance[];
    today: string;
    withinDays?: number | null | undefined;
  },
  policy?: Partial<ProgramPolicy>,
): Deadline[] {
  const horizon = input.withinDays ? addDays(input.today, input.withinDays) : null;
  const grievances = (input.grievances ?? [])
    .map((g) => grievanceDeadline(g, input.today))
    .filter((d): d is Deadline => d !== null);
  return input.caseload
    .flatMap((row) => applicationDeadlines(row, input.today, policy))
    .concat(grievances)
    .filter((d) => d.isOverdue || !horizon || compareDates(d.dueDate, horizon) <= 0)
    .sort(
      (a, b) =>
        Number(b.isOverdue) - Number(a.isOverdue) ||
        compareDates(a.dueDate, b.dueDate) ||
        a.personName.localeCompare(b.personName) ||
        DEADLINE_KINDS.indexOf(a.kind) - DEADLINE_KINDS.indexOf(b.kind),
    );
}

export interface DeadlinesPage {
  items: Deadline[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

/** One page of a sorted list of deadlines (pages count from 1; past the last, an empty page). */
export function deadlinesPage(all: readonly Deadline[], page: number, pageSize: number): DeadlinesPage {
  const from = (page - 1) * pageSize;
  return {
    items: all.slice(from, from + pageSize),
    total: all.length,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(all.length / pageSize)),
  };
}
