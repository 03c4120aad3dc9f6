import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { addDays } from './dates';
import { isDomainError } from './errors';
import { checkLedgerEntryDate, summarizeLedger, type LedgerLine } from './ledger';

const TODAY = '2026-11-23';

function fieldOf(fn: () => void): string | null {
  try {
    fn();
  } catch (e) {
    if (isDomainError(e)) return e.field ?? null;
    throw e;
  }
  return null;
}

describe('rent ledger', () => {
  it('sums charges and payments and counts whole months behind', () => {
    const s = summarizeLedger(
      [
        { kind: 'charge', amountCents: 30000 },
        { kind: 'charge', amountCents: 30000 },
        { kind: 'charge', amountCents: 30000 },
        { kind: 'payment', amountCents: 25000 },
      ],
      30000,
    );
    expect(s).toMatchObject({
      chargedCents: 90000,
      paidCents: 25000,
      balanceCents: 65000,
      monthsInArrears: 2,
      reason: "$650.00 owed: 2 whole months of the tenant's portion",
    });
    expect(summarizeLedger([{ kind: 'payment', amountCents: 100 }], 30000)).toMatchObject({
      monthsInArrears: 0,
      reason: '$1.00 paid ahead',
    });
    expect(summarizeLedger([], 30000).reason).toBe('Paid up');
  });

  it('a zero tenant portion is never months behind', () => {
    expect(summarizeLedger([{ kind: 'charge', amountCents: 5000 }], 0).monthsInArrears).toBe(0);
  });

  it('property: months in arrears = whole portions covered by what is owed', () => {
    const line = fc.record({
      kind: fc.constantFrom<LedgerLine['kind']>('charge', 'payment'),
      amountCents: fc.integer({ min: 1, max: 500_000 }),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.integer({ min: 1, max: 200_000 }), (lines, rent) => {
        const s = summarizeLedger(lines, rent);
        expect(s.balanceCents).toBe(s.chargedCents - s.paidCents);
        const owed = Math.max(0, s.balanceCents);
        expect(s.monthsInArrears * rent).toBeLessThanOrEqual(owed);
        expect((s.monthsInArrears + 1) * rent).toBeGreaterThan(owed);
      }),
    );
  });
});

describe('ledger entry dates', () => {
  it('must fall between the lease start and today', () => {
    const leaseStartDate = addDays(TODAY, -100);
    expect(
      fieldOf(() => checkLedgerEntryDate({ entryDate: TODAY, leaseStartDate, today: TODAY })),
    ).toBeNull();
    expect(
      fieldOf(() => checkLedgerEntryDate({ entryDate: leaseStartDate, leaseStartDate, today: TODAY })),
    ).toBeNull();
    expect(
      fieldOf(() =>
        checkLedgerEntryDate({ entryDate: addDays(leaseStartDate, -1), leaseStartDate, today: TODAY }),
      ),
    ).toBe('entryDate');
    expect(
      fieldOf(() => checkLedgerEntryDate({ entryDate: addDays(TODAY, 1), leaseStartDate, today: TODAY })),
    ).toBe('entryDate');
  });
});
