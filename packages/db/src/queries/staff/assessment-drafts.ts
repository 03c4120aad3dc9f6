import { and, eq, max, sql } from 'drizzle-orm';
import {
  acuityTier,
  checkAssessmentCompletion,
  checkAssessmentDomains,
  conflict,
  found,
  notFound,
  validateInterimUpdate,
  type TCarePersonInput,
  type TCompleteAssessmentInput,
  type TInterimUpdateInput,
  type TSaveAssessmentSection,
} from '@hearth/domain';
import { assessmentInterimUpdates, assessments } from '../../schema/services/care';
import type { Executor } from '../../client';
import { recordAudit } from '../core/audit';
import { listAcuityDomains, listAcuityTiers } from './acuity';
import { latestScores } from './assessments';
import { isPersonInCareScope, personInCareScope, type CareCall, type CareScope } from './care-scope';

/**
 * Assessment & acuity, written: a draft saved a section at a time over several visits, then
 * completed as the next numbered version (frozen), and interim updates between versions.
 */

export const STALE_ASSESSMENT_MESSAGE =
  'Someone else changed this assessment since you opened it. Reload to see their changes.';

/** The person an assessment belongs to, if the viewer may see them; otherwise null. */
export async function assessmentInScope(db: Executor, params: CareScope & { assessmentId: string }) {
  const [row] = await db
    .select({ personId: assessments.personId })
    .from(assessments)
    .where(eq(assessments.id, params.assessmentId))
    .limit(1);
  if (!row || !(await isPersonInCareScope(db, { ...params, personId: row.personId }))) return null;
  return row;
}

/** Opens the draft, or returns the one already open, prefilled from the scores now. */
export async function startAssessment(db: Executor, call: CareCall<TCarePersonInput>) {
  return db.transaction(async (tx) => {
    const person = found(await personInCareScope(tx, { ...call, personId: call.input.personId }), 'person');
    const [draft] = await tx
      .select({ id: assessments.id, version: assessments.version })
      .from(assessments)
      .where(and(eq(assessments.personId, person.id), eq(assessments.status, 'draft')))
      .limit(1);
    if (draft) return { assessmentId: draft.id, version: draft.version };
    const { latest, scores } = await latestScores(tx, { personId: person.id });
    const [row] = await tx
      .insert(assessments)
      .values({
        personId: person.id,
        startedById: call.viewer.userId,
        housingHistory: latest?.housingHistory ?? null,
        homelessnessHistory: latest?.homelessnessHistory ?? null,
        domains: scores,
      })
      .onConflictDoNothing()
      .returning({ id: assessments.id, version: assessments.version });
    if (!row) conflict('Someone else started this assessment just now. Reload to see it.');
    await recordAudit(tx, call.actor, {
      action: 'assessment.start',
      entityType: 'assessment',
      entityId: row.id,
      detail: { personId: person.id },
    });
    return { assessmentId: row.id, version: row.version };
  });
}

async function refuseStale(db: Executor, assessmentId: string): Promise<never> {
  const [current] = await db
    .select({ status: assessments.status })
    .from(assessments)
    .where(eq(assessments.id, assessmentId))
    .limit(1);
  if (!current) notFound('assessment');
  if (current.status === 'completed')
    conflict(
      'This assessment was already completed; it is a version now and cannot change. Reload to see it.',
    );
  conflict(STALE_ASSESSMENT_MESSAGE);
}

/**
 * Saves one section of a draft. The write names the version it read: if anyone saved in
 * between, nothing is written and the caller is told to reload (never merged silently).
 */
export async function saveAssessmentSection(db: Executor, call: CareCall<TSaveAssessmentSection>) {
  const { input } = call;
  const now = call.actor.at;
  return db.transaction(async (tx) => {
    found(await assessmentInScope(tx, { ...call, assessmentId: input.assessmentId }), 'assessment');
    let patch;
    if (input.section === 'housing_history')
      patch = { housingHistory: input.housingHistory, housingHistorySavedAt: now };
    else if (input.section === 'homelessness_history')
      patch = { homelessnessHistory: input.homelessnessHistory, homelessnessHistorySavedAt: now };
    else {
      const domains = await listAcuityDomains(tx, { programId: call.viewer.programId });
      checkAssessmentDomains(
        input.domains,
        domains.map((d) => d.key),
      );
      patch = { domains: input.domains, domainsSavedAt: now };
    }
    const [row] = await tx
      .update(assessments)
      .set({
        ...patch,
        lastSavedById: call.viewer.userId,
        updatedAt: now,
        version: sql`${assessments.version} + 1`,
      })
      .where(
        and(
          eq(assessments.id, input.assessmentId),
          eq(assessments.version, input.version),
          eq(assessments.status, 'draft'),
        ),
      )
      .returning({ id: assessments.id, version: assessments.version });
    if (!row) return refuseStale(tx, input.assessmentId);
    await recordAudit(tx, call.actor, {
      action: 'assessment.save_section',
      entityType: 'assessment',
      entityId: row.id,
      detail: { section: input.section },
    });
    return { assessmentId: row.id, version: row.version };
  });
}

/** Completing the draft makes it the next numbered version, with its total and tier frozen. */
export async function completeAssessment(db: Executor, call: CareCall<TCompleteAssessmentInput>) {
  const { input } = call;
  return db.transaction(async (tx) => {
    found(await assessmentInScope(tx, { ...call, assessmentId: input.assessmentId }), 'assessment');
    const [draft] = await tx
      .select({
        personId: assessments.personId,
        domains: assessments.domains,
        version: assessments.version,
        status: assessments.status,
      })
      .from(assessments)
      .where(eq(assessments.id, input.assessmentId))
      .limit(1);
    if (!draft) notFound('assessment');
    if (draft.status !== 'draft' || draft.version !== input.version)
      await refuseStale(tx, input.assessmentId);
    const domains = await listAcuityDomains(tx, { programId: call.viewer.programId });
    checkAssessmentCompletion({
      scores: draft.domains,
      domains,
      completedOn: input.completedOn,
      today: call.today,
    });
    const tiers = await listAcuityTiers(tx, { programId: call.viewer.programId });
    const { total, tier } = acuityTier(
      Object.fromEntries(domains.map((d) => [d.key, draft.domains[d.key]])),
      tiers,
    );
    const [last] = await tx
      .select({ n: max(assessments.versionNumber) })
      .from(assessments)
      .where(eq(assessments.personId, draft.personId));
    const [row] = await tx
      .update(assessments)
      .set({
        status: 'completed',
        versionNumber: (last?.n ?? 0) + 1,
        completedOn: input.completedOn,
        completedById: call.viewer.userId,
        totalScore: total,
        tierName: tier?.name ?? null,
        updatedAt: call.actor.at,
        version: sql`${assessments.version} + 1`,
      })
      .where(
        and(
          eq(assessments.id, input.assessmentId),
          eq(assessments.version, input.version),
          eq(assessments.status, 'draft'),
        ),
      )
      .returning({ id: assessments.id, versionNumber: assessments.versionNumber });
    if (!row) return refuseStale(tx, input.assessmentId);
    await recordAudit(tx, call.actor, {
      action: 'assessment.complete',
      entityType: 'assessment',
      entityId: row.id,
      detail: { versionNumber: row.versionNumber },
    });
    return row;
  });
}

/** Between full assessments: one domain's new score, the date and why. */
export async function recordInterimUpdate(db: Executor, call: CareCall<TInterimUpdateInput>) {
  const { input } = call;
  return db.transaction(async (tx) => {
    const person = found(await personInCareScope(tx, { ...call, personId: input.personId }), 'person');
    const domains = await listAcuityDomains(tx, { programId: person.programId });
    const { latest, scores } = await latestScores(tx, { personId: person.id });
    const currentScore = scores[input.domainKey]?.score ?? null;
    validateInterimUpdate({
      ...input,
      today: call.today,
      domainKeys: domains.map((d) => d.key),
      lastCompletedOn: latest?.completedOn ?? null,
      currentScore,
    });
    const [row] = await tx
      .insert(assessmentInterimUpdates)
      .values({
        personId: person.id,
        assessmentId: latest!.id,
        updateDate: input.updateDate,
        domainKey: input.domainKey,
        previousScore: currentScore,
        newScore: input.newScore,
        reason: input.reason,
        recordedById: call.viewer.userId,
      })
      .returning({ id: assessmentInterimUpdates.id });
    await recordAudit(tx, call.actor, {
      action: 'assessment.interim_update',
      entityType: 'assessment',
      entityId: latest!.id,
      detail: { domainKey: input.domainKey },
    });
    return row!;
  });
}
