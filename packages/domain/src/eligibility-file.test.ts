import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { determineEligibility } from './eligibility';
import {
  CHRONIC_REQUIRED_REASON,
  determineFromFile,
  eligibilityInputOfFile,
  usableHomelessEvidenceDates,
  type EligibilityFile,
  type FileDisability,
  type FileSituation,
} from './eligibility-file';

const shelter: FileSituation = {
  categories: [1],
  acceptedByProgram: true,
  reasons: ['Category 1.'],
  evidenceType: 'third_party',
  evidenceSource: 'hmis_record',
  evidenceDate: '2026-11-15',
  dueDiligenceDocumented: false,
};

const professional: FileDisability = {
  type: 'professional_verification',
  evidenceDate: '2026-11-10',
  isAcceptable: true,
  isProvisional: false,
  disabledMember: 'head_of_household',
};

const file = (overrides: Partial<EligibilityFile> = {}): EligibilityFile => ({
  situations: [shelter],
  stays: [],
  disability: [professional],
  ...overrides,
});

const dates = { applicationDate: '2026-11-03', determinationDate: '2026-11-20' };

describe('usableHomelessEvidenceDates', () => {
  it('drops self-certification without the record of due diligence', () => {
    expect(
      usableHomelessEvidenceDates([
        { evidenceType: 'self_certification', dueDiligenceDocumented: false, evidenceDate: '2026-01-01' },
        { evidenceType: 'self_certification', dueDiligenceDocumented: true, evidenceDate: '2026-01-02' },
        { evidenceType: 'intake_observation', dueDiligenceDocumented: false, evidenceDate: '2026-01-03' },
      ]),
    ).toEqual(['2026-01-02', '2026-01-03']);
  });
});

describe('eligibilityInputOfFile', () => {
  it('takes the current situation, and the counted disability evidence with the member who has it', () => {
    const input = eligibilityInputOfFile(
      file({
        situations: [
          { ...shelter, categories: [1, 4] },
          { ...shelter, categories: [2] },
        ],
        disability: [
          { ...professional, isAcceptable: false },
          { ...professional, type: 'intake_staff_observation', isProvisional: true, disabledMember: 'child' },
        ],
      }),
      { applicationDate: dates.applicationDate, asOfDate: dates.determinationDate },
    );
    expect(input).toEqual({
      applicationDate: '2026-11-03',
      asOfDate: '2026-11-20',
      homelessCategories: [1, 4],
      disability: {
        qualifying: true,
        disabledMember: 'child',
        evidence: [{ type: 'intake_staff_observation', date: '2026-11-10' }],
      },
    });
  });

  it('self-report alone establishes nothing', () => {
    const input = eligibilityInputOfFile(
      file({ situations: [], disability: [{ ...professional, type: 'self_report', isAcceptable: false }] }),
      { applicationDate: dates.applicationDate, asOfDate: dates.determinationDate },
    );
    expect(input.homelessCategories).toEqual([]);
    expect(input.disability).toMatchObject({ qualifying: null, disabledMember: null });
  });
});

describe('determineFromFile', () => {
  it('eligible on a complete file, with the 14-day window in the reasons and the basis kept', () => {
    const result = determineFromFile(file(), { ...dates, requiresChronicHomelessness: false });
    expect(result).toMatchObject({ status: 'eligible', homelessCategories: [1], chronic: null });
    expect(result.reasons.join(' ')).toContain('within 14 days of the determination');
    expect(result.basis).toMatchObject({
      homelessEvidenceDates: ['2026-11-15'],
      literalHomelessnessWindow: { withinWindow: true, windowStart: '2026-11-06' },
      chronic: null,
    });
  });

  it('chronic required and not established: ineligible, saying why', () => {
    const result = determineFromFile(file(), { ...dates, requiresChronicHomelessness: true });
    expect(result.status).toBe('ineligible');
    expect(result.reasons).toContain(CHRONIC_REQUIRED_REASON);
    expect(result.chronic?.chronic).toBe(false);
  });

  it('chronic required and established: the status stands', () => {
    const stays = [
      {
        startDate: '2025-09-01',
        endDate: '2026-11-20',
        location: 'emergency_shelter' as const,
        documentation: 'third_party' as const,
      },
    ];
    const result = determineFromFile(file({ stays }), { ...dates, requiresChronicHomelessness: true });
    expect(result.status).toBe('eligible');
    expect(result.chronic).toMatchObject({ chronic: true, path: 'continuous_12_months' });
    expect(result.basis.chronic).toMatchObject({ chronic: true, path: 'continuous_12_months' });
  });

  it("names the program's refusal of the current situation", () => {
    const refused: FileSituation = {
      ...shelter,
      categories: [2],
      acceptedByProgram: false,
      reasons: ['Category 2.', 'Not accepted by the program: it accepts Categories 1 and 4 only.'],
    };
    const result = determineFromFile(file({ situations: [refused] }), {
      ...dates,
      requiresChronicHomelessness: false,
    });
    expect(result.status).toBe('ineligible');
    expect(result.reasons).toContain('Not accepted by the program: it accepts Categories 1 and 4 only.');
    expect(result.reasons).not.toContain('Category 2.');
  });

  it('property: without the chronic requirement the status is determineEligibility’s', () => {
    const disabilityType = fc.constantFrom(
      'professional_verification',
      'intake_staff_observation',
      'self_report',
    ) as fc.Arbitrary<FileDisability['type']>;
    fc.assert(
      fc.property(
        fc.subarray([1, 2, 3, 4]),
        fc.array(
          fc.record({
            type: disabilityType,
            isAcceptable: fc.boolean(),
            day: fc.integer({ min: 1, max: 28 }),
          }),
          { maxLength: 4 },
        ),
        (categories, evidence) => {
          const f = file({
            situations: [{ ...shelter, categories }],
            disability: evidence.map((e) => ({
              ...professional,
              type: e.type,
              isAcceptable: e.isAcceptable,
              evidenceDate: `2026-11-${String(e.day).padStart(2, '0')}`,
            })),
          });
          const made = determineFromFile(f, { ...dates, requiresChronicHomelessness: false });
          const plain = determineEligibility(
            eligibilityInputOfFile(f, {
              applicationDate: dates.applicationDate,
              asOfDate: dates.determinationDate,
            }),
          );
          expect(made.status).toBe(plain.status);
          expect(made.disabilityVerificationDeadline).toBe(plain.disabilityVerificationDeadline);
        },
      ),
    );
  });
});
