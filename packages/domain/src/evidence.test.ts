import { describe, expect, it } from 'vitest';

import {
  checkEvidence,
  DISABILITY_CREDENTIALS,
  EVIDENCE_PRIORITY,
  THIRD_PARTY_SOURCE_PREFERENCE,
} from './evidence';

describe('order of priority and preference', () => {
  it('ranks third party, then intake observation, then self-certification', () => {
    expect(EVIDENCE_PRIORITY.map((e) => e.type)).toEqual([
      'third_party',
      'intake_observation',
      'self_certification',
    ]);
    expect(EVIDENCE_PRIORITY.map((e) => e.rank)).toEqual([1, 2, 3]);
  });

  it('prefers HMIS, then providers, then community members without and with a relationship', () => {
    expect(THIRD_PARTY_SOURCE_PREFERENCE.map((s) => s.source)).toEqual([
      'hmis_record',
      'housing_or_service_provider_or_institution',
      'community_member_without_personal_relationship',
      'community_member_with_personal_relationship',
      'self_certification',
    ]);
  });

  it('lists the credentials named by the Maine page', () => {
    expect(DISABILITY_CREDENTIALS.map((c) => c.credential)).toEqual(
      expect.arrayContaining(['MD', 'DO', 'LCPC', 'APRN-BC', 'NP', 'PA', 'psychologist']),
    );
  });
});

describe('checkEvidence — chronicDurationEvidence', () => {
  const check = (third: number, intake: number, self: number, extra = {}) =>
    checkEvidence({
      check: 'chronicDurationEvidence',
      monthsCounted: third + intake + self,
      monthsByBestEvidence: {
        third_party: third,
        intake_observation: intake,
        self_certification: self,
      },
      ...extra,
    });

  it('9 higher-priority months plus 3 self-certified are enough', () => {
    expect(check(6, 3, 3)).toMatchObject({ acceptable: true, usableMonths: 12 });
  });

  it('only 3 self-certified months are usable', () => {
    const result = check(8, 0, 4);
    expect(result).toMatchObject({ acceptable: false, usableMonths: 11 });
    expect(result.requiresException).toBeUndefined();
  });

  it('the rare-circumstance exception with due diligence makes every self-certified month usable', () => {
    const result = check(0, 0, 12, {
      rareCircumstanceException: true,
      dueDiligenceForHigherPriorityDocumented: true,
    });
    expect(result).toMatchObject({ acceptable: true, usableMonths: 12, requiresException: true });
  });

  it('the exception without documented due diligence does not apply', () => {
    expect(check(0, 0, 12, { rareCircumstanceException: true })).toMatchObject({
      acceptable: false,
      usableMonths: 3,
    });
  });
});

describe('checkEvidence — other checks', () => {
  it('breaks may be self-certified; 6 nights is not a break', () => {
    expect(
      checkEvidence({ check: 'breakEvidence', breakNights: 7, evidence: 'self_certification' }).acceptable,
    ).toBe(true);
    expect(
      checkEvidence({ check: 'breakEvidence', breakNights: 6, evidence: 'third_party' }).acceptable,
    ).toBe(false);
    expect(checkEvidence({ check: 'breakEvidence', breakNights: 30 }).acceptable).toBe(false);
  });

  it('a professional verification needs the license and both certifications', () => {
    const full = {
      check: 'disabilityEvidence',
      type: 'professional_verification',
      licensedByStateToDiagnoseAndTreat: true,
      certifiesLongContinuingOrIndefinite: true,
      certifiesSubstantiallyImpedesIndependentLiving: true,
    } as const;
    expect(checkEvidence(full)).toMatchObject({ acceptable: true, provisional: false });
    expect(checkEvidence({ ...full, certifiesLongContinuingOrIndefinite: undefined }).acceptable).toBe(false);
    expect(checkEvidence({ ...full, licensedByStateToDiagnoseAndTreat: false }).acceptable).toBe(false);
    expect(
      checkEvidence({ ...full, licensedByStateToDiagnoseAndTreat: undefined, credential: 'LCPC' }).acceptable,
    ).toBe(true);
  });

  it('SSA verification and a benefit receipt stand as they are; self-report never', () => {
    expect(checkEvidence({ check: 'disabilityEvidence', type: 'ssa_verification' })).toMatchObject({
      acceptable: true,
      provisional: false,
    });
    expect(
      checkEvidence({
        check: 'disabilityEvidence',
        type: 'disability_benefit_receipt',
        benefit: 'SSDI',
      }).acceptable,
    ).toBe(true);
    expect(checkEvidence({ check: 'disabilityEvidence', type: 'self_report' }).acceptable).toBe(false);
  });

  it('an intake observation is provisional, due 45 days after the application', () => {
    const observation = {
      check: 'disabilityEvidence',
      type: 'intake_staff_observation',
      applicationDate: '2025-11-30',
    } as const;
    expect(checkEvidence({ ...observation, asOfDate: '2026-01-14' })).toMatchObject({
      acceptable: true,
      provisional: true,
      confirmationDeadline: '2026-01-14',
    });
    expect(checkEvidence({ ...observation, asOfDate: '2026-01-15' })).toMatchObject({
      acceptable: false,
      provisional: true,
      overdue: true,
    });
    expect(checkEvidence({ ...observation, confirmedBy: 'professional_verification' })).toMatchObject({
      acceptable: true,
      provisional: false,
    });
    const late = checkEvidence({
      ...observation,
      confirmedBy: { type: 'ssa_verification', date: '2026-01-20' },
    });
    expect(late.provisional).toBe(false);
    expect(late.reasons.some((r) => r.includes('after the 45-day deadline (January 14, 2026)'))).toBe(true);
  });

  it('self-certified homelessness needs the record of due diligence', () => {
    expect(
      checkEvidence({ check: 'homelessEvidence', type: 'third_party', source: 'hmis_record' }),
    ).toMatchObject({
      acceptable: true,
      priorityRank: 1,
      sourcePreferenceRank: 1,
    });
    expect(checkEvidence({ check: 'homelessEvidence', type: 'intake_observation' }).acceptable).toBe(true);
    expect(checkEvidence({ check: 'homelessEvidence', type: 'self_certification' }).acceptable).toBe(false);
    expect(
      checkEvidence({
        check: 'homelessEvidence',
        type: 'self_certification',
        dueDiligenceForHigherPriorityDocumented: true,
      }).acceptable,
    ).toBe(true);
  });

  it('an HMIS record is third party only with an audit trail and locked dates', () => {
    expect(
      checkEvidence({
        check: 'hmisRecordAsThirdParty',
        auditableHistory: true,
        preventsDateOverrides: true,
      }).acceptable,
    ).toBe(true);
    expect(
      checkEvidence({
        check: 'hmisRecordAsThirdParty',
        auditableHistory: true,
        preventsDateOverrides: false,
      }).acceptable,
    ).toBe(false);
    expect(checkEvidence({ check: 'hmisRecordAsThirdParty', preventsDateOverrides: true }).acceptable).toBe(
      false,
    );
  });

  it('institution exit: paperwork or due diligence, and the situation before entry evidenced', () => {
    const base = { check: 'institutionExitEvidence', stayNights: 60 } as const;
    expect(
      checkEvidence({
        ...base,
        evidence: 'discharge_paperwork',
        priorHomelessEvidence: 'third_party',
      }).acceptable,
    ).toBe(true);
    expect(
      checkEvidence({
        ...base,
        evidence: 'written_third_party_statement',
        priorHomelessEvidence: true,
      }).acceptable,
    ).toBe(true);
    expect(checkEvidence({ ...base, evidence: 'discharge_paperwork' }).acceptable).toBe(false);
    expect(
      checkEvidence({
        ...base,
        evidence: 'self_certification',
        priorHomelessEvidence: 'third_party',
      }).acceptable,
    ).toBe(false);
    expect(
      checkEvidence({
        ...base,
        evidence: 'self_certification',
        priorHomelessEvidence: 'self_certification',
        dueDiligenceForHigherPriorityDocumented: true,
      }).acceptable,
    ).toBe(true);
    expect(
      checkEvidence({
        ...base,
        stayNights: 91,
        evidence: 'discharge_paperwork',
        priorHomelessEvidence: 'third_party',
      }).acceptable,
    ).toBe(false);
  });

  it('an unknown check is invalid input', () => {
    expect(() => checkEvidence({ check: 'nope' } as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', field: 'check' }),
    );
  });
});
