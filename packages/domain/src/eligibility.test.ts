import { describe, expect, it } from 'vitest';

import { checkLiteralHomelessnessWindow, determineEligibility, missingFromFile } from './eligibility';
import type { TDetermineEligibilityInput } from './eligibility';
import { DomainError } from './errors';

const base = (
  evidence: { type: string; date: string }[],
  overrides: Partial<TDetermineEligibilityInput> = {},
): TDetermineEligibilityInput => ({
  applicationDate: '2025-11-30',
  asOfDate: '2025-12-10',
  homelessCategories: [1],
  disability: {
    qualifying: true,
    disabledMember: 'head_of_household',
    evidence: evidence as TDetermineEligibilityInput['disability']['evidence'],
  },
  ...overrides,
});

describe('determineEligibility', () => {
  it('a professional verification makes an accepted household eligible with no deadline', () => {
    const result = determineEligibility(base([{ type: 'professional_verification', date: '2025-12-01' }]));
    expect(result).toMatchObject({ status: 'eligible', disabilityVerificationDeadline: null });
  });

  it('intake observation only: pending through the 45th day, overdue the day after', () => {
    const observation = [{ type: 'intake_staff_observation', date: '2025-11-30' }];
    const onDay45 = determineEligibility(base(observation, { asOfDate: '2026-01-14' }));
    expect(onDay45.status).toBe('pending_disability_verification');
    expect(onDay45.disabilityVerificationDeadline).toBe('2026-01-14');
    expect(onDay45.reasons).toContain(
      'Disability is documented by intake observation only; professional verification due by January 14, 2026.',
    );
    const onDay46 = determineEligibility(base(observation, { asOfDate: '2026-01-15' }));
    expect(onDay46.status).toBe('verification_overdue');
    expect(onDay46.disabilityVerificationDeadline).toBe('2026-01-14');
    expect([...onDay45.reasons, ...onDay46.reasons].join(' ')).not.toMatch(/\d{4}-\d{2}/);
  });

  it('confirmation on the 45th day is timely; the deadline still shows', () => {
    const result = determineEligibility(
      base(
        [
          { type: 'intake_staff_observation', date: '2025-11-30' },
          { type: 'ssa_verification', date: '2026-01-14' },
        ],
        { asOfDate: '2026-01-20' },
      ),
    );
    expect(result).toMatchObject({
      status: 'eligible',
      disabilityVerificationDeadline: '2026-01-14',
    });
    expect(result.reasons.join(' ')).not.toContain('late');
  });

  it('a confirmation after the deadline still makes the household eligible, with a reason', () => {
    const result = determineEligibility(
      base(
        [
          { type: 'intake_staff_observation', date: '2025-11-30' },
          { type: 'disability_benefit_receipt', date: '2026-01-20' },
        ],
        { asOfDate: '2026-02-01' },
      ),
    );
    expect(result.status).toBe('eligible');
    expect(result.disabilityVerificationDeadline).toBe('2026-01-14');
    expect(result.reasons.some((r) => r.includes('confirmed late'))).toBe(true);
  });

  it('evidence dated after asOfDate is ignored', () => {
    const result = determineEligibility(
      base([
        { type: 'intake_staff_observation', date: '2025-11-30' },
        { type: 'professional_verification', date: '2025-12-11' },
      ]),
    );
    expect(result.status).toBe('pending_disability_verification');
  });

  it('an intake observation dated after asOfDate is not on file, so there is no deadline', () => {
    const result = determineEligibility(base([{ type: 'intake_staff_observation', date: '2025-12-11' }]));
    expect(result).toMatchObject({ status: 'ineligible', disabilityVerificationDeadline: null });
  });

  it('self-report is never evidence', () => {
    const result = determineEligibility(base([{ type: 'self_report', date: '2025-12-01' }]));
    expect(result).toMatchObject({ status: 'ineligible', disabilityVerificationDeadline: null });
    expect(result.reasons).toContain('Self-report is never evidence of a disability.');
  });

  it('a category the program does not accept makes the household ineligible', () => {
    const result = determineEligibility(
      base([{ type: 'professional_verification', date: '2025-12-01' }], {
        homelessCategories: [2, 3],
      }),
    );
    expect(result.status).toBe('ineligible');
    expect(
      determineEligibility(
        base([{ type: 'professional_verification', date: '2025-12-01' }], {
          homelessCategories: [4],
        }),
      ).status,
    ).toBe('eligible');
  });

  it('the deadline shows whenever an intake observation is on file, even when ineligible', () => {
    const result = determineEligibility(
      base([{ type: 'intake_staff_observation', date: '2025-12-01' }], { homelessCategories: [2] }),
    );
    expect(result).toMatchObject({
      status: 'ineligible',
      disabilityVerificationDeadline: '2026-01-14',
    });
  });

  it('a condition that does not qualify makes the household ineligible', () => {
    const input = base([{ type: 'professional_verification', date: '2025-12-01' }]);
    expect(
      determineEligibility({ ...input, disability: { ...input.disability, qualifying: false } }).status,
    ).toBe('ineligible');
  });

  it('a disabled child qualifies the household unless the program requires an adult', () => {
    const input = base([{ type: 'professional_verification', date: '2025-12-01' }]);
    const child = {
      ...input,
      disability: { ...input.disability, disabledMember: 'child' as const },
    };
    expect(determineEligibility(child).status).toBe('eligible');
    expect(determineEligibility(child, { disabilityHolder: 'adult_only' }).status).toBe('ineligible');
    const spouse = {
      ...input,
      disability: { ...input.disability, disabledMember: 'spouse' as const },
    };
    expect(determineEligibility(spouse, { disabilityHolder: 'adult_only' }).status).toBe('eligible');
  });

  it('rejects a malformed date, naming the field', () => {
    try {
      determineEligibility(base([{ type: 'ssa_verification', date: '2025-13-01' }]));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('INVALID_INPUT');
      expect((error as DomainError).field).toBe('disability.evidence.0.date');
    }
  });
});

describe('checkLiteralHomelessnessWindow', () => {
  it('evidence 14 days before the determination is within the window; 15 days is not', () => {
    expect(
      checkLiteralHomelessnessWindow({
        determinationDate: '2026-01-15',
        evidenceDates: ['2026-01-01'],
      }),
    ).toMatchObject({
      withinWindow: true,
      windowStart: '2026-01-01',
      windowEnd: '2026-01-15',
      latestEvidenceDate: '2026-01-01',
    });
    expect(
      checkLiteralHomelessnessWindow({
        determinationDate: '2026-01-15',
        evidenceDates: ['2025-12-31'],
      }).withinWindow,
    ).toBe(false);
  });

  it('evidence dated after the determination is not used', () => {
    const result = checkLiteralHomelessnessWindow({
      determinationDate: '2026-01-15',
      evidenceDates: ['2026-01-20', '2025-11-01'],
    });
    expect(result.withinWindow).toBe(false);
    expect(result.latestEvidenceDate).toBe('2025-11-01');
  });

  it('follows the program setting', () => {
    const input = { determinationDate: '2026-01-15', evidenceDates: ['2025-12-31'] };
    expect(
      checkLiteralHomelessnessWindow(input, { literalHomelessnessDocumentationDays: 30 }).withinWindow,
    ).toBe(true);
  });

  it('no evidence at all is not within the window', () => {
    expect(
      checkLiteralHomelessnessWindow({ determinationDate: '2026-01-15', evidenceDates: [] }).withinWindow,
    ).toBe(false);
  });
});

describe('missingFromFile', () => {
  it('an empty file lists everything in HUD order', () => {
    const result = missingFromFile({
      determinationDate: '2026-01-15',
      chronicHomelessness: { required: true, episodic: true },
    });
    expect(result.complete).toBe(false);
    expect(result.missing.map((m) => m.code)).toEqual([
      'ces_referral',
      'homeless_evidence',
      'disability_evidence',
      'chronic_months',
      'chronic_breaks',
    ]);
  });

  it('a complete file has nothing missing', () => {
    const result = missingFromFile({
      determinationDate: '2026-01-15',
      applicationDate: '2026-01-05',
      hasCesReferral: true,
      homelessCategories: [1],
      homelessEvidence: [{ type: 'third_party', source: 'hmis_record', date: '2026-01-10' }],
      disabilityEvidence: [{ type: 'professional_verification', date: '2026-01-12' }],
      chronicHomelessness: {
        required: true,
        monthsByBestEvidence: { third_party: 9, intake_observation: 0, self_certification: 3 },
      },
    });
    expect(result).toMatchObject({ complete: true, missing: [] });
  });

  it('names the gaps: stale evidence, self-certification without due diligence, unconfirmed observation', () => {
    const stale = missingFromFile({
      determinationDate: '2026-01-15',
      applicationDate: '2026-01-05',
      hasCesReferral: true,
      homelessEvidence: [{ type: 'intake_observation', date: '2025-12-01' }],
      disabilityEvidence: [{ type: 'intake_staff_observation', date: '2026-01-05' }],
      chronicHomelessness: {
        required: true,
        monthsByBestEvidence: { third_party: 7, intake_observation: 0, self_certification: 5 },
      },
    });
    expect(stale.missing.map((m) => m.code)).toEqual([
      'homeless_evidence_within_window',
      'disability_confirmation',
      'chronic_self_certification_limit',
    ]);
    expect(stale.missing[1]?.description).toContain('due by February 19, 2026');

    const noDiligence = missingFromFile({
      determinationDate: '2026-01-15',
      hasCesReferral: true,
      homelessEvidence: [{ type: 'self_certification', date: '2026-01-10' }],
      disabilityEvidence: [{ type: 'ssa_verification', date: '2026-01-10' }],
    });
    expect(noDiligence.missing.map((m) => m.code)).toEqual(['due_diligence_for_self_certification']);
  });

  it('a category the program does not accept is listed', () => {
    const result = missingFromFile({
      determinationDate: '2026-01-15',
      hasCesReferral: true,
      homelessCategories: [2],
    });
    expect(result.missing[0]?.code).toBe('homeless_category');
  });
});
