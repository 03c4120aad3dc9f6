import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { addDays, daysInMonth } from './dates';
import { isDomainError } from './errors';
import {
  checkLedgerEntryDate,
  firstRentCharge,
  leaseOpeningRefusal,
  summarizeLedger,
  type LedgerLine,
} from './ledger';

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

const FIRST = '2026-12-01';
const terms = (today: string, monthlyTenantRentCents = 30000, graceDays = 5) => ({
  monthlyTenantRentCents,
  today,
  graceDays,
});
const charge = (entryDate: string, amountCents = 30000): LedgerLine => ({
  kind: 'charge',
  amountCents,
  entryDate,
});
const payment = (entryDate: string, amountCents = 30000): LedgerLine => ({
  kind: 'payment',
  amountCents,
  entryDate,
});

describe('rent ledger', () => {
  it('sums charges and payments; payments settle the oldest charges; only late charges are arrears', () => {
    const s = summarizeLedger(
      [charge('2026-10-01'), charge('2026-11-01'), charge(FIRST), payment('2026-10-03', 25000)],
      terms('2026-12-02'),
    );
    expect(s).toMatchObject({
      chargedCents: 90000,
      paidCents: 25000,
      balanceCents: 65000,
      arrearsCents: 35000,
      monthsInArrears: 1,
      dueCents: 30000,
      dueBy: '2026-12-06',
      reason: "$350.00 in arrears: 1 whole month of the tenant's portion; $300.00 due by December 6, 2026",
    });
    expect(summarizeLedger([payment(FIRST, 100)], terms(FIRST))).toMatchObject({
      monthsInArrears: 0,
      arrearsCents: 0,
      reason: '$1.00 paid ahead',
    });
    expect(summarizeLedger([], terms(FIRST)).reason).toBe('Paid up');
  });

  it('rent charged on the 1st is due, not arrears, until the grace period ends', () => {
    const lines = [charge('2026-11-01'), payment('2026-11-03'), charge(FIRST)];
    expect(summarizeLedger(lines, terms('2026-12-02'))).toMatchObject({
      arrearsCents: 0,
      monthsInArrears: 0,
      dueCents: 30000,
      reason: '$300.00 due by December 6, 2026',
    });
    // The last day of grace is still due; the day after, it is late.
    expect(summarizeLedger(lines, terms('2026-12-06')).arrearsCents).toBe(0);
    expect(summarizeLedger(lines, terms('2026-12-07'))).toMatchObject({
      arrearsCents: 30000,
      monthsInArrears: 1,
      dueCents: 0,
      dueBy: null,
    });
    // The grace period is a program setting: none at all makes it late the next day.
    expect(summarizeLedger(lines, terms('2026-12-02', 30000, 0)).arrearsCents).toBe(30000);
    expect(summarizeLedger(lines, terms(FIRST, 30000, 0)).arrearsCents).toBe(0);
  });

  it('part of a month late is arrears, though less than a month', () => {
    const s = summarizeLedger([charge('2026-11-01'), payment('2026-11-02', 20000)], terms(FIRST));
    expect(s).toMatchObject({ arrearsCents: 10000, monthsInArrears: 0 });
    expect(s.reason).toBe("$100.00 in arrears: less than a month of the tenant's portion");
  });

  it('a zero tenant portion is never months behind', () => {
    expect(summarizeLedger([charge('2026-10-01', 5000)], terms(FIRST, 0)).monthsInArrears).toBe(0);
  });

  it('property: due + arrears = what is owed, and months in arrears = whole portions of the arrears', () => {
    const line = fc.record({
      kind: fc.constantFrom<LedgerLine['kind']>('charge', 'payment'),
      amountCents: fc.integer({ min: 1, max: 500_000 }),
      entryDate: fc.integer({ min: 0, max: 400 }).map((d) => addDays('2026-01-01', d)),
    });
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 30 }),
        fc.integer({ min: 1, max: 200_000 }),
        fc.integer({ min: 0, max: 420 }).map((d) => addDays('2026-01-01', d)),
        fc.integer({ min: 0, max: 30 }),
        (lines, rent, today, graceDays) => {
          const s = summarizeLedger(lines, terms(today, rent, graceDays));
          expect(s.balanceCents).toBe(s.chargedCents - s.paidCents);
          const owed = Math.max(0, s.balanceCents);
          expect(s.dueCents + s.arrearsCents).toBe(owed);
          expect(s.monthsInArrears * rent).toBeLessThanOrEqual(s.arrearsCents);
          expect((s.monthsInArrears + 1) * rent).toBeGreaterThan(s.arrearsCents);
          // Nothing charged within the grace period is ever counted as arrears.
          const late = lines
            .filter((l) => l.kind === 'charge' && addDays(l.entryDate, graceDays) < today)
            .reduce((sum, l) => sum + l.amountCents, 0);
          expect(s.arrearsCents).toBeLessThanOrEqual(late);
        },
      ),
    );
  });
});

describe('the first rent charge', () => {
  it('is the full month for a lease starting on the 1st', () => {
    expect(firstRentCharge({ startDate: FIRST, monthlyTenantRentCents: 27300 })).toMatchObject({
      entryDate: FIRST,
      amountCents: 27300,
    });
  });

  it('is prorated by the days covered, the start day included, at the month’s daily rate', () => {
    // January 16: 16 of 31 days; $273 × 16 ÷ 31 = $140.90 (140.903…).
    expect(firstRentCharge({ startDate: '2026-01-16', monthlyTenantRentCents: 27300 })).toEqual({
      entryDate: '2026-01-16',
      amountCents: 14090,
      memo: 'Rent for 16 of 31 days of the first month (tenant portion, prorated)',
    });
    // February 28 of a common year: 1 of 28 days; $300 ÷ 28 = $10.71 (10.714…).
    expect(firstRentCharge({ startDate: '2027-02-28', monthlyTenantRentCents: 30000 }).amountCents).toBe(
      1071,
    );
    // Half a cent rounds up: $0.15 × 15 ÷ 30 = 7.5 cents → 8.
    expect(firstRentCharge({ startDate: '2026-11-16', monthlyTenantRentCents: 15 }).amountCents).toBe(8);
    expect(firstRentCharge({ startDate: '2026-11-16', monthlyTenantRentCents: 0 }).amountCents).toBe(0);
  });

  it('property: never more than a month, and proportional to the days covered', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }).map((d) => addDays('2026-01-01', d)),
        fc.integer({ min: 0, max: 500_000 }),
        (startDate, rent) => {
          const c = firstRentCharge({ startDate, monthlyTenantRentCents: rent });
          const [y, m, d] = startDate.split('-').map(Number) as [number, number, number];
          const days = daysInMonth(y, m);
          expect(c.entryDate).toBe(startDate);
          expect(c.amountCents).toBeLessThanOrEqual(rent);
          expect(Math.abs(c.amountCents - (rent * (days - d + 1)) / days)).toBeLessThanOrEqual(0.5);
        },
      ),
    );
  });
});

describe('opening a lease', () => {
  const unit = { unitLabel: '2B', propertyName: 'Elm Street Apartments' };
  it('needs the unit’s contract rent and no other open lease on the unit', () => {
    expect(
      leaseOpeningRefusal({ ...unit, unitContractRentCents: 95000, unitHasOpenLease: false }),
    ).toBeNull();
    expect(leaseOpeningRefusal({ ...unit, unitContractRentCents: 95000, unitHasOpenLease: true })).toBe(
      'Unit 2B at Elm Street Apartments already has an open lease: end it before another starts.',
    );
    expect(leaseOpeningRefusal({ ...unit, unitContractRentCents: null, unitHasOpenLease: false })).toMatch(
      /no contract rent yet: the property manager sets it on the Units page/,
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
