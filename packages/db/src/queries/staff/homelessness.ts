import { desc, eq } from 'drizzle-orm';
import {
  assessLivingSituation,
  badInput,
  found,
  notInFuture,
  type TRecordSituationInput,
} from '@hearth/domain';
import { livingSituations } from '../../schema/services/intake';
import type { Executor } from '../../client';
import { recordAudit } from '../core/audit';
import { findApplicationInScope } from './application-scope';
import type { StaffRequest } from './people';
import { findProgramPolicy } from './program';
import { one } from './rows';

/** The current living situation of an applicant, with the evidence that documents it. */

type HomelessEvidenceType = (typeof livingSituations.evidenceType.enumValues)[number];
type ThirdPartySource = NonNullable<(typeof livingSituations.evidenceSource.enumValues)[number]>;

const situationColumns = {
  id: livingSituations.id,
  livingSituation: livingSituations.livingSituation,
  facts: livingSituations.facts,
  rvCamper: livingSituations.rvCamper,
  categories: livingSituations.categories,
  acceptedByProgram: livingSituations.acceptedByProgram,
  reasons: livingSituations.reasons,
  evidenceType: livingSituations.evidenceType,
  evidenceSource: livingSituations.evidenceSource,
  evidenceDate: livingSituations.evidenceDate,
  dueDiligenceDocumented: livingSituations.dueDiligenceDocumented,
  notes: livingSituations.notes,
  recordedByUserId: livingSituations.recordedByUserId,
  recordedAt: livingSituations.recordedAt,
};

export async function insertLivingSituation(
  db: Executor,
  params: {
    applicationId: string;
    livingSituation: string;
    facts: Record<string, unknown>;
    rvCamper: Record<string, unknown> | null;
    categories: number[];
    acceptedByProgram: boolean;
    reasons: string[];
    evidenceType: HomelessEvidenceType;
    evidenceSource: ThirdPartySource | null;
    evidenceDate: string;
    dueDiligenceDocumented: boolean;
    notes: string | null;
    recordedByUserId: string;
    recordedAt: Date;
  },
) {
  return one(await db.insert(livingSituations).values(params).returning(situationColumns));
}

/** Living situations of an application, the latest first. */
export async function listLivingSituations(db: Executor, params: { applicationId: string }) {
  return db
    .select(situationColumns)
    .from(livingSituations)
    .where(eq(livingSituations.applicationId, params.applicationId))
    .orderBy(desc(livingSituations.recordedAt), desc(livingSituations.createdAt));
}

/**
 * staff.homelessness.recordSituation: records the current living situation and its evidence,
 * classified by HUD category. A situation the program does not accept is recorded but refused.
 */
export async function recordLivingSituation(
  db: Executor,
  params: StaffRequest & { input: TRecordSituationInput },
) {
  const { viewer, today, input } = params;
  notInFuture('evidenceDate', input.evidenceDate, today);
  return db.transaction(async (tx) => {
    const application = found(
      await findApplicationInScope(tx, { viewer, today, applicationId: input.applicationId }),
      'application',
    );
    const policy = await findProgramPolicy(tx, { programId: application.programId });
    const livingSituation = input.situation.livingSituation;
    if (!livingSituation) badInput('situation.livingSituation', 'Choose the current living situation.');
    const assessment = assessLivingSituation(input, policy);
    const saved = await insertLivingSituation(tx, {
      applicationId: application.id,
      livingSituation,
      facts: { ...input.situation },
      rvCamper: input.rvCamper ? { ...input.rvCamper } : null,
      categories: assessment.categories,
      acceptedByProgram: assessment.acceptedByProgram,
      reasons: assessment.reasons,
      evidenceType: input.evidenceType,
      evidenceSource: input.evidenceSource ?? null,
      evidenceDate: input.evidenceDate,
      dueDiligenceDocumented: input.dueDiligenceForHigherPriorityDocumented ?? false,
      notes: input.notes ?? null,
      recordedByUserId: viewer.userId,
      recordedAt: params.actor.at,
    });
    await recordAudit(tx, params.actor, {
      action: 'living_situation.record',
      entityType: 'application',
      entityId: application.id,
      detail: { livingSituationId: saved.id, categories: assessment.categories },
    });
    return { id: saved.id, ...assessment };
  });
}
