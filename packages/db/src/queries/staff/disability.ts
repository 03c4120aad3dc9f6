import { asc, eq } from 'drizzle-orm';
import { checkDisabilityRecord, found, notInFuture, type TDisabilityEvidenceAddInput } from '@hearth/domain';
import { disabilityEvidence } from '../../schema/services/intake';
import type { Executor } from '../../client';
import { recordAudit } from '../core/audit';
import { findApplicationInScope, type ApplicationInScope } from './application-scope';
import { standingOfFile } from './eligibility-file';
import type { StaffRequest } from './people';
import { findProgramPolicy } from './program';
import { one } from './rows';

/** Disability evidence: sensitive, so every read is audited. */

type DisabilityEvidenceType = (typeof disabilityEvidence.type.enumValues)[number];
type DisabledMember = (typeof disabilityEvidence.disabledMember.enumValues)[number];

const disabilityColumns = {
  id: disabilityEvidence.id,
  type: disabilityEvidence.type,
  disabledMember: disabilityEvidence.disabledMember,
  evidenceDate: disabilityEvidence.evidenceDate,
  credential: disabilityEvidence.credential,
  professionalName: disabilityEvidence.professionalName,
  licensedByStateToDiagnoseAndTreat: disabilityEvidence.licensedByStateToDiagnoseAndTreat,
  certifiesLongContinuingOrIndefinite: disabilityEvidence.certifiesLongContinuingOrIndefinite,
  certifiesSubstantiallyImpedesIndependentLiving:
    disabilityEvidence.certifiesSubstantiallyImpedesIndependentLiving,
  benefit: disabilityEvidence.benefit,
  isAcceptable: disabilityEvidence.isAcceptable,
  isProvisional: disabilityEvidence.isProvisional,
  reasons: disabilityEvidence.reasons,
  notes: disabilityEvidence.notes,
  recordedByUserId: disabilityEvidence.recordedByUserId,
  createdAt: disabilityEvidence.createdAt,
};

export async function insertDisabilityEvidence(
  db: Executor,
  params: {
    applicationId: string;
    type: DisabilityEvidenceType;
    disabledMember: DisabledMember;
    evidenceDate: string;
    credential: string | null;
    professionalName: string | null;
    licensedByStateToDiagnoseAndTreat: boolean | null;
    certifiesLongContinuingOrIndefinite: boolean | null;
    certifiesSubstantiallyImpedesIndependentLiving: boolean | null;
    benefit: string | null;
    isAcceptable: boolean;
    isProvisional: boolean;
    reasons: string[];
    notes: string | null;
    recordedByUserId: string;
  },
) {
  return one(await db.insert(disabilityEvidence).values(params).returning(disabilityColumns));
}

export async function listDisabilityEvidence(db: Executor, params: { applicationId: string }) {
  return db
    .select(disabilityColumns)
    .from(disabilityEvidence)
    .where(eq(disabilityEvidence.applicationId, params.applicationId))
    .orderBy(asc(disabilityEvidence.evidenceDate), asc(disabilityEvidence.createdAt));
}

/** The file's standing as of today, as the disability screens show it ("not determined yet" before any evidence). */
async function eligibilityToday(
  db: Executor,
  application: Pick<
    ApplicationInScope,
    'id' | 'programId' | 'applicationDate' | 'requiresChronicHomelessness'
  >,
  today: string,
) {
  const { file, standing } = await standingOfFile(db, application, today);
  const eligibility = {
    status: standing.status,
    label: standing.label,
    tone: standing.tone,
    disabilityVerificationDeadline: standing.disabilityVerificationDeadline,
    reasons: standing.reasons,
  };
  return { disability: file.disability, eligibility };
}

/**
 * staff.disability.addEvidence: records one piece of disability evidence with its verdict, and
 * answers with the file's eligibility as it now stands.
 */
export async function addDisabilityEvidence(
  db: Executor,
  params: StaffRequest & { input: TDisabilityEvidenceAddInput },
) {
  const { viewer, today, input } = params;
  notInFuture('evidenceDate', input.evidenceDate, today);
  return db.transaction(async (tx) => {
    const application = found(
      await findApplicationInScope(tx, { viewer, today, applicationId: input.applicationId }),
      'application',
    );
    const policy = await findProgramPolicy(tx, { programId: application.programId });
    const check = checkDisabilityRecord(
      input,
      application.applicationDate,
      policy.disabilityConfirmationDays,
    );
    const saved = await insertDisabilityEvidence(tx, {
      applicationId: application.id,
      type: input.type,
      disabledMember: input.disabledMember,
      evidenceDate: input.evidenceDate,
      credential: input.credential ?? null,
      professionalName: input.professionalName ?? null,
      licensedByStateToDiagnoseAndTreat: input.licensedByStateToDiagnoseAndTreat ?? null,
      certifiesLongContinuingOrIndefinite: input.certifiesLongContinuingOrIndefinite ?? null,
      certifiesSubstantiallyImpedesIndependentLiving:
        input.certifiesSubstantiallyImpedesIndependentLiving ?? null,
      benefit: input.benefit ?? null,
      isAcceptable: check.acceptable,
      isProvisional: check.provisional,
      reasons: check.reasons,
      notes: input.notes ?? null,
      recordedByUserId: viewer.userId,
    });
    await recordAudit(tx, params.actor, {
      action: 'disability_evidence.add',
      entityType: 'application',
      entityId: application.id,
      detail: { disabilityEvidenceId: saved.id, type: input.type, acceptable: check.acceptable },
    });
    const { eligibility } = await eligibilityToday(tx, application, today);
    return { evidence: saved, check, eligibility };
  });
}

/** staff.disability.list: the evidence and the eligibility it makes today; the read is audited. */
export async function readDisabilityEvidence(db: Executor, params: StaffRequest & { applicationId: string }) {
  const { viewer, today } = params;
  return db.transaction(async (tx) => {
    const application = found(
      await findApplicationInScope(tx, { viewer, today, applicationId: params.applicationId }),
      'application',
    );
    const { disability, eligibility } = await eligibilityToday(tx, application, today);
    await recordAudit(tx, params.actor, {
      action: 'disability_evidence.read',
      entityType: 'application',
      entityId: application.id,
    });
    return { evidence: disability, eligibility };
  });
}
