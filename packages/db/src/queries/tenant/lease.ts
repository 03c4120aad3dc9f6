import { desc, eq } from 'drizzle-orm';
import { found } from '@hearth/domain';
import { properties, units } from '../../schema/program';
import { leases } from '../../schema/tenancy';
import type { Executor } from '../../client';
import { ledgerFor, ledgerSummaryFor } from '../property/leases';
import { findTenantHome, type TenantViewer } from './home';

/** The lease, in the tenant's words: what they pay and the balance (never the contract rent). */
export async function findLeaseForTenant(db: Executor, params: { viewer: TenantViewer; today: string }) {
  const home = found(await findTenantHome(db, params.viewer.personId), 'tenant record');
  const [row] = await db
    .select({
      id: leases.id,
      startDate: leases.startDate,
      endDate: leases.endDate,
      tenantRentCents: leases.tenantRentCents,
      utilityAllowanceCents: leases.utilityAllowanceCents,
      unitLabel: units.label,
      propertyName: properties.name,
    })
    .from(leases)
    .innerJoin(units, eq(units.id, leases.unitId))
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .where(eq(leases.householdId, home.householdId))
    .orderBy(desc(leases.startDate))
    .limit(1);
  if (!row) return null;
  const ledger = await ledgerSummaryFor(db, {
    programId: home.programId,
    lines: await ledgerFor(db, row.id),
    tenantRentCents: row.tenantRentCents,
    today: params.today,
  });
  return { ...row, ledger };
}
