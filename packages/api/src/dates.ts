/** The calendar date of an instant, yyyy-mm-dd, in UTC. */
export function isoToday(now: Date): string {
  return now.toISOString().slice(0, 10);
}
