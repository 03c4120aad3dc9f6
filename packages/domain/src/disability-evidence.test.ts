import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  checkDisabilityRecord,
  countedDisabilityEvidence,
  hasConfirmingDisabilityEvidence,
  hasQualifyingDisabilityOnFile,
  type DisabilityRecord,
} from './disability-evidence';
import { ZDisabilityEvidenceType } from './evidence-catalog';

const record = (type: DisabilityRecord['type'], isAcceptable: boolean, isProvisional = false) => ({
  type,
  evidenceDate: '2026-03-02',
  isAcceptable,
  isProvisional,
});

describe('which disability evidence counts', () => {
  it('keeps acceptable records, every intake observation and self-report; drops an incomplete verification', () => {
    const file = [
      record('professional_verification', false),
      record('ssa_verification', true),
      record('intake_staff_observation', true, true),
      record('self_report', false),
    ];
    expect(countedDisabilityEvidence(file).map((r) => r.type)).toEqual([
      'ssa_verification',
      'intake_staff_observation',
      'self_report',
    ]);
  });

  it('a qualifying disability needs counted evidence other than self-report', () => {
    expect(hasQualifyingDisabilityOnFile([record('self_report', false)])).toBe(false);
    expect(hasQualifyingDisabilityOnFile([record('professional_verification', false)])).toBe(false);
    expect(hasQualifyingDisabilityOnFile([record('intake_staff_observation', true, true)])).toBe(true);
    expect(hasQualifyingDisabilityOnFile([])).toBe(false);
  });

  it('only an acceptable, non-provisional record confirms the disability', () => {
    expect(hasConfirmingDisabilityEvidence([record('intake_staff_observation', true, true)])).toBe(false);
    expect(hasConfirmingDisabilityEvidence([record('disability_benefit_receipt', true)])).toBe(true);
    expect(hasConfirmingDisabilityEvidence([record('professional_verification', false)])).toBe(false);
  });

  it('property: counted records are a subset in order, and never drop an observation or a self-report', () => {
    const arbitraryRecord = fc.record({
      type: fc.constantFrom(...ZDisabilityEvidenceType.options),
      evidenceDate: fc.constant('2026-01-01'),
      isAcceptable: fc.boolean(),
      isProvisional: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbitraryRecord, { maxLength: 8 }), (records) => {
        const counted = countedDisabilityEvidence(records);
        expect(counted).toEqual(records.filter((r) => counted.includes(r)));
        for (const r of records) {
          if (r.isAcceptable || r.type === 'intake_staff_observation' || r.type === 'self_report') {
            expect(counted).toContain(r);
          }
        }
      }),
    );
  });
});

describe('checkDisabilityRecord: the verdict kept with a new record', () => {
  it('a professional verification needs both certifications', () => {
    const partial = checkDisabilityRecord(
      {
        type: 'professional_verification',
        evidenceDate: '2026-03-02',
        credential: 'LCPC',
        certifiesLongContinuingOrIndefinite: true,
      },
      '2026-03-01',
      45,
    );
    expect(partial).toMatchObject({ acceptable: false, provisional: false });
    const full = checkDisabilityRecord(
      {
        type: 'professional_verification',
        evidenceDate: '2026-03-02',
        credential: 'LCPC',
        certifiesLongContinuingOrIndefinite: true,
        certifiesSubstantiallyImpedesIndependentLiving: true,
      },
      '2026-03-01',
      45,
    );
    expect(full.acceptable).toBe(true);
  });

  it('an intake observation is provisional, with the deadline from the application, judged as of its own date', () => {
    const result = checkDisabilityRecord(
      { type: 'intake_staff_observation', evidenceDate: '2026-03-01' },
      '2026-03-01',
      45,
    );
    expect(result).toMatchObject({
      acceptable: true,
      provisional: true,
      confirmationDeadline: '2026-04-15',
    });
    expect(result.overdue).toBeUndefined();
  });
});
