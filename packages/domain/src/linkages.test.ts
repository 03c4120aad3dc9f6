import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import {
  checkLinkageCheckIn,
  checkLinkageTransition,
  checkNewLinkage,
  LINKAGE_STATUSES,
  linkageMove,
  linkageSummary,
  type LinkageStatus,
} from './linkages';

function outcome(run: () => unknown): string {
  try {
    run();
    return 'OK';
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return e.field ?? e.code;
  }
}

describe('linkages: a referral is not a linkage', () => {
  it('moves one step at a time, and may end at any point', () => {
    expect(checkLinkageTransition('referred', 'connected').allowed).toBe(true);
    expect(checkLinkageTransition('referred', 'engaged').allowed).toBe(false);
    expect(checkLinkageTransition('connected', 'ended').allowed).toBe(true);
    expect(checkLinkageTransition('ended', 'referred').reasons[0]).toMatch(/ended/);
  });

  it('property: no path returns to an earlier status', () => {
    const order = (s: LinkageStatus) => LINKAGE_STATUSES.indexOf(s);
    fc.assert(
      fc.property(fc.constantFrom(...LINKAGE_STATUSES), fc.constantFrom(...LINKAGE_STATUSES), (from, to) =>
        checkLinkageTransition(from, to).allowed ? order(to) > order(from) : true,
      ),
    );
  });

  it('counts referrals that became working linkages', () => {
    expect(
      linkageSummary([
        { status: 'engaged', engagedOn: '2026-01-01' },
        { status: 'ended', engagedOn: '2026-01-01' },
        { status: 'referred', engagedOn: null },
      ]),
    ).toMatchObject({ referrals: 3, working: 2 });
  });

  it('counts a referral a check-in found working, even before it is marked engaged', () => {
    expect(
      linkageSummary([
        { status: 'connected', engagedOn: null, checkIns: [{ isWorking: false }, { isWorking: true }] },
        { status: 'referred', engagedOn: null, checkIns: [{ isWorking: false }] },
      ]),
    ).toMatchObject({ referrals: 2, working: 1, reasons: ['1 of 2 referrals became working linkages.'] });
  });
});

describe('a referral, its moves and check-ins', () => {
  const today = '2026-11-23';
  const linkage = { status: 'referred' as const, referredOn: '2026-11-01' };

  it('refers to an active resource of the directory, on a past day', () => {
    expect(outcome(() => checkNewLinkage({ referredOn: today, today, resource: { isActive: true } }))).toBe(
      'OK',
    );
    expect(outcome(() => checkNewLinkage({ referredOn: today, today, resource: { isActive: false } }))).toBe(
      'resourceId',
    );
    expect(outcome(() => checkNewLinkage({ referredOn: today, today, resource: null }))).toBe('resourceId');
    expect(
      outcome(() => checkNewLinkage({ referredOn: '2026-11-24', today, resource: { isActive: true } })),
    ).toBe('referredOn');
  });

  it('each move records the date of its status', () => {
    expect(linkageMove({ linkage, to: 'connected', date: today, note: '', today })).toEqual({
      status: 'connected',
      connectedOn: today,
    });
    expect(
      linkageMove({
        linkage: { ...linkage, status: 'connected' },
        to: 'engaged',
        date: today,
        note: '',
        today,
      }),
    ).toEqual({ status: 'engaged', engagedOn: today });
    expect(linkageMove({ linkage, to: 'ended', date: today, note: ' ', today })).toEqual({
      status: 'ended',
      endedOn: today,
      endNote: null,
    });
    expect(linkageMove({ linkage, to: 'ended', date: today, note: 'Moved away', today })).toMatchObject({
      endNote: 'Moved away',
    });
  });

  it('refuses a skipped step, a future date and a date before the referral', () => {
    expect(outcome(() => linkageMove({ linkage, to: 'engaged', date: today, note: '', today }))).toBe(
      'CONFLICT',
    );
    expect(
      outcome(() => linkageMove({ linkage, to: 'connected', date: '2026-11-24', note: '', today })),
    ).toBe('date');
    expect(
      outcome(() => linkageMove({ linkage, to: 'connected', date: '2026-10-31', note: '', today })),
    ).toBe('date');
  });

  it('check-ins fall between the referral and today', () => {
    expect(outcome(() => checkLinkageCheckIn({ linkage, checkInDate: today, today }))).toBe('OK');
    expect(outcome(() => checkLinkageCheckIn({ linkage, checkInDate: '2026-10-31', today }))).toBe(
      'checkInDate',
    );
    expect(outcome(() => checkLinkageCheckIn({ linkage, checkInDate: '2026-11-24', today }))).toBe(
      'checkInDate',
    );
  });
});
