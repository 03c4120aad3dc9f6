import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { addDays, addMonths, compareDates } from '@hearth/domain';
import type { Executor } from '../client';
import { households } from '../schema/people';
import { units } from '../schema/program';
import { leaseIssues, leaseIssueSteps, leases, rentLedgerEntries } from '../schema/tenancy';
import { syncLeaseTenantRent } from '../queries/staff/lease-rent';

export interface SeedTenancyOptions {
  programId: string;
  today: string;
  /** The manager of each property, in property order: their name is on the seeded steps. */
  propertyManagerIds: string[];
  heads: { personId: string; householdId: string; housed: boolean; propertyIndex: number }[];
}

const CONTRACT_RENT_BY_BEDROOMS: Record<number, number> = { 1: 95_000, 2: 120_000, 3: 148_000 };
/** Plausible tenant portions (30% of adjusted income, rounded to the dollar), in turn. */
const TENANT_PORTIONS = [27_300, 21_500, 0, 18_900, 34_200, 24_600, 29_800, 15_300];

/**
 * Synthetic leases for every housed household, three months of ledger, and one older resolved
 * lease issue for a tenant other than the demo tenant (whose record stays free of issues).
 * Deterministic: no randomness and no clock beyond `today`.
 */
export async function seedTenancy(tx: Executor, options: SeedTenancyOptions): Promise<void> {
  const { today } = options;
  const housedIds = options.heads.filter((h) => h.housed).map((h) => h.householdId);
  if (housedIds.length === 0) return;
  const homes = await tx
    .select({ householdId: households.id, unitId: households.unitId, bedrooms: units.bedrooms })
    .from(households)
    .innerJoin(units, eq(units.id, households.unitId))
    .where(and(inArray(households.id, housedIds), isNotNull(households.unitId)));
  const order = new Map(housedIds.map((id, i) => [id, i]));
  homes.sort((a, b) => order.get(a.householdId)! - order.get(b.householdId)!);

  const firstOfMonth = `${today.slice(0, 7)}-01`;
  const leaseByHousehold = new Map<string, string>();
  for (const [i, home] of homes.entries()) {
    const tenantRentCents = TENANT_PORTIONS[i % TENANT_PORTIONS.length]!;
    const [lease] = await tx
      .insert(leases)
      .values({
        programId: options.programId,
        householdId: home.householdId,
        unitId: home.unitId!,
        startDate: addMonths(firstOfMonth, -(6 + (i % 18))),
        endDate: null,
        contractRentCents: CONTRACT_RENT_BY_BEDROOMS[home.bedrooms] ?? 95_000,
        tenantRentCents,
        utilityAllowanceCents: home.bedrooms > 1 ? 8_500 : 6_500,
      })
      .returning({ id: leases.id });
    leaseByHousehold.set(home.householdId, lease!.id);
    // Where intake recorded a rent determination, the lease takes its amount (the only thing shared).
    const synced = await syncLeaseTenantRent(tx, {
      householdId: home.householdId,
      actor: { userId: null, ip: null, at: new Date(`${today}T12:00:00Z`) },
    });
    const monthlyCents = synced?.tenantRentCents ?? tenantRentCents;
    const entries: (typeof rentLedgerEntries.$inferInsert)[] = [];
    for (let m = 2; m >= 0; m--) {
      const due = addMonths(firstOfMonth, -m);
      if (compareDates(due, today) > 0) continue;
      entries.push({
        leaseId: lease!.id,
        entryDate: due,
        kind: 'charge',
        amountCents: monthlyCents,
        memo: 'Monthly rent (tenant portion)',
      });
      // Most pay in the first week; one household in nine has missed the latest month.
      const paidOn = addDays(due, 2 + (i % 5));
      const missed = i % 9 === 4 && m === 0;
      if (monthlyCents > 0 && !missed && compareDates(paidOn, today) <= 0) {
        entries.push({
          leaseId: lease!.id,
          entryDate: paidOn,
          kind: 'payment',
          amountCents: monthlyCents,
          memo: 'Payment, thank you',
        });
      }
    }
    if (entries.length) await tx.insert(rentLedgerEntries).values(entries);
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
