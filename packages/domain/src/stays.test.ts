import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { addDays } from './dates';
import { chronicAssessmentOfFile } from './eligibility-file';
import { currentSituationStay, overlappingStay, stayLocationOfSituation, stayOverlapRefusal } from './stays';

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

describe('the current living situation counts in the chronic history', () => {
  const tent = {
    livingSituation: 'place_not_meant_for_habitation',
    evidenceType: 'intake_observation' as const,
    evidenceDate: '2026-11-15',
  };

  it('stands for the nights from its date to the date of the assessment when no stay covers them', () => {
    expect(currentSituationStay(tent, [], '2026-11-20')).toEqual({
      start: '2026-11-15',
      end: '2026-11-20',
      location: 'place_not_meant_for_habitation',
      documentation: 'intake_observation',
    });
    expect(currentSituationStay(tent, [], '2026-11-15')).toMatchObject({
      start: '2026-11-15',
      end: '2026-11-15',
    });
  });

  it('starts after the last recorded stay, and recorded stays always win', () => {
    const shelter = { startDate: '2025-10-01', endDate: '2026-11-17' };
    expect(currentSituationStay(tent, [shelter], '2026-11-20')).toMatchObject({ start: '2026-11-18' });
    expect(
      currentSituationStay(tent, [{ startDate: '2026-11-01', endDate: '2026-11-20' }], '2026-11-20'),
    ).toBeNull();
  });

  it('says nothing of a date before it was documented, nor of a situation with no place', () => {
    expect(currentSituationStay(tent, [], '2026-11-14')).toBeNull();
    expect(currentSituationStay({ ...tent, livingSituation: null }, [], '2026-11-20')).toBeNull();
    expect(currentSituationStay(null, [], '2026-11-20')).toBeNull();
  });

  it('maps each living situation onto a location of the history', () => {
    const at = (livingSituation: string, facts?: Record<string, unknown>) =>
      stayLocationOfSituation({ livingSituation, facts });
    expect(at('emergency_shelter')).toBe('emergency_shelter');
    expect(at('hotel_motel', { hotelPaidBy: 'government_program' })).toBe('emergency_shelter');
    expect(at('hotel_motel', { hotelPaidBy: 'self' })).toBe('housed');
    expect(at('hotel_motel')).toBe('unknown');
    expect(at('staying_with_family_or_friends')).toBe('housed');
    expect(at('transitional_housing')).toBe('transitional_housing');
  });

  it('a person in a tent tonight is in a place not meant for habitation, not "a place not recorded"', () => {
    const situation = {
      categories: [1],
      acceptedByProgram: true,
      reasons: [],
      evidenceSource: null,
      dueDiligenceDocumented: false,
      ...tent,
    };
    const chronic = chronicAssessmentOfFile(
      { situations: [situation], stays: [], disability: [] },
      '2026-11-20',
    );
    const text = chronic.reasons.join(' ');
    expect(text).not.toContain('a place not recorded');
    expect(text).toContain('a place not meant for human habitation, which counts as homeless');
    expect(chronic.reasons[0]).toBe(
      'The nights from November 15, 2026 to November 20, 2026: a place not meant for human habitation, as the current living situation records (intake-worker observation).',
    );
  });
});
