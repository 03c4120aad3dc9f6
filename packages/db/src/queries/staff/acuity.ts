import { and, asc, eq } from 'drizzle-orm';
import { acuityDomains, acuityTiers } from '../../schema/services/care';
import type { Executor } from '../../client';

/** The program's acuity domains (with their anchors) and its score → service-intensity tiers. */

export async function listAcuityDomains(db: Executor, params: { programId: string }) {
  return db
    .select({
      key: acuityDomains.key,
      name: acuityDomains.name,
      anchorLow: acuityDomains.anchorLow,
      anchorHigh: acuityDomains.anchorHigh,
    })
    .from(acuityDomains)
    .where(and(eq(acuityDomains.programId, params.programId), eq(acuityDomains.isActive, true)))
    .orderBy(asc(acuityDomains.sortOrder));
}

export async function listAcuityTiers(db: Executor, params: { programId: string }) {
  return db
    .select({
      name: acuityTiers.name,
      minTotal: acuityTiers.minTotal,
      maxTotal: acuityTiers.maxTotal,
      intensity: acuityTiers.intensity,
    })
    .from(acuityTiers)
    .where(eq(acuityTiers.programId, params.programId))
    .orderBy(asc(acuityTiers.minTotal));
}
