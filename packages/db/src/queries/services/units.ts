import { and, asc, eq, notExists } from 'drizzle-orm';
import { households } from '../../schema/people';
import { properties, units } from '../../schema/program';
import type { Executor } from '../../client';

/** The program's units for staff (e.g. choosing a unit at move-in), vacant ones only if asked. */
export async function listProgramUnits(db: Executor, params: { programId: string; vacantOnly: boolean }) {
  const occupied = db.select({ id: households.id }).from(households).where(eq(households.unitId, units.id));
  return db
    .select({
      unitId: units.id,
      unitLabel: units.label,
      bedrooms: units.bedrooms,
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
