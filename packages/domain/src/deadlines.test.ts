import { describe, expect, it } from 'vitest';

import { addDays } from './dates';
import { assessmentDue } from './index';
import { applicationDeadlines, caseloadDeadlines, type CaseloadApplication } from './deadlines';

const TODAY = '2026-11-23';

const row = (overrides: Partial<CaseloadApplication> = {}): CaseloadApplication => ({
  applicationId: 'a1',
  personId: 'p1',
  personName: 'Avery Lane',
  determinationDate: null,
  disabilityVerificationDeadline: null,
  disabilityEvidence: [],
  homelessEvidence: [],
  projectStartDate: null,
  projectExitDate: null,
  nextRecertificationDue: null,
  annualAssessment: null,
  ...overrides,
});

const observation = { type: 'intake_staff_observation' as const, isAcceptable: true, isProvisional: true };
const verification = { type: 'professional_verification' as const, isAcceptable: true, isProvisional: false };

describe('the deadlines of one application', () => {
  it('a disability observed at intake and not confirmed is due by its deadline', () => {
    const [deadline] = applicationDeadlines(
      row({ disabilityVerificationDeadline: '2026-12-18', disabilityEvidence: [observation] }),
      TODAY,
    );
    expect(deadline).toMatchObject({
      kind: 'disability_confirmation',
      dueDate: '2026-12-18',
      isOverdue: false,
    });
    expect(deadline?.description).toContain('December 18, 2026');
  });

  it('a confirmed disability has no deadline', () => {
    expect(
      applicationDeadlines(
        row({
          disabilityVerificationDeadline: '2026-12-18',
          disabilityEvidence: [observation, verification],
        }),
        TODAY,
      ),
    ).toEqual([]);
  });

  it('undetermined: determine within 14 days of the latest usable homelessness evidence', () => {
    const deadlines = applicationDeadlines(
      row({
        homelessEvidence: [
          { evidenceType: 'third_party', evidenceDate: '2026-11-10', dueDiligenceDocumented: false },
          { evidenceType: 'third_party', evidenceDate: '2026-11-15', dueDiligenceDocumented: false },
          // Self-certification without due diligence is not usable, however recent.
          { evidenceType: 'self_certification', evidenceDate: '2026-11-20', dueDiligenceDocumented: false },
        ],
      }),
      TODAY,
    );
    expect(deadlines).toEqual([
      expect.objectContaining({
        kind: 'homelessness_documentation',
        dueDate: '2026-11-29',
        windowStart: '2026-11-15',
      }),
    ]);
    expect(
      applicationDeadlines(row({ determinationDate: '2026-11-16', homelessEvidence: [] }), TODAY),
    ).toEqual([]);
  });

  it('the window follows the program setting', () => {
    const [deadline] = applicationDeadlines(
      row({
        homelessEvidence: [
          { evidenceType: 'intake_observation', evidenceDate: '2026-11-15', dueDiligenceDocumented: false },
        ],
      }),
      TODAY,
      { literalHomelessnessDocumentationDays: 7 },
    );
    expect(deadline?.dueDate).toBe('2026-11-22');
    expect(deadline?.isOverdue).toBe(true);
  });

  it('enrolled: the annual assessment and the recertification, until the household exits', () => {
    // The care rules say when the next full assessment is due (none completed yet: from the start).
    const annualAssessment = assessmentDue({ projectStartDate: '2025-12-23', completedOn: [], today: TODAY });
    const enrolled = row({
      projectStartDate: '2025-12-23',
      nextRecertificationDue: '2027-01-06',
      annualAssessment,
    });
    const deadlines = applicationDeadlines(enrolled, TODAY);
    expect(deadlines.map((d) => d.kind)).toEqual(['annual_assessment', 'recertification']);
    expect(deadlines[0]).toMatchObject({ dueDate: annualAssessment!.windowEnd, windowStart: '2025-12-23' });
    expect(applicationDeadlines({ ...enrolled, projectExitDate: '2026-10-01' }, TODAY)).toEqual([]);
  });
});

describe('caseloadDeadlines', () => {
  const caseload = [
    row({
      applicationId: 'soon',
      personName: 'B',
      nextRecertificationDue: addDays(TODAY, 5),
      projectStartDate: null,
    }),
    row({
      applicationId: 'late',
      personName: 'C',
      disabilityVerificationDeadline: addDays(TODAY, -3),
      disabilityEvidence: [observation],
    }),
    row({ applicationId: 'far', personName: 'A', nextRecertificationDue: addDays(TODAY, 60) }),
  ];

  it('overdue first, then by due date', () => {
    expect(caseloadDeadlines({ caseload, today: TODAY }).map((d) => [d.applicationId, d.isOverdue])).toEqual([
      ['late', true],
      ['soon', false],
      ['far', false],
    ]);
  });

  it('within a horizon, overdue ones stay', () => {
    expect(caseloadDeadlines({ caseload, today: TODAY, withinDays: 7 }).map((d) => d.applicationId)).toEqual([
      'late',
      'soon',
    ]);
  });
});
