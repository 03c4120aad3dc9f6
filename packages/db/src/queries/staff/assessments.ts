import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  acuityTier,
  assessmentDue,
  currentScores,
  found,
  scoreChanges,
  type AcuityTierDef,
  type TCarePersonInput,
} from '@hearth/domain';
import { assessmentInterimUpdates, assessments } from '../../schema/services/care';
import { users } from '../../schema/identity';
import type { Executor } from '../../client';
import { recordAudit } from '../core/audit';
import { listAcuityDomains, listAcuityTiers } from './acuity';
import { currentEnrollmentDates, personInCareScope, type CareCall } from './care-scope';

/** Assessment & acuity, read: a living document of versions, interim updates and current scores. */

const assessmentColumns = {
  id: assessments.id,
  personId: assessments.personId,
  status: assessments.status,
  version: assessments.version,
  versionNumber: assessments.versionNumber,
  housingHistory: assessments.housingHistory,
  homelessnessHistory: assessments.homelessnessHistory,
  domains: assessments.domains,
  housingHistorySavedAt: assessments.housingHistorySavedAt,
  homelessnessHistorySavedAt: assessments.homelessnessHistorySavedAt,
  domainsSavedAt: assessments.domainsSavedAt,
  totalScore: assessments.totalScore,
  tierName: assessments.tierName,
  completedOn: assessments.completedOn,
  updatedAt: assessments.updatedAt,
  completedByName: sql<
    string | null
  >`(select ${users.displayName} from ${users} where ${users.id} = ${assessments.completedById})`,
  lastSavedByName: sql<
    string | null
  >`(select ${users.displayName} from ${users} where ${users.id} = ${assessments.lastSavedById})`,
};

/** A person's assessments: the open draft first, then completed versions, newest first. */
export async function listAssessments(db: Executor, params: { personId: string }) {
  return db
    .select(assessmentColumns)
    .from(assessments)
    .where(eq(assessments.personId, params.personId))
    .orderBy(sql`${assessments.versionNumber} desc nulls first`);
}

/** A person's interim updates, oldest first (the order they apply in). */
export async function listInterimUpdates(db: Executor, params: { personId: string }) {
  return db
    .select({
      id: assessmentInterimUpdates.id,
      assessmentId: assessmentInterimUpdates.assessmentId,
      updateDate: assessmentInterimUpdates.updateDate,
      domainKey: assessmentInterimUpdates.domainKey,
      previousScore: assessmentInterimUpdates.previousScore,
      newScore: assessmentInterimUpdates.newScore,
      reason: assessmentInterimUpdates.reason,
      recordedByName: users.displayName,
    })
    .from(assessmentInterimUpdates)
    .innerJoin(users, eq(users.id, assessmentInterimUpdates.recordedById))
    .where(eq(assessmentInterimUpdates.personId, params.personId))
    .orderBy(asc(assessmentInterimUpdates.updateDate), asc(assessmentInterimUpdates.createdAt));
}

/** The last completed version and the scores now (with the interim updates since). */
export async function latestScores(db: Executor, params: { personId: string }) {
  const [latest] = await db
    .select({
      id: assessments.id,
      domains: assessments.domains,
      completedOn: assessments.completedOn,
      housingHistory: assessments.housingHistory,
      homelessnessHistory: assessments.homelessnessHistory,
    })
    .from(assessments)
    .where(and(eq(assessments.personId, params.personId), eq(assessments.status, 'completed')))
    .orderBy(desc(assessments.versionNumber))
    .limit(1);
  const updates = latest ? await listInterimUpdates(db, params) : [];
  return { latest: latest ?? null, scores: currentScores(latest ?? null, updates) };
}

/** The acuity now (total and tier), or null before the first completed assessment. */
export async function currentAcuity(db: Executor, params: { personId: string; tiers: AcuityTierDef[] }) {
  const { latest, scores } = await latestScores(db, params);
  return latest ? acuityTier(scores, params.tiers) : null;
}

/**
 * The whole living document: the program's domains and tiers, the open draft, every completed
 * version with what changed since the one before, interim updates, current scores and when the
 * next full assessment is due.
 */
export async function assessmentFileForStaff(db: Executor, call: CareCall<TCarePersonInput>) {
  return db.transaction(async (tx) => {
    const person = found(await personInCareScope(tx, { ...call, personId: call.input.personId }), 'person');
    const domains = await listAcuityDomains(tx, { programId: person.programId });
    const tiers = await listAcuityTiers(tx, { programId: person.programId });
    const all = await listAssessments(tx, { personId: person.id });
    const interimUpdates = await listInterimUpdates(tx, { personId: person.id });
    const enrollment = await currentEnrollmentDates(tx, { personId: person.id });
    const draft = all.find((a) => a.status === 'draft') ?? null;
    const completed = all.filter((a) => a.status === 'completed');
    const versions = completed.map((v, i) => ({
      ...v,
      changes: scoreChanges(completed[i + 1]?.domains ?? null, v.domains),
    }));
    const latest = completed[0] ?? null;
    const scores = currentScores(latest, interimUpdates);
    const current = latest
      ? {
          versionNumber: latest.versionNumber,
          completedOn: latest.completedOn,
          scores,
          ...acuityTier(scores, tiers),
        }
      : null;
    const due = assessmentDue({
      projectStartDate: enrollment?.projectStartDate ?? null,
      completedOn: completed.flatMap((c) => (c.completedOn ? [c.completedOn] : [])),
      today: call.today,
    });
    await recordAudit(tx, call.actor, {
      action: 'assessment.read',
      entityType: 'person',
      entityId: person.id,
    });
    return { person, domains, tiers, draft, versions, interimUpdates, current, due, today: call.today };
  });
}

/** Completion dates of each person's completed assessments (for the deadlines view). */
export async function listCompletedAssessmentDates(db: Executor, params: { personIds: string[] }) {
  if (params.personIds.length === 0) return new Map<string, string[]>();
  const rows = await db
    .select({ personId: assessments.personId, completedOn: assessments.completedOn })
    .from(assessments)
    .where(and(inArray(assessments.personId, params.personIds), eq(assessments.status, 'completed')));
  return groupCompletedDates(rows);
}

/** person id → the dates their assessments were completed. */
export function groupCompletedDates(rows: readonly { personId: string; completedOn: string | null }[]) {
  const byPerson = new Map<string, string[]>();
  for (const r of rows) {
    if (!r.completedOn) continue;
    const dates = byPerson.get(r.personId);
    if (dates) dates.push(r.completedOn);
    else byPerson.set(r.personId, [r.completedOn]);
  }
  return byPerson;
}
