import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { addDays, addYears, daysBetween, fromDayNumber, toDayNumber } from './dates';
import { annualAssessmentWindow, housingMoveInStatus } from './hmis-timing';

describe('annualAssessmentWindow', () => {
  const start = '2023-03-15';

  it('the window runs 30 days either side of the anniversary, inclusive', () => {
    expect(
      annualAssessmentWindow({
        headOfHouseholdProjectStartDate: start,
        assessmentDate: '2024-03-15',
      }),
    ).toMatchObject({
      anniversaryDate: '2024-03-15',
      windowStart: '2024-02-14',
      windowEnd: '2024-04-14',
      withinWindow: true,
    });
    expect(
      annualAssessmentWindow({
        headOfHouseholdProjectStartDate: start,
        assessmentDate: '2024-04-14',
      }).withinWindow,
    ).toBe(true);
    expect(
      annualAssessmentWindow({
        headOfHouseholdProjectStartDate: start,
        assessmentDate: '2024-04-15',
      }).withinWindow,
    ).toBe(false);
    expect(
      annualAssessmentWindow({
        headOfHouseholdProjectStartDate: start,
        assessmentDate: '2024-02-14',
      }).withinWindow,
    ).toBe(true);
    expect(
      annualAssessmentWindow({
        headOfHouseholdProjectStartDate: start,
        assessmentDate: '2024-02-13',
      }).withinWindow,
    ).toBe(false);
  });

  it('never uses the start date itself: the first anniversary is one year later', () => {
    const result = annualAssessmentWindow({
      headOfHouseholdProjectStartDate: start,
      assessmentDate: '2023-04-01',
    });
    expect(result.anniversaryDate).toBe('2024-03-15');
    expect(result.withinWindow).toBe(false);
  });

  it('uses the nearest anniversary in later years', () => {
    expect(
      annualAssessmentWindow({
        headOfHouseholdProjectStartDate: start,
        assessmentDate: '2026-02-20',
      }).anniversaryDate,
    ).toBe('2026-03-15');
    expect(
      annualAssessmentWindow({
        headOfHouseholdProjectStartDate: start,
        assessmentDate: '2026-08-01',
      }).anniversaryDate,
    ).toBe('2026-03-15');
    expect(
      annualAssessmentWindow({
        headOfHouseholdProjectStartDate: start,
        assessmentDate: '2026-10-01',
      }).anniversaryDate,
    ).toBe('2027-03-15');
  });

  it('a tie goes to the earlier anniversary', () => {
    // 2024-07-02 is 183 days after 2024-01-01 and 183 days before 2025-01-01.
    const result = annualAssessmentWindow({
      headOfHouseholdProjectStartDate: '2023-01-01',
      assessmentDate: '2024-07-02',
    });
    expect(result.anniversaryDate).toBe('2024-01-01');
  });

  it('a Feb 29 start has its anniversary on Feb 28 in common years', () => {
    expect(
      annualAssessmentWindow({
        headOfHouseholdProjectStartDate: '2024-02-29',
        assessmentDate: '2025-03-01',
      }),
    ).toMatchObject({
      anniversaryDate: '2025-02-28',
      windowEnd: '2025-03-30',
    });
    expect(
      annualAssessmentWindow({
        headOfHouseholdProjectStartDate: '2024-02-29',
        assessmentDate: '2028-03-01',
      }).anniversaryDate,
    ).toBe('2028-02-29');
  });

  it('property: the anniversary is a yearly anniversary at least a year after the start, and the nearest one', () => {
    const day = fc
      .integer({ min: toDayNumber('2015-01-01'), max: toDayNumber('2030-12-31') })
      .map(fromDayNumber);
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 4000 }), (startDate, offset) => {
        const assessmentDate = addDays(startDate, offset);
        const result = annualAssessmentWindow({
          headOfHouseholdProjectStartDate: startDate,
          assessmentDate,
        });
        const years = Math.round(daysBetween(startDate, result.anniversaryDate) / 365.25);
        expect(years).toBeGreaterThanOrEqual(1);
        expect(addYears(startDate, years)).toBe(result.anniversaryDate);
        const distance = Math.abs(daysBetween(result.anniversaryDate, assessmentDate));
        for (const other of [years - 1, years + 1].filter((y) => y >= 1)) {
          expect(Math.abs(daysBetween(addYears(startDate, other), assessmentDate))).toBeGreaterThanOrEqual(
            distance,
          );
        }
        expect(daysBetween(result.windowStart, result.windowEnd)).toBe(60);
      }),
    );
  });
});

describe('housingMoveInStatus', () => {
  const enrollment = { projectStartDate: '2025-01-10', pointInTimeDate: '2025-01-29' };

  it('no move-in date: valid, but still counted as homeless', () => {
    expect(
      housingMoveInStatus({ ...enrollment, housingMoveInDate: null, projectExitDate: null }),
    ).toMatchObject({
      moveInDateValid: true,
      countedAsHousedOnPointInTimeDate: false,
    });
  });

  it('moved in on the point-in-time date counts as housed', () => {
    expect(housingMoveInStatus({ ...enrollment, housingMoveInDate: '2025-01-29' })).toMatchObject({
      moveInDateValid: true,
      countedAsHousedOnPointInTimeDate: true,
    });
    expect(
      housingMoveInStatus({ ...enrollment, housingMoveInDate: '2025-01-30' })
        .countedAsHousedOnPointInTimeDate,
    ).toBe(false);
  });

  it('a move-in before the project start or after the exit is invalid', () => {
    expect(housingMoveInStatus({ ...enrollment, housingMoveInDate: '2025-01-09' })).toMatchObject({
      moveInDateValid: false,
      countedAsHousedOnPointInTimeDate: false,
    });
    expect(
      housingMoveInStatus({
        ...enrollment,
        housingMoveInDate: '2025-01-20',
        projectExitDate: '2025-01-19',
      }).moveInDateValid,
    ).toBe(false);
    expect(
      housingMoveInStatus({
        ...enrollment,
        housingMoveInDate: '2025-01-10',
        projectExitDate: '2025-01-10',
      }).moveInDateValid,
    ).toBe(true);
  });

  it('an exit on or before the point-in-time date means not counted', () => {
    expect(
      housingMoveInStatus({
        ...enrollment,
        housingMoveInDate: '2025-01-15',
        projectExitDate: '2025-01-29',
      }).countedAsHousedOnPointInTimeDate,
    ).toBe(false);
    expect(
      housingMoveInStatus({
        ...enrollment,
        housingMoveInDate: '2025-01-15',
        projectExitDate: '2025-01-30',
      }).countedAsHousedOnPointInTimeDate,
    ).toBe(true);
  });

  it('writes its dates as people read them', () => {
    const moveInLate = housingMoveInStatus({ ...enrollment, housingMoveInDate: '2025-01-30' });
    expect(moveInLate.reasons).toContain(
      'The household had not moved in by January 29, 2025, so it still counts as homeless then.',
    );
    const invalid = housingMoveInStatus({ ...enrollment, housingMoveInDate: '2025-01-09' });
    expect(invalid.reasons).toContain(
      'The move-in date January 9, 2025 is before the project start January 10, 2025.',
    );
    const outside = annualAssessmentWindow({
      headOfHouseholdProjectStartDate: '2023-03-15',
      assessmentDate: '2024-05-01',
    });
    expect(outside.reasons[0]).toContain('it must fall between February 14, 2024 and April 14, 2024.');
    for (const result of [moveInLate, invalid, outside]) {
      expect(result.reasons.join(' ')).not.toMatch(/\d{4}-\d{2}/);
    }
  });

  it('an exit before the project start is invalid input', () => {
    expect(() => housingMoveInStatus({ ...enrollment, projectExitDate: '2025-01-01' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', field: 'projectExitDate' }),
    );
  });
});
