import { describe, expect, it } from 'vitest';

import { householdStatusOnApplication, householdStatusOnReferral, referralRefusal } from './referrals';

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
