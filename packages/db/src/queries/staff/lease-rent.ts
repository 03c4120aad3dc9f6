import { and, desc, eq, isNull } from 'drizzle-orm';
import { conflict, firstRentCharge, leaseOpeningRefusal } from '@hearth/domain';
import { leases, rentLedgerEntries } from '../../schema/tenancy';
import { enrollments, rentDeterminations } from '../../schema/services/intake';
import type { Executor } from '../../client';
import { recordAudit, type Actor } from '../core/audit';

/**
 * The tenant's monthly rent portion on the lease comes from the latest rent determination where
 * one exists. Services push the amount only (never income, expenses or the calculation) to the
 * household's open lease: information about rent flows to property as a single number.
 * Call it in the same transaction that saves a rent determination.
 */
export async function syncLeaseTenantRent(
  db: Executor,
  params: { householdId: string; actor: Actor },
): Promise<{ leaseId: string; tenantRentCents: number } | null> {
  const [latest] = await db
    .select({ tenantRentCents: rentDeterminations.tenantRentCents })
    .from(rentDeterminations)
    .innerJoin(enrollments, eq(enrollments.id, rentDeterminations.enrollmentId))
    .where(eq(enrollments.householdId, params.householdId))
    .orderBy(desc(rentDeterminations.effectiveDate), desc(rentDeterminations.createdAt))
    .limit(1);
  if (!latest) return null;
  const [lease] = await db
    .select({ id: leases.id, tenantRentCents: leases.tenantRentCents })
    .from(leases)
    .where(and(eq(leases.householdId, params.householdId), isNull(leases.endDate)))
    .orderBy(desc(leases.startDate))
    .limit(1);
  if (!lease) return null;
  if (lease.tenantRentCents !== latest.tenantRentCents) {
    await db
      .update(leases)
      .set({ tenantRentCents: latest.tenantRentCents, updatedAt: params.actor.at })
      .where(eq(leases.id, lease.id));
    await recordAudit(db, params.actor, {
      action: 'lease.tenant_rent_sync',
      entityType: 'lease',
      entityId: lease.id,
      detail: { from: 'rent_determination' },
    });
  }
  return { leaseId: lease.id, tenantRentCents: latest.tenantRentCents };
}

/** The enrollment's latest saved rent determination: the amounts a lease takes, nothing else. */
async function latestRentAmounts(db: Executor, enrollmentId: string) {
  const [row] = await db
    .select({ tenantRentCents: rentDeterminations.tenantRentCents, input: rentDeterminations.input })
    .from(rentDeterminations)
    .where(eq(rentDeterminations.enrollmentId, enrollmentId))
    .orderBy(desc(rentDeterminations.effectiveDate), desc(rentDeterminations.createdAt))
    .limit(1);
  if (!row) return null;
  const utility = row.input.utilityAllowanceMonthlyCents;
  return {
    tenantRentCents: row.tenantRentCents,
    utilityAllowanceCents: typeof utility === 'number' ? utility : 0,
  };
}

/**
 * At move-in, the household's lease opens: it starts on the move-in date, takes the unit's
 * contract rent and the tenant portion of the saved rent determination, and its first rent
 * charge (prorated for a partial first month, see `firstRentCharge`) goes on the ledger. Call it
 * in the move-in's transaction; it refuses (conflict) when the lease cannot open.
 */
export async function openLeaseAtMoveIn(
  db: Executor,
  params: {
    programId: string;
    enrollmentId: string;
    householdId: string;
    unit: {
      id: string;
      label: string;
      propertyName: string;
      contractRentCents: number | null;
      hasOpenLease: boolean;
    };
    startDate: string;
    actor: Actor;
  },
) {
  const { unit } = params;
  const refusal = leaseOpeningRefusal({
    unitLabel: unit.label,
    propertyName: unit.propertyName,
    unitContractRentCents: unit.contractRentCents,
    unitHasOpenLease: unit.hasOpenLease,
  });
  if (refusal) conflict(refusal);
  const rent = await latestRentAmounts(db, params.enrollmentId);
  if (!rent) {
    conflict('Save a rent determination before recording the move-in: the lease takes its tenant portion.');
  }
  const [lease] = await db
    .insert(leases)
    .values({
      programId: params.programId,
      householdId: params.householdId,
      unitId: unit.id,
      startDate: params.startDate,
      endDate: null,
      contractRentCents: unit.contractRentCents!,
      tenantRentCents: rent.tenantRentCents,
      utilityAllowanceCents: rent.utilityAllowanceCents,
    })
    .returning({ id: leases.id, startDate: leases.startDate, tenantRentCents: leases.tenantRentCents });
  const charge = firstRentCharge({
    startDate: lease!.startDate,
    monthlyTenantRentCents: rent.tenantRentCents,
  });
  const [entry] = await db
    .insert(rentLedgerEntries)
    .values({ leaseId: lease!.id, ...charge, kind: 'charge', createdBy: params.actor.userId })
    .returning({ id: rentLedgerEntries.id, amountCents: rentLedgerEntries.amountCents });
  await recordAudit(db, params.actor, {
    action: 'lease.open',
    entityType: 'lease',
    entityId: lease!.id,
    detail: { unitId: unit.id, householdId: params.householdId, firstChargeId: entry!.id },
  });
  return { leaseId: lease!.id, startDate: lease!.startDate, firstChargeCents: entry!.amountCents };
}
