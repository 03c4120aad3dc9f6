import { describe, expect, it } from 'vitest';

import * as domain from './index';

describe('package root', () => {
  it('exports the functions of RULES.md §9 under their contract names', () => {
    for (const name of [
      'classifyHomelessness',
      'assessChronicHomelessness',
      'determineEligibility',
      'calculateRent',
      'annualAssessmentWindow',
      'housingMoveInStatus',
      'ctiPhase',
      'checkEvidence',
      'checkLiteralHomelessnessWindow',
      'missingFromFile',
    ]) {
      expect(typeof (domain as Record<string, unknown>)[name], name).toBe('function');
    }
    expect(domain.DEFAULT_POLICY.acceptedCategories).toEqual([1, 4]);
  });
});
