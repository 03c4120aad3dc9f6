import { compareDates, longDate } from './dates';
import { badInput } from './errors';

/** Checks of entered dates against today and against earlier dates of the record (today is an input). */

/** A date the person enters may not be after today. */
export function notInFuture(field: string, date: string | null | undefined, today: string): void {
  if (date && compareDates(date, today) > 0) {
    badInput(
      field,
      `${longDate(date)} is in the future: the date cannot be after today (${longDate(today)}).`,
    );
  }
}

/** A date may not be before an earlier date of the record (`what` names it: "the application date"). */
export function notBefore(field: string, date: string, earliest: string, what: string): void {
  if (compareDates(date, earliest) < 0) {
    badInput(field, `${longDate(date)} is before ${what} (${longDate(earliest)}).`);
  }
}
