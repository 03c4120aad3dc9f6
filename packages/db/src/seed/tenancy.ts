import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import {
  addDays,
  addMonths,
  compareDates,
  firstRentCharge,
  monthIndexDifference,
  monthlyRentCharge,
} from '@hearth/domain';
import type { Executor } from '../client';
import { households } from '../schema/people';
import { units } from '../schema/program';
import { leaseIssues, leaseIssueSteps, leases, rentLedgerEntries } from '../schema/tenancy';
import { contractRentFor, utilityAllowanceFor } from './units';

export interface SeedTenancyOptions {
  programId: string;
  today: string;
  /** The manager of each property, in property order: their name is on the seeded steps. */
  propertyManagerIds: string[];
  heads: { personId: string; householdId: string; housed: boolean; propertyIndex: number }[];
}

/** Plausible tenant portions (30% of adjusted income, rounded to the dollar), in turn. */
const TENANT_PORTIONS = [27_300, 21_500, 0, 18_900, 34_200, 24_600, 29_800, 15_300];

/**
 * Synthetic leases for every housed household and their rent ledger as a real one would be: the
 * first charge on the lease start (prorated for a partial month), then rent on the 1st of every
 * month through today, each paid within the grace period, except one household in nine, which
 * missed last month's rent and has not yet paid this month's. A lease already opened at a
 * recorded move-in (the demo tenant's) starts on the move-in date. Also one older resolved lease
 * issue for a tenant other than the demo tenant (whose record stays free of issues).
 * Deterministic: no randomness and no clock beyond `today`.
 */
export async function seedTenancy(tx: Executor, options: SeedTenancyOptions): Promise<void> {
  const { today } = options;
  const housedIds = options.heads.filter((h) => h.housed).map((h) => h.householdId);
  if (housedIds.length === 0) return;
  const homes = await tx
    .select({
      householdId: households.id,
      unitId: households.unitId,
      bedrooms: units.bedrooms,
      contractRentCents: units.contractRentCents,
    })
    .from(households)
    .innerJoin(units, eq(units.id, households.unitId))
    .where(and(inArray(households.id, housedIds), isNotNull(households.unitId)));
  const order = new Map(housedIds.map((id, i) => [id, i]));
  homes.sort((a, b) => order.get(a.householdId)! - order.get(b.householdId)!);
  // Leases opened at a recorded move-in, with their first charge already on the ledger.
  const opened = await tx
    .select({
      id: leases.id,
      householdId: leases.householdId,
      startDate: leases.startDate,
      tenantRentCents: leases.tenantRentCents,
    })
    .from(leases)
    .where(and(inArray(leases.householdId, housedIds), isNull(leases.endDate)));
  const openedBy = new Map(opened.map((l) => [l.householdId, l]));

  const firstOfMonth = `${today.slice(0, 7)}-01`;
  const leaseByHousehold = new Map<string, string>();
  for (const [i, home] of homes.entries()) {
    let lease = openedBy.get(home.householdId);
    const entries: (typeof rentLedgerEntries.$inferInsert)[] = [];
    if (!lease) {
      const tenantRentCents = TENANT_PORTIONS[i % TENANT_PORTIONS.length]!;
      const [row] = await tx
        .insert(leases)
        .values({
          programId: options.programId,
          householdId: home.householdId,
          unitId: home.unitId!,
          startDate: addMonths(firstOfMonth, -(6 + (i % 18))),
          endDate: null,
          contractRentCents: home.contractRentCents ?? contractRentFor(home.bedrooms),
          tenantRentCents,
          utilityAllowanceCents: utilityAllowanceFor(home.bedrooms),
        })
        .returning({
          id: leases.id,
          householdId: leases.householdId,
          startDate: leases.startDate,
          tenantRentCents: leases.tenantRentCents,
        });
      lease = row!;
      entries.push({
        leaseId: lease.id,
        kind: 'charge',
        ...firstRentCharge({ startDate: lease.startDate, monthlyTenantRentCents: tenantRentCents }),
      });
    }
    leaseByHousehold.set(home.householdId, lease.id);
    const monthlyCents = lease.tenantRentCents;
    const charges = [
      ...entries,
      ...rentMonthsAfter(lease.startDate, today).map((due) => ({
        leaseId: lease.id,
        kind: 'charge' as const,
        ...monthlyRentCharge(due, monthlyCents),
      })),
    ];
    // A lease opened at move-in already has its first charge on the ledger: it is paid too.
    const charged = openedBy.has(home.householdId)
      ? await tx
          .select({ entryDate: rentLedgerEntries.entryDate, amountCents: rentLedgerEntries.amountCents })
          .from(rentLedgerEntries)
          .where(eq(rentLedgerEntries.leaseId, lease.id))
      : [];
    const toPay = [...charged, ...charges];
    const payments: (typeof rentLedgerEntries.$inferInsert)[] = [];
    for (const charge of toPay) {
      // Paid one to five days after it is charged: within the program's grace period.
      const paidOn = addDays(charge.entryDate, 1 + (i % 5));
      const monthsAgo = monthIndexDifference(charge.entryDate, today);
      const missed = i % 9 === 4 && monthsAgo <= 1;
      if (charge.amountCents > 0 && !missed && compareDates(paidOn, today) <= 0) {
        payments.push({
          leaseId: lease.id,
          entryDate: paidOn,
          kind: 'payment',
          amountCents: charge.amountCents,
          memo: 'Payment, thank you',
        });
      }
    }
    const lines = [...charges, ...payments];
    if (lines.length) await tx.insert(rentLedgerEntries).values(lines);
  }

  // One older, resolved noise issue for another Elm Street tenant: the process, walked in full.
  const other = options.heads.find((h, i) => i > 0 && h.housed && h.propertyIndex === 0);
  const otherHome = other && homes.find((h) => h.householdId === other.householdId);
  const manager = options.propertyManagerIds[0];
  if (!other || !otherHome || !manager) return;
  const occurredOn = addMonths(today, -4);
  const [issue] = await tx
    .insert(leaseIssues)
    .values({
      programId: options.programId,
      leaseId: leaseByHousehold.get(other.householdId) ?? null,
      householdId: other.householdId,
      unitId: otherHome.unitId!,
      personId: other.personId,
      type: 'noise_nuisance',
      occurredOn,
      description:
        'Loud music after 11 pm on three nights in one week; two neighbours complained in writing.',
      loggedBy: manager,
    })
    .returning({ id: leaseIssues.id });
  const steps = [
    { kind: 'logged', days: 0, note: null, dueDate: null },
    { kind: 'tenant_notified', days: 1, note: 'Letter left at the door and read together.', dueDate: null },
    {
      kind: 'meeting_offered',
      days: 1,
      note: 'Offered a meeting at the office; the tenant asked their case manager to come.',
      dueDate: null,
    },
    { kind: 'meeting_held', days: 6, note: 'Met with the tenant and their case manager.', dueDate: null },
    {
      kind: 'cure_agreed',
      days: 6,
      note: 'Music off or headphones after 10 pm.',
      dueDate: addDays(occurredOn, 36),
    },
    { kind: 'resolved', days: 40, note: 'No complaints since the meeting.', dueDate: null },
  ] as const;
  await tx.insert(leaseIssueSteps).values(
    steps.map((s, i) => ({
      issueId: issue!.id,
      kind: s.kind,
      stepDate: addDays(occurredOn, s.days),
      dueDate: s.dueDate,
      note: s.note,
      actorUserId: manager,
      createdAt: new Date(Date.parse(`${addDays(occurredOn, s.days)}T12:00:00Z`) + i * 1000),
    })),
  );
}

/** The 1st of every month after the lease's start month, through today. */
export function rentMonthsAfter(startDate: string, today: string): string[] {
  const months: string[] = [];
  for (
    let due = addMonths(`${startDate.slice(0, 7)}-01`, 1);
    compareDates(due, today) <= 0;
    due = addMonths(due, 1)
  ) {
    months.push(due);
  }
  return months;
}
