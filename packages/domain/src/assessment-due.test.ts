import { describe, expect, it } from 'vitest';
import { anniversaryAssessmentWindow, assessmentDue } from './assessment-due';
import { firstAnnualAssessment } from './enrollment';

describe('assessment due: at least annually', () => {
  it('before the first one: the initial assessment, within 30 days of the project start', () => {
    const due = assessmentDue({ projectStartDate: '2026-01-15', completedOn: [], today: '2026-02-01' });
    expect(due).toMatchObject({
      kind: 'initial',
      windowStart: '2026-01-15',
      windowEnd: '2026-02-14',
      isOverdue: false,
    });
    expect(due?.reasons[0]).toBe(
      'No assessment is completed yet: the initial assessment is due within 30 days of the project start on January 15, 2026, by February 14, 2026.',
    );
    // Not a 13-month window: a month after the start with none done, it is overdue.
    const late = assessmentDue({ projectStartDate: '2026-01-02', completedOn: [], today: '2026-03-01' });
    expect(late).toMatchObject({ windowEnd: '2026-02-01', isOverdue: true });
    expect(late?.reasons[0]).toBe(
      'Overdue: the initial assessment was due within 30 days of the project start on January 2, 2026, by February 1, 2026, and none is completed yet.',
    );
  });
  it('the anniversary window is the one the move-in gives', () => {
    expect(anniversaryAssessmentWindow('2026-12-02', 1)).toEqual(firstAnnualAssessment('2026-12-02'));
    expect(anniversaryAssessmentWindow('2026-12-02', 1)).toMatchObject({
      windowStart: '2027-11-02',
      windowEnd: '2028-01-01',
    });
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
