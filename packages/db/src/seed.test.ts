import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import {
  addDays,
  addYears,
  compareDates,
  DEFAULT_POLICY,
  firstRentCharge,
  monthIndexDifference,
  summarizeLedger,
} from '@hearth/domain';
import { createTestDb, testToday } from './testing';
import type { DbHandle } from './client';
import { seedDemo } from './seed';
import { households, people, units, users } from './schema/index';
import { enrollments, rentDeterminations } from './schema/services/intake';
import { leases, rentLedgerEntries } from './schema/tenancy';

/** The demo data agrees with itself: every tenancy has the lease and the ledger a real one would. */
let handle: DbHandle;
const today = testToday();

beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db, { hashPassword: (p) => Promise.resolve(`plain:${p.length}`), today });
});
afterAll(() => handle.close());

async function openLeases() {
  return handle.db
    .select({
      id: leases.id,
      householdId: leases.householdId,
      unitId: leases.unitId,
      startDate: leases.startDate,
      contractRentCents: leases.contractRentCents,
      tenantRentCents: leases.tenantRentCents,
      unitContractRentCents: units.contractRentCents,
    })
    .from(leases)
    .innerJoin(units, eq(units.id, leases.unitId))
    .where(isNull(leases.endDate));
}

async function ledgerOf(leaseId: string) {
  return handle.db
    .select({
      kind: rentLedgerEntries.kind,
      amountCents: rentLedgerEntries.amountCents,
      entryDate: rentLedgerEntries.entryDate,
      memo: rentLedgerEntries.memo,
    })
    .from(rentLedgerEntries)
    .where(eq(rentLedgerEntries.leaseId, leaseId))
    .orderBy(asc(rentLedgerEntries.entryDate));
}

describe('the demo data agrees with itself', () => {
  it('every occupied unit has exactly one open lease, the household’s, at the unit’s contract rent', async () => {
    const occupied = await handle.db
      .select({ householdId: households.id, unitId: households.unitId })
      .from(households)
      .where(isNotNull(households.unitId));
    const open = await openLeases();
    expect(occupied.length).toBeGreaterThan(10);
    expect(open).toHaveLength(occupied.length);
    for (const home of occupied) {
      const mine = open.filter((l) => l.unitId === home.unitId);
      expect(mine, `unit ${home.unitId}`).toHaveLength(1);
      expect(mine[0]!.householdId).toBe(home.householdId);
      expect(mine[0]!.contractRentCents).toBe(mine[0]!.unitContractRentCents);
    }
  });

  it('a lease starts on the recorded move-in date and takes the saved tenant portion', async () => {
    const moved = await handle.db
      .select({
        householdId: enrollments.householdId,
        housingMoveInDate: enrollments.housingMoveInDate,
        enrollmentId: enrollments.id,
      })
      .from(enrollments)
      .where(isNotNull(enrollments.housingMoveInDate));
    expect(moved.length).toBeGreaterThan(0);
    const open = await openLeases();
    for (const m of moved) {
      const lease = open.find((l) => l.householdId === m.householdId)!;
      expect(lease.startDate).toBe(m.housingMoveInDate);
      const [rent] = await handle.db
        .select({
          tenantRentCents: rentDeterminations.tenantRentCents,
          contractRentCents: rentDeterminations.contractRentCents,
          effectiveDate: rentDeterminations.effectiveDate,
          nextRecertificationDue: rentDeterminations.nextRecertificationDue,
        })
        .from(rentDeterminations)
        .where(eq(rentDeterminations.enrollmentId, m.enrollmentId))
        .orderBy(desc(rentDeterminations.effectiveDate))
        .limit(1);
      expect(lease.tenantRentCents).toBe(rent!.tenantRentCents);
      // The rent was determined for this unit, from the move-in, and is recertified a year on.
      expect(rent!.contractRentCents).toBe(lease.contractRentCents);
      expect(rent!.effectiveDate).toBe(m.housingMoveInDate);
      expect(rent!.nextRecertificationDue).toBe(addYears(m.housingMoveInDate!, 1));
    }
  });

  it('the demo tenant’s lease starts on her move-in, half a month after her project start', async () => {
    const [dana] = await handle.db
      .select({ householdId: people.householdId })
      .from(users)
      .innerJoin(people, eq(people.id, users.personId))
      .where(eq(users.email, 'tenant@example.org'));
    const [enrollment] = await handle.db
      .select({ start: enrollments.projectStartDate, moveIn: enrollments.housingMoveInDate })
      .from(enrollments)
      .where(eq(enrollments.householdId, dana!.householdId));
    const [lease] = await handle.db
      .select({ startDate: leases.startDate })
      .from(leases)
      .where(and(eq(leases.householdId, dana!.householdId), isNull(leases.endDate)));
    expect(enrollment!.moveIn).toBe(addDays(enrollment!.start, 14));
    expect(lease!.startDate).toBe(enrollment!.moveIn);
  });

  it('rent is charged from the lease start and on every 1st since, and paid as a real ledger is', async () => {
    const open = await openLeases();
    let inArrears = 0;
    for (const lease of open) {
      const lines = await ledgerOf(lease.id);
      const charges = lines.filter((l) => l.kind === 'charge');
      const payments = lines.filter((l) => l.kind === 'payment');
      // One charge a month from the start month through today's month; the first prorated.
      expect(charges).toHaveLength(monthIndexDifference(lease.startDate, today) + 1);
      expect(charges[0]).toMatchObject(
        firstRentCharge({ startDate: lease.startDate, monthlyTenantRentCents: lease.tenantRentCents }),
      );
      for (const [k, c] of charges.slice(1).entries()) {
        expect(c.entryDate.slice(8)).toBe('01');
        expect(monthIndexDifference(lease.startDate, c.entryDate)).toBe(k + 1);
        expect(c.amountCents).toBe(lease.tenantRentCents);
      }
      for (const l of lines) {
        expect(compareDates(l.entryDate, lease.startDate)).toBeGreaterThanOrEqual(0);
        expect(compareDates(l.entryDate, today)).toBeLessThanOrEqual(0);
      }
      // Each payment pays one charge, within the grace period.
      for (const p of payments) {
        const paid = charges.find(
          (c) =>
            c.amountCents === p.amountCents &&
            compareDates(c.entryDate, p.entryDate) <= 0 &&
            compareDates(p.entryDate, addDays(c.entryDate, DEFAULT_POLICY.rentGraceDays)) <= 0,
        );
        expect(paid, `payment of ${p.entryDate}`).toBeDefined();
      }
      const summary = summarizeLedger(lines, {
        monthlyTenantRentCents: lease.tenantRentCents,
        today,
        graceDays: DEFAULT_POLICY.rentGraceDays,
      });
      expect(summary.balanceCents).toBeGreaterThanOrEqual(0);
      if (summary.arrearsCents > 0) inArrears += 1;
    }
    // A few households are behind (one in nine), most are not.
    expect(inArrears).toBeGreaterThan(0);
    expect(inArrears).toBeLessThan(open.length / 4);
  });
});
