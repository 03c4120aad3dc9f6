import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  longDate,
  longMonth,
  toDayNumber,
  wholeMonthsBetween,
} from './dates';

describe('dates', () => {
  it('parses only real yyyy-mm-dd dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate('2025-01-01T00:00:00Z')).toBe(false);
    expect(() => toDayNumber('nope')).toThrow(RangeError);
  });

  it('writes dates and months as people read them', () => {
    expect(longDate('2026-11-20')).toBe('November 20, 2026');
    expect(longMonth('2026-11')).toBe('November 2026');
    expect(longMonth('2027-01-31')).toBe('January 2027');
  });

  it('counts days in UTC', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(addDays('2025-11-30', 45)).toBe('2026-01-14');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(compareDates('2025-01-02', '2025-01-01')).toBeGreaterThan(0);
  });

  it('clamps month ends', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2025-06-15', -3)).toBe('2022-06-15');
  });

  it('property: day numbers round-trip and whole months invert addMonths', () => {
    const day = fc.integer({ min: toDayNumber('1950-01-01'), max: toDayNumber('2150-12-31') });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 240 }), (n, months) => {
        const iso = fromDayNumber(n);
        expect(toDayNumber(iso)).toBe(n);
        expect(wholeMonthsBetween(iso, addMonths(iso, months))).toBe(months);
      }),
    );
  });
});
