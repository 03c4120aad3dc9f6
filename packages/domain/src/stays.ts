import { compareDates, longDate } from './dates';

/**
 * The homelessness history is a set of stays that never overlap (`end` is the last night there,
 * inclusive): a new stay touching a night of another is refused.
 */

export interface StayPeriod {
  startDate: string;
  endDate: string;
}

/** The first recorded stay that shares a night with the new one, or null. */
export function overlappingStay<T extends StayPeriod>(
  existing: readonly T[],
  stay: { start: string; end: string },
): T | null {
  return (
    existing.find(
      (s) => compareDates(stay.start, s.endDate) <= 0 && compareDates(s.startDate, stay.end) <= 0,
    ) ?? null
  );
}

/** Why a new stay cannot be added, or null when it can. */
export function stayOverlapRefusal(
  existing: readonly StayPeriod[],
  stay: { start: string; end: string },
): string | null {
  const other = overlappingStay(existing, stay);
  if (!other) return null;
  return `This stay overlaps the one from ${longDate(other.startDate)} to ${longDate(other.endDate)}.`;
}
