/**
 * The program's calendar. Hearth never reads the wall clock outside the server's one clock; these
 * functions turn an instant the clock gave into the date people in the program live on.
 */
import { z } from 'zod';
import { toDayNumber } from './dates';

/** Where a program has no time zone of its own (Maine and Connecticut both keep Eastern time). */
export const DEFAULT_TIME_ZONE = 'America/New_York';

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const ZTimeZone = z
  .string()
  .refine(isTimeZone, { message: 'Choose a time zone such as America/New_York.' });

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date (yyyy-mm-dd) of an instant in a time zone: 23:30 in Maine is still that day. */
export function todayIn(now: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const parts = formatterFor(timeZone).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The program's time zone from its settings, or the default when it has none (or a wrong one). */
export function programTimeZone(settings: Record<string, unknown> | null | undefined): string {
  const zone = settings?.['timeZone'];
  return typeof zone === 'string' && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

/**
 * The instant shift that makes a clock read `today` (in the zone) while time still passes:
 * whole days only, so sessions, timeouts and the order of events behave as they do in life.
 * Used by tests and by the server's test clock (`HEARTH_TODAY`), never in production.
 */
export function dayShiftMs(now: Date, today: string, timeZone: string = DEFAULT_TIME_ZONE): number {
  return (toDayNumber(today) - toDayNumber(todayIn(now, timeZone))) * 86_400_000;
}

/** A clock: the one source of "now". The server has one; tests build their own. */
export interface Clock {
  now(): Date;
}

/** A clock whose calendar reads `today` in the zone and whose time of day is the real one. */
export function shiftedClock(base: Clock, today: string, timeZone: string = DEFAULT_TIME_ZONE): Clock {
  const shift = dayShiftMs(base.now(), today, timeZone);
  return { now: () => new Date(base.now().getTime() + shift) };
}

/** A clock stopped at one instant: noon on `today` in UTC unless a time is given. */
export function fixedClock(instant: Date | string): Clock {
  const at =
    typeof instant === 'string'
      ? new Date(instant.length === 10 ? `${instant}T15:00:00Z` : instant)
      : instant;
  return { now: () => new Date(at.getTime()) };
}
