import type { Executor } from '../../client';
import { listDisabilityEvidence } from './disability';
import { listLivingSituations } from './homelessness';
import { listStays } from './stays';

/** Everything recorded for an application's eligibility, loaded together (the situations latest first). */
export async function loadEligibilityFile(db: Executor, params: { applicationId: string }) {
  const [situations, stays, disability] = await Promise.all([
    listLivingSituations(db, params),
    listStays(db, params),
    listDisabilityEvidence(db, params),
  ]);
  return { situations, stays, disability };
}

export type LoadedEligibilityFile = Awaited<ReturnType<typeof loadEligibilityFile>>;
