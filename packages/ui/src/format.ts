import { longDate, todayIn } from '@hearth/domain';

/** "2026-01-14" → "January 14, 2026": a calendar date, so no time zone comes into it. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  try {
    return longDate(iso);
  } catch {
    return iso;
  }
}

const MONTH = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-01" → "January 2026". */
export function formatMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  if (!year || !monthNumber) return month;
  return MONTH.format(new Date(Date.UTC(year, monthNumber - 1, 1)));
}

const moments = new Map<string, Intl.DateTimeFormat>();
function momentFormat(timeZone: string): Intl.DateTimeFormat {
  let format = moments.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone });
    moments.set(timeZone, format);
  }
  return format;
}

/** A moment the server recorded, in the program's time zone: "December 5, 2026 at 3:04 PM". */
export function formatDateTime(at: string | Date | null | undefined, timeZone: string): string {
  if (!at) return '';
  return momentFormat(timeZone).format(new Date(at));
}

/** The calendar day of a moment in the program's time zone: "December 5, 2026". */
export function formatDayOf(at: string | Date | null | undefined, timeZone: string): string {
  if (!at) return '';
  return longDate(todayIn(new Date(at), timeZone));
}

const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

export function formatCents(cents: number | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  return USD.format(cents / 100);
}

export function fullName(p: { firstName: string; lastName: string; preferredName?: string | null }): string {
  return p.preferredName
    ? `${p.preferredName} (${p.firstName}) ${p.lastName}`
    : `${p.firstName} ${p.lastName}`;
}

export function titleCase(value: string): string {
  const s = value.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}
