import { eq } from 'drizzle-orm';
import { households, people } from '../../schema/people';
import { units } from '../../schema/program';
import type { Executor } from '../../client';

/**
 * The signed-in tenant. Every tenant query starts from the tenant's own person id (from the
 * session), so another household's record is simply not found.
 */
export interface TenantViewer {
  userId: string;
  personId: string;
}

/** The tenant's household, unit and property (unit and property null before move-in); null if none. */
export async function findTenantHome(db: Executor, personId: string) {
  const [row] = await db
    .select({
      householdId: households.id,
      unitId: households.unitId,
      propertyId: units.propertyId,
      programId: people.programId,
    })
    .from(people)
    .innerJoin(households, eq(households.id, people.householdId))
    .leftJoin(units, eq(units.id, households.unitId))
    .where(eq(people.id, personId))
    .limit(1);
  return row ?? null;
}
