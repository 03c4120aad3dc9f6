import { addYears, compareDates, longDate } from './dates';
import { annualAssessmentWindow } from './hmis-timing';

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
        `No assessment is completed yet: due from the project start on ${longDate(start)}, by ${longDate(first.windowEnd)} at the latest.`,
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
