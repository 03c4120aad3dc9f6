import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { addBusinessDays, isWeekend } from './business-days';
import { addDays, compareDates } from './dates';

describe('business days', () => {
  it('skips weekends', () => {
    expect(isWeekend('2026-11-21')).toBe(true); // Saturday
    expect(isWeekend('2026-11-23')).toBe(false); // Monday
    expect(addBusinessDays('2026-11-23', 10)).toBe('2026-12-07');
    expect(addBusinessDays('2026-11-20', 1)).toBe('2026-11-23');
    expect(addBusinessDays('2026-11-21', 0)).toBe('2026-11-21');
  });

  it('property: n business days land on a weekday within n..n*7/5+3 calendar days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 1, max: 60 }), (offset, n) => {
        const from = addDays('2000-01-01', offset);
        const due = addBusinessDays(from, n);
        expect(isWeekend(due)).toBe(false);
        expect(compareDates(due, addDays(from, n))).toBeGreaterThanOrEqual(0);
        expect(compareDates(due, addDays(from, Math.ceil((n * 7) / 5) + 3))).toBeLessThanOrEqual(0);
      }),
    );
  });
});
