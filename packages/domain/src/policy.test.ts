import { describe, expect, it } from 'vitest';

import { DomainError } from './errors';
import { DEFAULT_POLICY, resolvePolicy } from './policy';

describe('program policy', () => {
  it('has the defaults of RULES.md §8', () => {
    expect(DEFAULT_POLICY).toEqual({
      acceptedCategories: [1, 4],
      ttpRounding: 'nearest_dollar',
      disabilityHolder: 'any_member',
      literalHomelessnessDocumentationDays: 14,
      ctiPhaseLengthMonths: 3,
      grievanceResponseBusinessDays: 10,
      disabilityConfirmationDays: 45,
      seriousLeaseIssueTypes: ['safety'],
      violationNoticePeriodDays: 30,
      rightsAcknowledgementDays: 30,
      rentGraceDays: 5,
    });
  });

  it('merges a partial policy over the defaults, ignoring undefined settings', () => {
    expect(resolvePolicy({ ttpRounding: 'none', ctiPhaseLengthMonths: undefined })).toEqual({
      ...DEFAULT_POLICY,
      ttpRounding: 'none',
    });
  });

  it('rejects a bad setting, naming it', () => {
    try {
      resolvePolicy({ ctiPhaseLengthMonths: 0 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).field).toBe('policy.ctiPhaseLengthMonths');
    }
  });
});
