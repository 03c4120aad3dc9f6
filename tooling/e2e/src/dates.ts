import { addDays, longDate } from '@hearth/domain';
import { inject } from 'vitest';

/** The server's today (its one clock, moved by HEARTH_TODAY in CI): journeys never read the wall clock. */
export function today(): string {
  return inject('today');
}

/** The date `n` days before the server's today. */
export function daysAgo(n: number): string {
  return addDays(today(), -n);
}

/** The date `n` days after the server's today. */
export function daysAhead(n: number): string {
  return addDays(today(), n);
}

/** A date as the portals show it: "December 5, 2026". */
export const formatDate = longDate;
export { addDays };
