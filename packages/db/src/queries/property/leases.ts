import { and, asc, eq } from 'drizzle-orm';
import {
  checkLedgerEntryDate,
  found,
  summarizeLedger,
  type LedgerLine,
  type ProgramPolicy,
  type TLedgerEntryInput,
} from '@hearth/domain';
import { properties, units } from '../../schema/program';
import { leases, rentLedgerEntries } from '../../schema/tenancy';
import type { Executor } from '../../client';
import { recordAudit, type Actor } from '../core/audit';
import { groupBy } from '../core/group-by';
import { findProgramPolicy } from '../core/policy';
import { headName, unitManagedBy, type PropertyViewer } from './access';

/** Leases and the rent ledger of the manager's properties. Amounts only: never income. */

const leaseColumns = {
  id: leases.id,
  programId: leases.programId,
  unitId: leases.unitId,
  unitLabel: units.label,
  propertyName: properties.name,
  tenantName: headName(leases.householdId),
  startDate: leases.startDate,
  endDate: leases.endDate,
  contractRentCents: leases.contractRentCents,
  tenantRentCents: leases.tenantRentCents,
  utilityAllowanceCents: leases.utilityAllowanceCents,
};

const ledgerColumns = {
  id: rentLedgerEntries.id,
  entryDate: rentLedgerEntries.entryDate,
  kind: rentLedgerEntries.kind,
  amountCents: rentLedgerEntries.amountCents,
  memo: rentLedgerEntries.memo,
};

export async function ledgerFor(db: Executor, leaseId: string) {
  return db
    .select(ledgerColumns)
    .from(rentLedgerEntries)
    .where(eq(rentLedgerEntries.leaseId, leaseId))
    .orderBy(asc(rentLedgerEntries.entryDate), asc(rentLedgerEntries.createdAt));
}

/**
 * The ledger's summary as of today: what is due (within the program's grace period) apart from
 * what is in arrears. Every side summarises a ledger through this one function.
 */
export async function ledgerSummaryFor(
  db: Executor,
  params: { programId: string; lines: readonly LedgerLine[]; tenantRentCents: number; today: string },
) {
  const policy = await findProgramPolicy(db, { programId: params.programId });
  return summarizeLedger(params.lines, {
    monthlyTenantRentCents: params.tenantRentCents,
    today: params.today,
    graceDays: policy.rentGraceDays,
  });
}

export async function listLeasesForPropertyManager(
  db: Executor,
  params: { viewer: PropertyViewer; today: string },
) {
  const inScope = unitManagedBy(leases.unitId, params.viewer.userId);
  const rows = await db
    .select(leaseColumns)
    .from(leases)
    .innerJoin(units, eq(units.id, leases.unitId))
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .where(inScope)
    .orderBy(asc(properties.name), asc(units.label));
  // Every line of those leases in one query (same scope), matched to its lease through a Map.
  const lines = await db
    .select({ ...ledgerColumns, leaseId: rentLedgerEntries.leaseId })
    .from(rentLedgerEntries)
    .innerJoin(leases, eq(leases.id, rentLedgerEntries.leaseId))
    .where(inScope)
    .orderBy(asc(rentLedgerEntries.entryDate), asc(rentLedgerEntries.createdAt));
  const byLease = groupBy(lines, (l) => l.leaseId);
  const policies = new Map<string, ProgramPolicy>();
  for (const programId of new Set(rows.map((r) => r.programId))) {
    policies.set(programId, await findProgramPolicy(db, { programId }));
  }
  return rows.map(({ programId, ...r }) => ({
    ...r,
    ledger: summarizeLedger(byLease.get(r.id) ?? [], {
      monthlyTenantRentCents: r.tenantRentCents,
      today: params.today,
      graceDays: policies.get(programId)!.rentGraceDays,
    }),
  }));
}

export async function findLeaseForPropertyManager(
  db: Executor,
  params: { viewer: PropertyViewer; leaseId: string; today: string },
) {
  const [row] = await db
    .select(leaseColumns)
    .from(leases)
    .innerJoin(units, eq(units.id, leases.unitId))
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .where(and(eq(leases.id, params.leaseId), unitManagedBy(leases.unitId, params.viewer.userId)))
    .limit(1);
  if (!row) return null;
  const { programId, ...lease } = row;
  const entries = await ledgerFor(db, row.id);
  const ledger = await ledgerSummaryFor(db, {
    programId,
    lines: entries,
    tenantRentCents: row.tenantRentCents,
    today: params.today,
  });
  return { ...lease, entries, ledger };
}

export async function addLedgerEntry(
  db: Executor,
  params: { actor: Actor; viewer: PropertyViewer; today: string; input: TLedgerEntryInput },
) {
  const { actor, viewer, input } = params;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: leases.id, startDate: leases.startDate })
      .from(leases)
      .where(and(eq(leases.id, input.leaseId), unitManagedBy(leases.unitId, viewer.userId)))
      .limit(1);
    const lease = found(row, 'lease');
    checkLedgerEntryDate({
      entryDate: input.entryDate,
      leaseStartDate: lease.startDate,
      today: params.today,
    });
    const [entry] = await tx
      .insert(rentLedgerEntries)
      .values({
        leaseId: lease.id,
        entryDate: input.entryDate,
        kind: input.kind,
        amountCents: input.amountCents,
        memo: input.memo || null,
        createdBy: viewer.userId,
      })
      .returning({ id: rentLedgerEntries.id });
    await recordAudit(tx, actor, {
      action: 'ledger.add',
      entityType: 'lease',
      entityId: lease.id,
      detail: { kind: input.kind, entryId: entry!.id },
    });
    return { entryId: entry!.id };
  });
}
