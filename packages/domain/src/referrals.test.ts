import { describe, expect, it } from 'vitest';

import {
  householdStatusOnApplication,
  householdStatusOnReferral,
  referralRefusal,
  serviceHubLabel,
} from './referrals';

describe('referral and application move the household', () => {
  it('a tenant cannot be referred; anyone else can', () => {
    expect(referralRefusal('tenant')).toBe('This person is already a tenant of the program.');
    for (const status of ['referred', 'applicant', 'exited'] as const)
      expect(referralRefusal(status)).toBeNull();
  });

  it('an exited household comes back as referred; an application makes a referred one applicant', () => {
    expect(householdStatusOnReferral('exited')).toBe('referred');
    expect(householdStatusOnReferral('applicant')).toBeNull();
    expect(householdStatusOnApplication('referred')).toBe('applicant');
    expect(householdStatusOnApplication('exited')).toBeNull();
  });
});

describe('a Service Hub in a list', () => {
  it('names its number once', () => {
    expect(serviceHubLabel({ number: 1, name: 'Hub 1 — York' })).toBe('Hub 1 — York');
    expect(serviceHubLabel({ number: 2, name: 'Cumberland' })).toBe('Hub 2: Cumberland');
    expect(serviceHubLabel({ number: 1, name: 'Hub 10 — Aroostook' })).toBe('Hub 1: Hub 10 — Aroostook');
  });
});
