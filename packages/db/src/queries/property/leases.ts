import { and, asc, eq } from 'drizzle-orm';
import { DomainError, summarizeLedger, type TLedgerEntryInput } from '@hearth/domain';
import { properties, units } from '../../schema/program';
import { leases, rentLedgerEntries } from '../../schema/tenancy';
import type { Executor } from '../../client';
import { writeAudit } from '../core/audit';
import { headName, unitManagedBy } from './access';

/** Leases and the rent ledger of the manager's properties. Amounts only: never income. */

const leaseColumns = {
  id: leases.id,
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

export async function ledgerFor(db: Executor, leaseId: string) {
  return db
    .select({
      id: rentLedgerEntries.id,
      entryDate: rentLedgerEntries.entryDate,
      kind: rentLedgerEntries.kind,
      amountCents: rentLedgerEntries.amountCents,
      memo: rentLedgerEntries.memo,
    })
    .from(rentLedgerEntries)
    .where(eq(rentLedgerEntries.leaseId, leaseId))
    .orderBy(asc(rentLedgerEntries.entryDate), asc(rentLedgerEntries.createdAt));
}

export async function listLeasesForPropertyManager(db: Executor, params: { userId: string }) {
  const rows = await db
    .select(leaseColumns)
    .from(leases)
    .innerJoin(units, eq(units.id, leases.unitId))
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .where(unitManagedBy(leases.unitId, params.userId))
    .orderBy(asc(properties.name), asc(units.label));
  const out = [];
  for (const r of rows)
    out.push({ ...r, ledger: summarizeLedger(await ledgerFor(db, r.id), r.tenantRentCents) });
  return out;
}

export async function findLeaseForPropertyManager(db: Executor, params: { userId: string; leaseId: string }) {
  const [row] = await db
    .select(leaseColumns)
    .from(leases)
    .innerJoin(units, eq(units.id, leases.unitId))
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .where(and(eq(leases.id, params.leaseId), unitManagedBy(leases.unitId, params.userId)))
    .limit(1);
  if (!row) return null;
  const entries = await ledgerFor(db, row.id);
  return { ...row, entries, ledger: summarizeLedger(entries, row.tenantRentCents) };
}

export async function addLedgerEntry(
  db: Executor,
  params: { userId: string; input: TLedgerEntryInput; today: string },
) {
  const { input } = params;
  return db.transaction(async (tx) => {
    const [lease] = await tx
      .select({ id: leases.id, startDate: leases.startDate })
      .from(leases)
      .where(and(eq(leases.id, input.leaseId), unitManagedBy(leases.unitId, params.userId)))
      .limit(1);
    if (!lease) throw new DomainError('NOT_FOUND', 'No such lease.');
    if (input.entryDate < lease.startDate) {
      throw new DomainError(
        'INVALID_INPUT',
        `The date cannot be before the lease starts (${lease.startDate}).`,
        { field: 'entryDate' },
      );
    }
    if (input.entryDate > params.today) {
      throw new DomainError('INVALID_INPUT', 'The date cannot be in the future.', { field: 'entryDate' });
    }
    const [entry] = await tx
      .insert(rentLedgerEntries)
      .values({
        leaseId: lease.id,
        entryDate: input.entryDate,
        kind: input.kind,
        amountCents: input.amountCents,
        memo: input.memo || null,
        createdBy: params.userId,
      })
      .returning({ id: rentLedgerEntries.id });
    await writeAudit(tx, {
      actorUserId: params.userId,
      action: 'ledger.add',
      entityType: 'lease',
      entityId: lease.id,
      detail: { kind: input.kind, entryId: entry!.id },
    });
    return { entryId: entry!.id };
  });
}
