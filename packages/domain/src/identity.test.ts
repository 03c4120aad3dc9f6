import { describe, expect, it } from 'vitest';

import { portalForRole, signInLockMessage } from './identity';

describe('sign-in lock', () => {
  const now = new Date('2026-11-23T16:00:00Z');
  const later = (ms: number) => new Date(now.getTime() + ms);

  it('is no lock when absent or passed', () => {
    expect(signInLockMessage(null, now)).toBeNull();
    expect(signInLockMessage(now, now)).toBeNull();
    expect(signInLockMessage(later(-1), now)).toBeNull();
  });

  it('tells the minutes left, rounded up, never less than one', () => {
    expect(signInLockMessage(later(15 * 60_000), now)).toMatch(/Try again in 15 minutes,/);
    expect(signInLockMessage(later(14 * 60_000 + 1), now)).toMatch(/in 15 minutes/);
    expect(signInLockMessage(later(1), now)).toMatch(/in 1 minute,/);
  });
});

describe('portals', () => {
  it('sends each role to its portal', () => {
    expect(portalForRole('tenant')).toBe('tenant');
    expect(portalForRole('property_manager')).toBe('property');
    expect(portalForRole('supervisor')).toBe('staff');
  });
});
