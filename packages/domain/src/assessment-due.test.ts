import { describe, expect, it } from 'vitest';
import { assessmentDue } from './assessment-due';

describe('assessment due: at least annually', () => {
  it('before the first one: from the project start', () => {
    const due = assessmentDue({ projectStartDate: '2026-01-15', completedOn: [], today: '2026-03-01' });
    expect(due).toMatchObject({
      kind: 'initial',
      windowStart: '2026-01-15',
      windowEnd: '2027-02-14',
      isOverdue: false,
    });
    expect(due?.reasons[0]).toBe(
      'No assessment is completed yet: due from the project start on January 15, 2026, by February 14, 2027 at the latest.',
    );
  });
  it('then the HMIS window around each anniversary', () => {
    expect(
      assessmentDue({ projectStartDate: '2026-01-15', completedOn: ['2026-02-01'], today: '2026-11-01' }),
    ).toMatchObject({
      kind: 'annual',
      anniversaryDate: '2027-01-15',
      windowStart: '2026-12-16',
      windowEnd: '2027-02-14',
    });
    const met = assessmentDue({
      projectStartDate: '2026-01-15',
      completedOn: ['2026-02-01', '2027-01-10'],
      today: '2027-01-20',
    });
    expect(met?.anniversaryDate).toBe('2028-01-15');
    expect(
      assessmentDue({ projectStartDate: '2026-01-15', completedOn: ['2026-02-01'], today: '2027-03-01' })
        ?.isOverdue,
    ).toBe(true);
    expect(assessmentDue({ projectStartDate: null, completedOn: [], today: '2027-03-01' })).toBeNull();
  });
});
