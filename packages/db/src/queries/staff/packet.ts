import { eligibilityPacket, found } from '@hearth/domain';
import type { Executor } from '../../client';
import { recordAudit } from '../core/audit';
import { findApplicationInScope } from './application-scope';
import { listDeterminations } from './determinations';
import { loadEligibilityFile } from './eligibility-file';
import type { StaffRequest } from './people';
import { findProgramPolicy } from './program';
import { findReferralInScope } from './referrals';

/**
 * staff.packet.get: the eligibility packet — every piece of evidence in HUD's order (referral,
 * homelessness by the order of priority and of preference, history, disability, determinations)
 * and what is still missing, as of the determination in force (or today). The read is audited.
 */
export async function getEligibilityPacket(db: Executor, params: StaffRequest & { applicationId: string }) {
  const { viewer, today } = params;
  return db.transaction(async (tx) => {
    const application = found(
      await findApplicationInScope(tx, { viewer, today, applicationId: params.applicationId }),
      'application',
    );
    const [policy, file, referral, determinations] = await Promise.all([
      findProgramPolicy(tx, { programId: application.programId }),
      loadEligibilityFile(tx, { applicationId: application.id }),
      findReferralInScope(tx, { viewer, today, referralId: application.referralId }),
      listDeterminations(tx, { applicationId: application.id }),
    ]);
    const current = determinations.find((d) => !d.isSuperseded) ?? null;
    const packet = eligibilityPacket(
      {
        ...file,
        applicationDate: application.applicationDate,
        determinationDate: current?.determinationDate ?? today,
        hasCesReferral: referral !== null,
        requiresChronicHomelessness: application.requiresChronicHomelessness,
      },
      policy,
    );
    await recordAudit(tx, params.actor, {
      action: 'packet.read',
      entityType: 'application',
      entityId: application.id,
    });
    return {
      application,
      referral,
      homelessEvidence: packet.homelessEvidence,
      stays: file.stays,
      chronic: packet.chronic,
      disabilityEvidence: packet.disabilityEvidence,
      determination: current,
      determinations,
      missing: packet.missing,
      standing: {
        status: packet.standing.status,
        label: packet.standing.label,
        tone: packet.standing.tone,
        reasons: packet.standing.reasons,
        asOfDate: current?.determinationDate ?? today,
        chronic: packet.standing.chronicStanding,
      },
    };
  });
}
