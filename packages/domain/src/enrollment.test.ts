import { describe, expect, it } from 'vitest';

import {
  firstAnnualAssessment,
  housingStartRefusal,
  moveInRefusal,
  projectStartRefusal,
  unitRefusal,
} from './enrollment';

describe('housing may start', () => {
  it('on an eligible determination, or one pending the 45-day confirmation', () => {
    expect(housingStartRefusal({ status: 'eligible' })).toBeNull();
    expect(housingStartRefusal({ status: 'pending_disability_verification' })).toBeNull();
  });

  it('not without a determination, nor on an ineligible or overdue one', () => {
    expect(housingStartRefusal(null)).toBe('Record an eligibility determination before enrolling.');
    expect(housingStartRefusal({ status: 'ineligible' })).toBe(
      'The household cannot be enrolled: the determination in force is ineligible.',
    );
    expect(housingStartRefusal({ status: 'verification_overdue' })).toMatch(/verification overdue/);
  });
});

describe('project start and move-in', () => {
  it('the project start may not follow a recorded move-in', () => {
    expect(projectStartRefusal({ projectStartDate: '2026-11-21', housingMoveInDate: null })).toBeNull();
    expect(
      projectStartRefusal({ projectStartDate: '2026-11-22', housingMoveInDate: '2026-11-22' }),
    ).toBeNull();
    expect(projectStartRefusal({ projectStartDate: '2026-11-23', housingMoveInDate: '2026-11-22' })).toBe(
      'The project start date must be on or before the move-in date (November 22, 2026).',
    );
  });

  it('the move-in is recorded once', () => {
    expect(moveInRefusal({ housingMoveInDate: null })).toBeNull();
    expect(moveInRefusal({ housingMoveInDate: '2026-11-22' })).toBe(
      'The move-in date is already recorded (November 22, 2026) and is never changed.',
    );
  });

  it('a unit another household lives in is refused; an empty one or the household’s own is fine', () => {
    const unit = { label: '2B', propertyName: 'Elm Street Apartments', occupiedByHouseholdId: 'h1' };
    expect(unitRefusal(unit, 'h2')).toBe('Unit 2B at Elm Street Apartments is occupied.');
    expect(unitRefusal(unit, 'h1')).toBeNull();
    expect(unitRefusal({ ...unit, occupiedByHouseholdId: null }, 'h2')).toBeNull();
  });

  it('the first annual assessment is around the first anniversary of the project start', () => {
    expect(firstAnnualAssessment('2026-11-21')).toMatchObject({ anniversaryDate: '2027-11-21' });
    expect(firstAnnualAssessment('2028-02-29').anniversaryDate).toBe('2029-02-28');
  });
});
