import { addDays, toDayNumber, type IsoDate } from './dates';

/** Whether a date is a Saturday or Sunday (1970-01-01 was a Thursday). */
export function isWeekend(iso: IsoDate): boolean {
  const weekday = (((toDayNumber(iso) + 4) % 7) + 7) % 7; // 0 = Sunday
  return weekday === 0 || weekday === 6;
}

/** `days` business days (Monday–Friday) after `from`; holidays are not counted out. */
export function addBusinessDays(from: IsoDate, days: number): IsoDate {
  let date = from;
  let left = days;
  while (left > 0) {
    date = addDays(date, 1);
    if (!isWeekend(date)) left -= 1;
  }
  return date;
}
