import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { CTI_PHASES, ctiPhase } from './cti';
import { fromDayNumber, toDayNumber } from './dates';

const phaseOn = (ctiStartDate: string, date: string, length?: number) =>
  ctiPhase({ ctiStartDate, date }, length ? { ctiPhaseLengthMonths: length } : undefined).phase;

describe('ctiPhase', () => {
  it('follows calendar months from the start', () => {
    const start = '2025-03-15';
    expect(phaseOn(start, '2025-03-14')).toBe('pre_cti');
    expect(phaseOn(start, '2025-03-15')).toBe('phase_1_transition');
    expect(phaseOn(start, '2025-06-14')).toBe('phase_1_transition');
    expect(phaseOn(start, '2025-06-15')).toBe('phase_2_try_out');
    expect(phaseOn(start, '2025-09-14')).toBe('phase_2_try_out');
    expect(phaseOn(start, '2025-09-15')).toBe('phase_3_transfer_of_care');
    expect(phaseOn(start, '2025-12-14')).toBe('phase_3_transfer_of_care');
    expect(phaseOn(start, '2025-12-15')).toBe('completed');
  });

  it('a month-end start clamps: Jan 31 + 3 months is Apr 30', () => {
    const start = '2025-01-31';
    expect(phaseOn(start, '2025-04-29')).toBe('phase_1_transition');
    expect(phaseOn(start, '2025-04-30')).toBe('phase_2_try_out');
    expect(phaseOn(start, '2025-07-30')).toBe('phase_2_try_out');
    expect(phaseOn(start, '2025-07-31')).toBe('phase_3_transfer_of_care');
    expect(phaseOn(start, '2025-10-30')).toBe('phase_3_transfer_of_care');
    expect(phaseOn(start, '2025-10-31')).toBe('completed');
    expect(ctiPhase({ ctiStartDate: start, date: '2025-02-28' }).monthsElapsed).toBe(1);
  });

  it('Nov 30 + 3 months is Feb 28, or Feb 29 in a leap year', () => {
    expect(phaseOn('2024-11-30', '2025-02-27')).toBe('phase_1_transition');
    expect(phaseOn('2024-11-30', '2025-02-28')).toBe('phase_2_try_out');
    expect(phaseOn('2023-11-30', '2024-02-28')).toBe('phase_1_transition');
    expect(phaseOn('2023-11-30', '2024-02-29')).toBe('phase_2_try_out');
  });

  it('the phase length is a program setting', () => {
    expect(phaseOn('2025-01-01', '2025-03-01', 2)).toBe('phase_2_try_out');
    expect(phaseOn('2025-01-01', '2025-07-01', 2)).toBe('completed');
  });

  it('writes its dates as people read them', () => {
    const { reasons } = ctiPhase({ ctiStartDate: '2025-01-31', date: '2025-02-10' });
    expect(reasons[0]).toContain(
      'since the start on January 31, 2025; the next phase begins April 30, 2025.',
    );
    for (const date of ['2025-01-01', '2025-02-10', '2026-02-10']) {
      expect(ctiPhase({ ctiStartDate: '2025-01-31', date }).reasons.join(' ')).not.toMatch(/\d{4}-\d{2}/);
    }
  });

  it('tells the next phase date', () => {
    expect(ctiPhase({ ctiStartDate: '2025-01-31', date: '2025-02-10' }).nextPhaseDate).toBe('2025-04-30');
    expect(ctiPhase({ ctiStartDate: '2025-01-31', date: '2026-02-10' }).nextPhaseDate).toBeNull();
  });

  it('property: the phase never goes backwards as the date moves forward', () => {
    const day = fc.integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2030-12-31') });
    fc.assert(
      fc.property(day, day, day, fc.integer({ min: 1, max: 6 }), (start, a, b, length) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const ctiStartDate = fromDayNumber(start);
        const first = phaseOn(ctiStartDate, fromDayNumber(early), length);
        const second = phaseOn(ctiStartDate, fromDayNumber(late), length);
        expect(CTI_PHASES.indexOf(first)).toBeLessThanOrEqual(CTI_PHASES.indexOf(second));
      }),
    );
  });
});
