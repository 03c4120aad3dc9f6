import { addDays, addYears, compareDates, longDate } from './dates';
import { annualAssessmentWindow, type AnnualAssessmentWindow } from './hmis-timing';

/**
 * The first full assessment is due within this many days of the project start (program practice:
 * an initial assessment in the first month of the enrollment; RULES.md is silent, so it is POLICY).
 */
export const INITIAL_ASSESSMENT_DAYS = 30;

export interface AssessmentDue {
  kind: 'initial' | 'annual';
  anniversaryDate: string | null;
  windowStart: string;
  windowEnd: string;
  isOverdue: boolean;
  reasons: string[];
}

/**
 * The HMIS annual assessment window of the `years`-th anniversary of the project start (RULES.md
 * §6: 30 days either side of it). The one source of the window: the move-in answer, the
 * assessment page and the Deadlines page all take it from here.
 */
export function anniversaryAssessmentWindow(projectStartDate: string, years = 1): AnnualAssessmentWindow {
  return annualAssessmentWindow({
    headOfHouseholdProjectStartDate: projectStartDate,
    assessmentDate: addYears(projectStartDate, years),
  });
}

/**
 * When the next full assessment is due: before the first one is done, the initial assessment,
 * within INITIAL_ASSESSMENT_DAYS of the project start; then at least annually, in the HMIS window
 * around each anniversary of the project start.
 */
export function assessmentDue(input: {
  projectStartDate: string | null;
  completedOn: readonly string[];
  today: string;
}): AssessmentDue | null {
  const start = input.projectStartDate;
  if (!start) return null;
  const windowFor = (years: number) => anniversaryAssessmentWindow(start, years);
  if (input.completedOn.length === 0) {
    const windowEnd = addDays(start, INITIAL_ASSESSMENT_DAYS);
    const isOverdue = compareDates(input.today, windowEnd) > 0;
    return {
      kind: 'initial',
      anniversaryDate: null,
      windowStart: start,
      windowEnd,
      isOverdue,
      reasons: [
        isOverdue
          ? `Overdue: the initial assessment was due within ${INITIAL_ASSESSMENT_DAYS} days of the project start on ${longDate(start)}, by ${longDate(windowEnd)}, and none is completed yet.`
          : `No assessment is completed yet: the initial assessment is due within ${INITIAL_ASSESSMENT_DAYS} days of the project start on ${longDate(start)}, by ${longDate(windowEnd)}.`,
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
        `${isOverdue ? 'Overdue: the' : 'The'} annual assessment for the anniversary on ${longDate(w.anniversaryDate)} is due between ${longDate(w.windowStart)} and ${longDate(w.windowEnd)}; the last one was completed on ${longDate(last)}.`,
      ],
    };
  }
  return null;
}
