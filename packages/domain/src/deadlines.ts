import { addDays, compareDates, longDate } from './dates';
import { hasConfirmingDisabilityEvidence, type DisabilityRecord } from './disability-evidence';
import { usableHomelessEvidenceDates, type FileSituation } from './eligibility-file';
import { resolvePolicy, type ProgramPolicy } from './policy';

/**
 * The caseload's deadlines: disability confirmations (45 days), homelessness evidence going stale
 * before a determination (14 days), annual assessment windows, and rent recertifications.
 */

export type DeadlineKind =
  'disability_confirmation' | 'homelessness_documentation' | 'annual_assessment' | 'recertification';

export interface Deadline {
  kind: DeadlineKind;
  dueDate: string;
  /** For windows (annual assessment, homelessness evidence): the first day it may be done. */
  windowStart: string | null;
  isOverdue: boolean;
  applicationId: string;
  personId: string;
  personName: string;
  description: string;
}

/** What the deadline rules need of one application in the caseload. */
export interface CaseloadApplication {
  applicationId: string;
  personId: string;
  personName: string;
  /** Of the determination in force, if any. */
  determinationDate: string | null;
  disabilityVerificationDeadline: string | null;
  disabilityEvidence: readonly Pick<DisabilityRecord, 'type' | 'isAcceptable' | 'isProvisional'>[];
  homelessEvidence: readonly Pick<
    FileSituation,
    'evidenceType' | 'evidenceDate' | 'dueDiligenceDocumented'
  >[];
  projectStartDate: string | null;
  projectExitDate: string | null;
  /** Of the latest rent determination, if any. */
  nextRecertificationDue: string | null;
  /** The care rules' next full assessment of the head (assessmentDue), or null when none is due. */
  annualAssessment: { windowStart: string; windowEnd: string; reasons: readonly string[] } | null;
}

function latest(dates: readonly string[]): string | null {
  return dates.length === 0 ? null : [...dates].sort(compareDates).at(-1)!;
}

/** The deadlines of one application on a date (unsorted). */
export function applicationDeadlines(
  row: CaseloadApplication,
  today: string,
  policy?: Partial<ProgramPolicy>,
): Deadline[] {
  const settings = resolvePolicy(policy);
  const deadlines: Deadline[] = [];
  const add = (kind: DeadlineKind, dueDate: string, windowStart: string | null, description: string) =>
    deadlines.push({
      kind,
      dueDate,
      windowStart,
      isOverdue: compareDates(dueDate, today) < 0,
      applicationId: row.applicationId,
      personId: row.personId,
      personName: row.personName,
      description,
    });

  const observed = row.disabilityEvidence.some((d) => d.type === 'intake_staff_observation');
  if (
    row.disabilityVerificationDeadline &&
    observed &&
    !hasConfirmingDisabilityEvidence(row.disabilityEvidence)
  ) {
    add(
      'disability_confirmation',
      row.disabilityVerificationDeadline,
      null,
      `Confirm the disability observed at intake by professional, SSA or benefit verification by ${longDate(row.disabilityVerificationDeadline)}, or assistance is withdrawn.`,
    );
  }
  const evidenceDate = latest(usableHomelessEvidenceDates(row.homelessEvidence));
  if (!row.determinationDate && evidenceDate) {
    const days = settings.literalHomelessnessDocumentationDays;
    const due = addDays(evidenceDate, days);
    add(
      'homelessness_documentation',
      due,
      evidenceDate,
      `Determine eligibility by ${longDate(due)}, while the homelessness evidence of ${longDate(evidenceDate)} is within ${days} days; after that, newer evidence is needed.`,
    );
  }
  if (row.annualAssessment && row.projectStartDate && !row.projectExitDate) {
    // Due from the project start until the first assessment, then in each anniversary window;
    // a window with no completed assessment in it stays on the list, overdue, until one is done.
    const due = row.annualAssessment;
    add('annual_assessment', due.windowEnd, due.windowStart, due.reasons.join(' '));
  }
  if (row.nextRecertificationDue && !row.projectExitDate) {
    add(
      'recertification',
      row.nextRecertificationDue,
      null,
      `Recertify income and rent by ${longDate(row.nextRecertificationDue)}.`,
    );
  }
  return deadlines;
}

/**
 * The caseload's deadlines on a date: overdue ones first, then by due date and name. With
 * `withinDays`, only those due by then (overdue ones always stay).
 */
export function caseloadDeadlines(
  input: { caseload: readonly CaseloadApplication[]; today: string; withinDays?: number | null | undefined },
  policy?: Partial<ProgramPolicy>,
): Deadline[] {
  const horizon = input.withinDays ? addDays(input.today, input.withinDays) : null;
  return input.caseload
    .flatMap((row) => applicationDeadlines(row, input.today, policy))
    .filter((d) => d.isOverdue || !horizon || compareDates(d.dueDate, horizon) <= 0)
    .sort(
      (a, b) =>
        Number(b.isOverdue) - Number(a.isOverdue) ||
        compareDates(a.dueDate, b.dueDate) ||
        a.personName.localeCompare(b.personName),
    );
}
