import { fileStanding } from '@hearth/domain';
import type { Executor } from '../../client';
import type { ApplicationInScope } from './application-scope';
import { listDisabilityEvidence } from './disability';
import { listLivingSituations } from './homelessness';
import { findProgramPolicy } from './program';
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

/**
 * Where the file stands on a date (the domain's fileStanding): what the intake steps show, the
 * same answer a determination recorded that day would give. The application is found through its
 * referral, so the CES referral is on file.
 */
export async function standingOfFile(
  db: Executor,
  application: Pick<
    ApplicationInScope,
    'id' | 'programId' | 'applicationDate' | 'requiresChronicHomelessness'
  >,
  asOfDate: string,
) {
  const [policy, file] = await Promise.all([
    findProgramPolicy(db, { programId: application.programId }),
    loadEligibilityFile(db, { applicationId: application.id }),
  ]);
  const standing = fileStanding(
    {
      file,
      applicationDate: application.applicationDate,
      asOfDate,
      hasCesReferral: true,
      requiresChronicHomelessness: application.requiresChronicHomelessness,
    },
    policy,
  );
  return { policy, file, standing };
}
