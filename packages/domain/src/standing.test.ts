import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  determineFromFile,
  type EligibilityFile,
  type FileDisability,
  type FileSituation,
} from './eligibility-file';
import { chronicStanding, fileStanding, situationStanding } from './standing';

const shelter: FileSituation = {
  categories: [1],
  acceptedByProgram: true,
  reasons: ['Category 1.'],
  evidenceType: 'third_party',
  evidenceSource: 'hmis_record',
  evidenceDate: '2026-11-15',
  dueDiligenceDocumented: false,
};
const selfCertified: FileSituation = { ...shelter, evidenceType: 'self_certification', evidenceSource: null };

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

const standingOf = (f: EligibilityFile, requiresChronicHomelessness = false) =>
  fileStanding({
    file: f,
    applicationDate: '2026-11-03',
    asOfDate: '2026-11-20',
    hasCesReferral: true,
    requiresChronicHomelessness,
  });

describe('the standing of the file: one answer for the steps, the determination and the packet', () => {
  it('a situation whose evidence cannot be used is not "accepted"', () => {
    expect(situationStanding({ acceptedByProgram: true, evidenceUsable: false })).toMatchObject({
      state: 'evidence_short',
      tone: 'warn',
    });
    expect(situationStanding({ acceptedByProgram: true, evidenceUsable: true }).state).toBe('accepted');
    expect(situationStanding({ acceptedByProgram: false, evidenceUsable: true }).state).toBe('refused');
    expect(standingOf(file({ situations: [selfCertified] })).situation?.state).toBe('evidence_short');
  });

  it('self-certification without the record of due diligence: not determined eligible while the packet lists it missing', () => {
    const made = determineFromFile(file({ situations: [selfCertified] }), {
      applicationDate: '2026-11-03',
      determinationDate: '2026-11-20',
      requiresChronicHomelessness: false,
    });
    expect(made.status).toBe('ineligible');
    expect(made.reasons.join(' ')).toContain("the worker's record of the attempts");
    const standing = standingOf(file({ situations: [selfCertified] }));
    expect(standing.status).toBe('ineligible');
    expect(standing.missing.missing.map((m) => m.code)).toEqual(['due_diligence_for_self_certification']);
  });

  it('evidence older than the 14-day window: not eligible, and the packet says why', () => {
    const standing = standingOf(file({ situations: [{ ...shelter, evidenceDate: '2026-11-01' }] }));
    expect(standing.status).toBe('ineligible');
    expect(standing.missing.missing.map((m) => m.code)).toEqual(['homeless_evidence_within_window']);
  });

  it('before any disability evidence is entered, the file is "not determined yet", not ineligible', () => {
    const standing = standingOf(file({ disability: [] }));
    expect(standing).toMatchObject({ status: 'not_determined', label: 'Not determined yet' });
    expect(standing.reasons).toEqual(['No disability evidence is entered yet.']);
    expect(standingOf(file({ situations: [], disability: [] })).status).toBe('not_determined');
    // A refused situation is a determination already.
    const refused = { ...shelter, categories: [2], acceptedByProgram: false };
    expect(standingOf(file({ situations: [refused], disability: [] })).status).toBe('ineligible');
  });

  it('facts that meet the definition with documentation short: both are said, not "not chronically homeless"', () => {
    const stays = [
      {
        startDate: '2025-09-01',
        endDate: '2026-11-20',
        location: 'emergency_shelter' as const,
        documentation: 'self_certification' as const,
      },
    ];
    const standing = standingOf(file({ stays }), true);
    expect(standing.chronic).toMatchObject({ meetsDefinitionOnFacts: true, documentationSufficient: false });
    expect(standing.chronicStanding).toMatchObject({
      state: 'documentation_short',
      label: 'Meets the definition of chronic homelessness on the facts; the documentation is short',
    });
    expect(standing.status).toBe('ineligible');
    expect(standing.reasons).toContain(
      'On the facts, the household meets the definition of chronic homelessness.',
    );
    expect(standing.reasons).toContain(
      'The documentation of chronic homelessness is short of what HUD requires: only the documentation is missing.',
    );
    expect(
      chronicStanding({ chronic: false, meetsDefinitionOnFacts: false, documentationSufficient: null }).state,
    ).toBe('not_on_facts');
  });

  it('property: a file that stands eligible misses nothing the packet would list', () => {
    const disabilityType = fc.constantFrom(
      'professional_verification',
      'intake_staff_observation',
      'self_report',
    ) as fc.Arbitrary<FileDisability['type']>;
    const evidenceType = fc.constantFrom<FileSituation['evidenceType']>(
      'third_party',
      'intake_observation',
      'self_certification',
    );
    fc.assert(
      fc.property(
        fc.subarray([1, 2, 3, 4]),
        evidenceType,
        fc.boolean(),
        fc.integer({ min: 1, max: 20 }),
        fc.array(
          fc.record({
            type: disabilityType,
            isAcceptable: fc.boolean(),
            day: fc.integer({ min: 1, max: 28 }),
          }),
          { maxLength: 3 },
        ),
        (categories, type, dueDiligence, day, evidence) => {
          const standing = standingOf(
            file({
              situations: [
                {
                  ...shelter,
                  categories,
                  acceptedByProgram: categories.some((c) => c === 1 || c === 4),
                  evidenceType: type,
                  dueDiligenceDocumented: dueDiligence,
                  evidenceDate: `2026-11-${String(day).padStart(2, '0')}`,
                },
              ],
              disability: evidence.map((e) => ({
                ...professional,
                type: e.type,
                isAcceptable: e.isAcceptable,
                evidenceDate: `2026-11-${String(e.day).padStart(2, '0')}`,
              })),
            }),
          );
          if (standing.status === 'eligible') expect(standing.missing.missing).toEqual([]);
          if (standing.situation?.state !== 'accepted') expect(standing.status).not.toBe('eligible');
          expect(standing.determination.status === 'eligible').toBe(standing.status === 'eligible');
        },
      ),
    );
  });
});
