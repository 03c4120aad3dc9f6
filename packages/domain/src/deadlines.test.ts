import { describe, expect, it } from 'vitest';

import { addDays, addMonths } from './dates';
import { assessmentDue, determineEligibility, firstAnnualAssessment, RIGHTS_TOPICS } from './index';
import {
  applicationDeadlines,
  caseloadDeadlines,
  DEADLINE_KINDS,
  deadlinesPage,
  grievanceDeadline,
  type CaseloadApplication,
  type OpenGrievance,
} from './deadlines';

const TODAY = '2026-11-23';

const row = (overrides: Partial<CaseloadApplication> = {}): CaseloadApplication => ({
  applicationId: 'a1',
  personId: 'p1',
  personName: 'Avery Lane',
  applicationDate: addDays(TODAY, -10),
  determinationDate: null,
  disabilityEvidence: [],
  homelessEvidence: [],
  projectStartDate: null,
  projectExitDate: null,
  housingMoveInDate: null,
  nextRecertificationDue: null,
  completedAssessments: [],
  rightsAcknowledged: [],
  ...overrides,
});

const observation = { type: 'intake_staff_observation' as const, isAcceptable: true, isProvisional: true };
const verification = { type: 'professional_verification' as const, isAcceptable: true, isProvisional: false };

describe('the deadlines of one application', () => {
  it('a disability observed at intake and not confirmed is due 45 days from the application', () => {
    const [deadline] = applicationDeadlines(
      row({ applicationDate: '2026-11-03', disabilityEvidence: [observation] }),
      TODAY,
    );
    expect(deadline).toMatchObject({
      kind: 'disability_confirmation',
      dueDate: '2026-12-18',
      isOverdue: false,
    });
    expect(deadline?.description).toContain('December 18, 2026');
  });

  it('the 45-day deadline shows with no determination yet, overdue at 50 days, on the date eligibility gives', () => {
    // An intake observation only, on an application 50 days old, never determined.
    const applicationDate = addDays(TODAY, -50);
    const deadlines = applicationDeadlines(
      row({ applicationDate, disabilityEvidence: [observation] }),
      TODAY,
    );
    const eligibility = determineEligibility({
      applicationDate,
      asOfDate: TODAY,
      homelessCategories: [1],
      disability: {
        qualifying: true,
        disabledMember: 'head_of_household',
        evidence: [{ type: 'intake_staff_observation', date: applicationDate }],
      },
    });
    expect(eligibility.status).toBe('verification_overdue');
    expect(deadlines).toEqual([
      expect.objectContaining({
        kind: 'disability_confirmation',
        dueDate: eligibility.disabilityVerificationDeadline,
        isOverdue: true,
      }),
    ]);
    expect(deadlines[0]!.dueDate).toBe(addDays(applicationDate, 45));
  });

  it('the disability deadline follows the program setting', () => {
    const [deadline] = applicationDeadlines(
      row({ applicationDate: '2026-11-03', disabilityEvidence: [observation] }),
      TODAY,
      { disabilityConfirmationDays: 30 },
    );
    expect(deadline?.dueDate).toBe('2026-12-03');
  });

  it('a confirmed disability has no deadline', () => {
    expect(
      applicationDeadlines(
        row({ applicationDate: '2026-11-03', disabilityEvidence: [observation, verification] }),
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

  it('enrolled, no assessment yet: the initial one within 30 days of the start, and the first annual window', () => {
    const start = addDays(TODAY, -20);
    const enrolled = row({ projectStartDate: start, nextRecertificationDue: addDays(TODAY, 300) });
    const deadlines = applicationDeadlines(enrolled, TODAY).filter((d) => d.kind !== 'recertification');
    expect(deadlines.map((d) => d.kind)).toEqual(['initial_assessment', 'annual_assessment']);
    expect(deadlines[0]).toMatchObject({ windowStart: start, dueDate: addDays(start, 30), isOverdue: false });
    // The same first annual window the move-in answers with (HMIS: 30 days either side of the anniversary).
    const first = firstAnnualAssessment(start);
    expect(deadlines[1]).toMatchObject({ windowStart: first.windowStart, dueDate: first.windowEnd });
    expect(first.anniversaryDate).toBe(addMonths(start, 12));
    expect(applicationDeadlines({ ...enrolled, projectExitDate: TODAY }, TODAY)).toEqual([]);
  });

  it('the initial assessment turns overdue 30 days after the start', () => {
    const [initial] = applicationDeadlines(row({ projectStartDate: addDays(TODAY, -31) }), TODAY);
    expect(initial).toMatchObject({ kind: 'initial_assessment', isOverdue: true });
    expect(initial!.description).toMatch(/^Overdue/);
  });

  it('once assessed: the next anniversary window, as the care rules give it', () => {
    const start = '2025-12-23';
    const completedAssessments = ['2026-01-10'];
    const deadlines = applicationDeadlines(row({ projectStartDate: start, completedAssessments }), TODAY);
    const due = assessmentDue({ projectStartDate: start, completedOn: completedAssessments, today: TODAY })!;
    expect(deadlines).toEqual([
      expect.objectContaining({
        kind: 'annual_assessment',
        windowStart: due.windowStart,
        dueDate: due.windowEnd,
      }),
    ]);
    expect(due).toMatchObject({ windowStart: '2026-11-23', windowEnd: '2027-01-22' });
  });

  it('moved in: the plan review and CTI phase from the move-in, and the rights still to go over', () => {
    const moveIn = addDays(TODAY, -10);
    const housed = row({
      projectStartDate: addDays(TODAY, -40),
      completedAssessments: [addDays(TODAY, -30)],
      housingMoveInDate: moveIn,
      rightsAcknowledged: ['privacy', 'due_process'],
    });
    const byKind = new Map(applicationDeadlines(housed, TODAY).map((d) => [d.kind, d]));
    expect(byKind.get('plan_review')).toMatchObject({ dueDate: addMonths(moveIn, 3), isOverdue: false });
    expect(byKind.get('plan_review')!.description).toContain('Phase 1: Transition to the community');
    expect(byKind.get('cti_phase')).toMatchObject({ dueDate: addMonths(moveIn, 3) });
    expect(byKind.get('cti_phase')!.description).toContain('Phase 2: Try-out begins on');
    const rights = byKind.get('rights_acknowledgement')!;
    expect(rights).toMatchObject({ dueDate: addDays(moveIn, 30), windowStart: moveIn, isOverdue: false });
    expect(rights.description).toContain('a safe, well-kept home');
    expect(rights.description).not.toContain('privacy');
    // The program's phase length and rights window.
    const custom = new Map(
      applicationDeadlines(housed, TODAY, { ctiPhaseLengthMonths: 2, rightsAcknowledgementDays: 7 }).map(
        (d) => [d.kind, d],
      ),
    );
    expect(custom.get('cti_phase')!.dueDate).toBe(addMonths(moveIn, 2));
    expect(custom.get('rights_acknowledgement')).toMatchObject({
      dueDate: addDays(moveIn, 7),
      isOverdue: true,
    });
    // Every topic read: nothing left to go over.
    const allRead = applicationDeadlines({ ...housed, rightsAcknowledged: [...RIGHTS_TOPICS] }, TODAY);
    expect(allRead.map((d) => d.kind)).not.toContain('rights_acknowledgement');
  });

  it('after the CTI phases: no phase change and no phase review left', () => {
    const kinds = applicationDeadlines(
      row({
        projectStartDate: addDays(TODAY, -400),
        completedAssessments: [addDays(TODAY, -390), addDays(TODAY, -30)],
        housingMoveInDate: addMonths(TODAY, -10),
        rightsAcknowledged: [...RIGHTS_TOPICS],
      }),
      TODAY,
    ).map((d) => d.kind);
    expect(kinds).toEqual(['annual_assessment']);
  });
});

describe('grievance responses', () => {
  const grievance: OpenGrievance = {
    grievanceId: 'g1',
    personId: 'p2',
    personName: 'Blake Doe',
    filedOn: '2026-11-16',
    responseDueOn: '2026-11-30',
    status: 'awaiting_response',
  };
  it('an awaited answer is due on its date, overdue after it', () => {
    expect(grievanceDeadline(grievance, TODAY)).toMatchObject({
      kind: 'grievance_response',
      dueDate: '2026-11-30',
      isOverdue: false,
      applicationId: null,
      grievanceId: 'g1',
    });
    expect(grievanceDeadline(grievance, '2026-11-30')?.isOverdue).toBe(false);
    expect(grievanceDeadline(grievance, '2026-12-01')?.isOverdue).toBe(true);
    expect(grievanceDeadline({ ...grievance, status: 'answered' }, TODAY)).toBeNull();
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
      applicationDate: addDays(TODAY, -48),
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

describe('every kind of deadline the domain knows', () => {
  it('appears on the caseload list', () => {
    const moveIn = addDays(TODAY, -5);
    const list = caseloadDeadlines({
      today: TODAY,
      caseload: [
        row({
          applicationId: 'intake',
          disabilityEvidence: [observation],
          homelessEvidence: [
            { evidenceType: 'third_party', evidenceDate: addDays(TODAY, -3), dueDiligenceDocumented: false },
          ],
        }),
        row({
          applicationId: 'housed',
          personName: 'D',
          projectStartDate: addDays(TODAY, -8),
          housingMoveInDate: moveIn,
          nextRecertificationDue: addDays(TODAY, 360),
        }),
      ],
      grievances: [
        {
          grievanceId: 'g',
          personId: 'p3',
          personName: 'E',
          filedOn: TODAY,
          responseDueOn: addDays(TODAY, 14),
          status: 'awaiting_response',
        },
      ],
    });
    expect(new Set(list.map((d) => d.kind))).toEqual(new Set(DEADLINE_KINDS));
  });
});

describe('deadlinesPage', () => {
  const all = caseloadDeadlines({
    today: TODAY,
    caseload: Array.from({ length: 5 }, (_, i) =>
      row({ applicationId: `a${i}`, nextRecertificationDue: addDays(TODAY, i), projectStartDate: null }),
    ).map((r) => ({
      ...r,
      projectStartDate: addDays(TODAY, -400),
      completedAssessments: [addDays(TODAY, -390), addDays(TODAY, -20)],
    })),
  });
  it('pages the sorted list', () => {
    expect(all).toHaveLength(10);
    const second = deadlinesPage(all, 2, 4);
    expect(second).toMatchObject({ total: 10, page: 2, pageSize: 4, pageCount: 3 });
    expect(second.items).toEqual(all.slice(4, 8));
    expect(deadlinesPage(all, 4, 4).items).toEqual([]);
    expect(deadlinesPage([], 1, 4).pageCount).toBe(1);
  });
});
