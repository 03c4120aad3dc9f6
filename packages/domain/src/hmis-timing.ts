import { z } from 'zod';

import { addDays, addYears, compareDates, daysBetween, longDate, yearOf } from './dates';
import { parseInput, ZIsoDate } from './validation';

const ANNUAL_ASSESSMENT_WINDOW_DAYS = 30;

export const ZAnnualAssessmentWindowInput = z.object({
  headOfHouseholdProjectStartDate: ZIsoDate,
  assessmentDate: ZIsoDate,
});
export type TAnnualAssessmentWindowInput = z.input<typeof ZAnnualAssessmentWindowInput>;

export interface AnnualAssessmentWindow {
  anniversaryDate: string;
  windowStart: string;
  windowEnd: string;
  withinWindow: boolean;
  /** Days from the anniversary to the assessment (negative when before). */
  daysFromAnniversary: number;
  reasons: string[];
}

/**
 * HMIS annual assessment: within 30 days of the anniversary of the head of household's project
 * start nearest the assessment date (never the start itself; a tie goes to the earlier one).
 */
export function annualAssessmentWindow(input: TAnnualAssessmentWindowInput): AnnualAssessmentWindow {
  const { headOfHouseholdProjectStartDate: start, assessmentDate } = parseInput(
    ZAnnualAssessmentWindowInput,
    input,
  );
  const approximateYears = yearOf(assessmentDate) - yearOf(start);
  let anniversaryDate = addYears(start, 1);
  let distance = Math.abs(daysBetween(anniversaryDate, assessmentDate));
  for (const years of [approximateYears - 1, approximateYears, approximateYears + 1]) {
    if (years < 1) continue;
    // Feb 29 starts fall on Feb 28 in common years (RULES.md §8).
    const candidate = addYears(start, years);
    const candidateDistance = Math.abs(daysBetween(candidate, assessmentDate));
    const isNearer =
      candidateDistance < distance ||
      (candidateDistance === distance && compareDates(candidate, anniversaryDate) < 0);
    if (isNearer) {
      anniversaryDate = candidate;
      distance = candidateDistance;
    }
  }
  const windowStart = addDays(anniversaryDate, -ANNUAL_ASSESSMENT_WINDOW_DAYS);
  const windowEnd = addDays(anniversaryDate, ANNUAL_ASSESSMENT_WINDOW_DAYS);
  const withinWindow =
    compareDates(windowStart, assessmentDate) <= 0 && compareDates(assessmentDate, windowEnd) <= 0;
  const daysFromAnniversary = daysBetween(anniversaryDate, assessmentDate);
  const reasons = [
    withinWindow
      ? `The assessment on ${longDate(assessmentDate)} is within 30 days of the anniversary on ${longDate(anniversaryDate)}.`
      : `The assessment on ${longDate(assessmentDate)} is ${Math.abs(daysFromAnniversary)} days ${daysFromAnniversary < 0 ? 'before' : 'after'} the anniversary on ${longDate(anniversaryDate)}; it must fall between ${longDate(windowStart)} and ${longDate(windowEnd)}.`,
  ];
  return { anniversaryDate, windowStart, windowEnd, withinWindow, daysFromAnniversary, reasons };
}

export const ZHousingMoveInStatusInput = z
  .object({
    projectStartDate: ZIsoDate,
    housingMoveInDate: ZIsoDate.nullish(),
    projectExitDate: ZIsoDate.nullish(),
    pointInTimeDate: ZIsoDate.nullish(),
  })
  .superRefine((value, ctx) => {
    if (value.projectExitDate && compareDates(value.projectExitDate, value.projectStartDate) < 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'The exit is before the project start.',
        path: ['projectExitDate'],
      });
    }
  });
export type THousingMoveInStatusInput = z.input<typeof ZHousingMoveInStatusInput>;

export interface HousingMoveInStatus {
  moveInDateValid: boolean;
  countedAsHousedOnPointInTimeDate: boolean;
  reasons: string[];
}

/** HMIS data element 3.20 Housing Move-in Date, and whether the household counts as housed. */
export function housingMoveInStatus(input: THousingMoveInStatusInput): HousingMoveInStatus {
  const parsed = parseInput(ZHousingMoveInStatusInput, input);
  const { projectStartDate: start, projectExitDate: exit, pointInTimeDate: pit } = parsed;
  const moveIn = parsed.housingMoveInDate ?? null;
  const reasons: string[] = [];

  let moveInDateValid = true;
  if (moveIn === null) {
    reasons.push('No housing move-in date is recorded.');
  } else if (compareDates(moveIn, start) < 0) {
    moveInDateValid = false;
    reasons.push(`The move-in date ${longDate(moveIn)} is before the project start ${longDate(start)}.`);
  } else if (exit && compareDates(moveIn, exit) > 0) {
    moveInDateValid = false;
    reasons.push(`The move-in date ${longDate(moveIn)} is after the project exit ${longDate(exit)}.`);
  } else {
    reasons.push(`The move-in date ${longDate(moveIn)} is within the enrollment.`);
  }

  let counted = false;
  if (!pit) {
    reasons.push('No point-in-time date was given.');
  } else if (moveIn === null || !moveInDateValid) {
    reasons.push(`Without a valid move-in date the household still counts as homeless on ${longDate(pit)}.`);
  } else if (compareDates(moveIn, pit) > 0) {
    reasons.push(`The household had not moved in by ${longDate(pit)}, so it still counts as homeless then.`);
  } else if (exit && compareDates(exit, pit) <= 0) {
    reasons.push(`The household exited on ${longDate(exit)}, on or before ${longDate(pit)}.`);
  } else {
    counted = true;
    reasons.push(`The household had moved in by ${longDate(pit)} and was still enrolled: counted as housed.`);
  }
  return { moveInDateValid, countedAsHousedOnPointInTimeDate: counted, reasons };
}
