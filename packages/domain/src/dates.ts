/**
 * Calendar arithmetic over ISO `yyyy-mm-dd` strings. Everything is UTC day numbers (days since
 * 1970-01-01), so there is no clock, no time zone and no daylight-saving surprise.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type IsoDate = string;

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function splitIsoDate(iso: string): DateParts | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Years before 1000 are refused: Date.UTC reads 0–99 as 1900–1999, and no record is that old.
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  return { year, month, day };
}

function partsOf(iso: IsoDate): DateParts {
  const parts = splitIsoDate(iso);
  if (!parts) throw new RangeError(`Not an ISO date (yyyy-mm-dd): ${iso}`);
  return parts;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

export function isIsoDate(value: string): boolean {
  return splitIsoDate(value) !== null;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month, `month` 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** UTC day number of an ISO date (1970-01-01 is 0). */
export function toDayNumber(iso: IsoDate): number {
  const { year, month, day } = partsOf(iso);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const date = new Date(dayNumber * MS_PER_DAY);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Adds calendar months; a day past the end of the target month clamps (Jan 31 + 1 = Feb 28/29). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const { year, month, day } = partsOf(iso);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(targetDay, 2)}`;
}

/** Adds calendar years; Feb 29 becomes Feb 28 in a year that has none. */
export function addYears(iso: IsoDate, years: number): IsoDate {
  return addMonths(iso, years * 12);
}

/** Negative when a is before b, 0 when equal, positive when after. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** Signed number of days from `from` to `to` (to − from). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) <= 0 ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/** `yyyy-mm` of a date. */
export function monthOf(iso: IsoDate): string {
  partsOf(iso);
  return iso.slice(0, 7);
}

/** Months from the month of `from` to the month of `to` (whole calendar months, signed). */
export function monthIndexDifference(from: IsoDate, to: IsoDate): number {
  const a = partsOf(from);
  const b = partsOf(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/**
 * Whole calendar months elapsed from `start` to `date`: the largest m with start + m months ≤ date
 * (month-end clamping included, so Jan 31 + 1 month = Feb 28 completes a month). Negative before.
 */
export function wholeMonthsBetween(start: IsoDate, date: IsoDate): number {
  let months = monthIndexDifference(start, date);
  while (compareDates(addMonths(start, months), date) > 0) months -= 1;
  while (compareDates(addMonths(start, months + 1), date) <= 0) months += 1;
  return months;
}

export function yearOf(iso: IsoDate): number {
  return partsOf(iso).year;
}

const LONG_DATE = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** A date as people read it: 2026-12-05 → "December 5, 2026". For reasons and messages. */
export function longDate(iso: IsoDate): string {
  return LONG_DATE.format(new Date(toDayNumber(iso) * MS_PER_DAY));
}

const LONG_MONTH = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A month as people read it: 2026-11 (or any date in it) → "November 2026". For reasons and messages. */
export function longMonth(month: string): string {
  const iso = month.length === 7 ? `${month}-01` : month;
  return LONG_MONTH.format(new Date(toDayNumber(iso) * MS_PER_DAY));
}
