import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { addDays } from './dates';
import { overlappingStay, stayOverlapRefusal } from './stays';

const june = { startDate: '2026-06-01', endDate: '2026-06-30' };

describe('stays never overlap', () => {
  it('a stay sharing a night with another is refused, naming it as people read dates', () => {
    expect(overlappingStay([june], { start: '2026-06-15', end: '2026-07-10' })).toBe(june);
    expect(overlappingStay([june], { start: '2026-05-01', end: '2026-06-01' })).toBe(june);
    expect(stayOverlapRefusal([june], { start: '2026-06-30', end: '2026-07-02' })).toBe(
      'This stay overlaps the one from June 1, 2026 to June 30, 2026.',
    );
  });

  it('adjacent stays are fine: the end is the last night there', () => {
    expect(overlappingStay([june], { start: '2026-07-01', end: '2026-07-31' })).toBeNull();
    expect(stayOverlapRefusal([june], { start: '2026-05-01', end: '2026-05-31' })).toBeNull();
    expect(stayOverlapRefusal([], { start: '2026-05-01', end: '2026-05-31' })).toBeNull();
  });

  it('property: overlap is symmetric', () => {
    const period = fc
      .tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 60 }))
      .map(([offset, length]) => {
        const startDate = addDays('2025-01-01', offset);
        return { startDate, endDate: addDays(startDate, length) };
      });
    fc.assert(
      fc.property(period, period, (a, b) => {
        const ab = overlappingStay([a], { start: b.startDate, end: b.endDate }) !== null;
        const ba = overlappingStay([b], { start: a.startDate, end: a.endDate }) !== null;
        expect(ab).toBe(ba);
      }),
    );
  });
});
