import { and, asc, eq, notExists, sql } from 'drizzle-orm';
import { households } from '../../schema/people';
import { properties, units } from '../../schema/program';
import { leases } from '../../schema/tenancy';
import type { Executor } from '../../client';

/** The program's units for staff (e.g. choosing a unit at move-in), vacant ones only if asked. */
export async function listProgramUnits(db: Executor, params: { programId: string; vacantOnly: boolean }) {
  const occupied = db.select({ id: households.id }).from(households).where(eq(households.unitId, units.id));
  return db
    .select({
      unitId: units.id,
      unitLabel: units.label,
      bedrooms: units.bedrooms,
      contractRentCents: units.contractRentCents,
      propertyName: properties.name,
    })
    .from(units)
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .where(
      params.vacantOnly
        ? and(eq(properties.programId, params.programId), notExists(occupied))
        : eq(properties.programId, params.programId),
    )
    .orderBy(asc(properties.name), asc(units.label));
}

/** A unit of the program and the household living there now, if any; null if not the program's. */
export async function findUnitInProgram(db: Executor, params: { programId: string; unitId: string }) {
  const [row] = await db
    .select({
      id: units.id,
      label: units.label,
      propertyName: properties.name,
      contractRentCents: units.contractRentCents,
      hasOpenLease: sql<boolean>`exists (
        select 1 from ${leases} where ${leases.unitId} = ${units.id} and ${leases.endDate} is null)`,
      occupiedByHouseholdId: sql<string | null>`(
        select ${households.id} from ${households} where ${households.unitId} = ${units.id} limit 1)`,
    })
    .from(units)
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .where(and(eq(units.id, params.unitId), eq(properties.programId, params.programId)))
    .limit(1);
  return row ?? null;
}
