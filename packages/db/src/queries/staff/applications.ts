import {
  conflict,
  found,
  householdStatusOnApplication,
  notBefore,
  notInFuture,
  type TApplicationOpenInput,
} from '@hearth/domain';
import { applications } from '../../schema/services/intake';
import type { Executor } from '../../client';
import { recordAudit } from '../core/audit';
import { findApplicationInScope } from './application-scope';
import { findCurrentDetermination } from './determinations';
import { findEnrollment, listEnrollmentMembers } from './enrollment';
import { listLivingSituations } from './homelessness';
import { setHouseholdStatus } from './households';
import type { StaffRequest } from './people';
import { findReferralInScope } from './referrals';
import { one } from './rows';

/** The program application: opened on a CES referral only, one per referral. */

export async function insertApplication(
  db: Executor,
  params: {
    programId: string;
    referralId: string;
    personId: string;
    householdId: string;
    applicationDate: string;
    requiresChronicHomelessness: boolean;
    openedByUserId: string;
  },
) {
  return one(await db.insert(applications).values(params).returning({ id: applications.id }));
}

/** staff.applications.open: there is no way to open an application without a referral. */
export async function openApplication(db: Executor, params: StaffRequest & { input: TApplicationOpenInput }) {
  const { viewer, today, input, actor } = params;
  notInFuture('applicationDate', input.applicationDate, today);
  return db.transaction(async (tx) => {
    const referral = found(
      await findReferralInScope(tx, { viewer, today, referralId: input.referralId }),
      'referral',
    );
    if (referral.applicationId) conflict('An application is already open on this referral.');
    notBefore('applicationDate', input.applicationDate, referral.referralDate, 'the referral date');
    const application = await insertApplication(tx, {
      programId: viewer.programId,
      referralId: referral.id,
      personId: referral.personId,
      householdId: referral.householdId,
      applicationDate: input.applicationDate,
      requiresChronicHomelessness: input.requiresChronicHomelessness ?? false,
      openedByUserId: viewer.userId,
    });
    const status = householdStatusOnApplication(referral.personStatus);
    if (status) await setHouseholdStatus(tx, { householdId: referral.householdId, status, at: actor.at });
    await recordAudit(tx, actor, {
      action: 'application.open',
      entityType: 'application',
      entityId: application.id,
      detail: { referralId: referral.id, personId: referral.personId },
    });
    return { applicationId: application.id };
  });
}

/**
 * staff.applications.get: the application at a glance — referral, latest situation, determination
 * in force, enrollment with its members. The read is audited.
 */
export async function getApplication(db: Executor, params: StaffRequest & { applicationId: string }) {
  const { viewer, today } = params;
  return db.transaction(async (tx) => {
    const application = found(
      await findApplicationInScope(tx, { viewer, today, applicationId: params.applicationId }),
      'application',
    );
    const [[situation], determination, enrollment] = await Promise.all([
      listLivingSituations(tx, { applicationId: application.id }),
      findCurrentDetermination(tx, { applicationId: application.id }),
      findEnrollment(tx, { applicationId: application.id }),
    ]);
    const members = enrollment ? await listEnrollmentMembers(tx, { enrollmentId: enrollment.id }) : [];
    await recordAudit(tx, params.actor, {
      action: 'application.read',
      entityType: 'application',
      entityId: application.id,
    });
    return {
      application,
      latestSituation: situation ?? null,
      determination,
      enrollment: enrollment ? { ...enrollment, members } : null,
    };
  });
}
