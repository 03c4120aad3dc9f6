import { describe, expect, it } from 'vitest';
import { formatCents, formatDate, formatDateTime, formatDayOf, formatMonth } from './format';

describe('dates and amounts as people read them', () => {
  it('shows a calendar date without any time zone moving it', () => {
    expect(formatDate('2026-12-05')).toBe('December 5, 2026');
    expect(formatDate('2027-01-01')).toBe('January 1, 2027');
    expect(formatDate(null)).toBe('');
  });

  it('shows a month of the chronic look-back', () => {
    expect(formatMonth('2026-02')).toBe('February 2026');
  });

  it('shows a recorded moment in the program’s time zone, not the browser’s', () => {
    // 03:30 UTC on Dec 6 is still the evening of Dec 5 in Maine.
    const at = '2026-12-06T03:30:00.000Z';
    expect(formatDayOf(at, 'America/New_York')).toBe('December 5, 2026');
    expect(formatDayOf(at, 'UTC')).toBe('December 6, 2026');
    expect(formatDateTime(at, 'America/New_York')).toMatch(/^December 5, 2026.*10:30\sPM$/);
  });

  it('shows cents as dollars', () => {
    expect(formatCents(85_000)).toBe('$850.00');
    expect(formatCents(undefined)).toBe('');
  });
});
