import { compareDates, longDate } from './dates';
import { badInput } from './errors';

/**
 * The date checks the care rules share (kept inside the package: the rules export what they
 * decide, not these helpers). Messages name dates as people read them; the field travels apart.
 */

/** A date that has happened: today or earlier. */
export function notInFuture(field: string, date: string | null | undefined, today: string): void {
  if (date && compareDates(date, today) > 0) {
    badInput(
      field,
      `${longDate(date)} is in the future: the date cannot be after today (${longDate(today)}).`,
    );
  }
}

/** A date on or after an earlier event, e.g. "is before the referral (March 2, 2026)". */
export function notBefore(field: string, date: string, earliest: string, what: string): void {
  if (compareDates(date, earliest) < 0) {
    badInput(field, `${longDate(date)} is before ${what} (${longDate(earliest)}).`);
  }
}
