import { and, desc, eq, isNull } from 'drizzle-orm';
import { leases } from '../../schema/tenancy';
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
