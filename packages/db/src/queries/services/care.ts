import { and, asc, desc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import {
  acuityTier,
  DomainError,
  resolvePolicy,
  type ProgramPolicy,
  missingDomains,
  type LinkageStatus,
  type TCreateGoalInput,
  type TCreateHarmReductionPlanInput,
  type TCreateLinkageInput,
  type TCreateResourceInput,
  type TDomainEntry,
  type THarmReductionOption,
  type THomelessnessHistory,
  type THousingHistory,
  type TRecordWarmHandoffInput,
  type TUpdateResourceInput,
} from '@hearth/domain';
import {
  acuityDomains,
  acuityTiers,
  assessmentInterimUpdates,
  assessments,
  goalProgressNotes,
  goalProposals,
  goals,
  harmReductionPlans,
  linkageCheckIns,
  linkages,
  resources,
  servicePlans,
  warmHandoffs,
  type StoredMarker,
  type StoredStep,
} from '../../schema/services/care';
import { enrollmentMembers, enrollments } from '../../schema/services/intake';
import { users } from '../../schema/identity';
import { people } from '../../schema/people';
import { programs } from '../../schema/program';
import type { Executor } from '../../client';
import { staffScope, type StaffViewer } from './people';

/**
 * Engagement, assessment & acuity, service plans and linkages, for staff. Every function that
 * takes an id of a record checks the person behind it is in the viewer's scope: a record outside
 * it is NOT_FOUND, exactly like one that does not exist.
 */

export interface CareScope {
  viewer: StaffViewer;
  today: string;
}

export const STALE_ASSESSMENT_MESSAGE =
  'Someone else changed this assessment since you opened it. Reload to see their changes.';

function notFound(what: string): never {
  throw new DomainError('NOT_FOUND', `No such ${what}.`);
}

/** The person, if the viewer may see them; otherwise NOT_FOUND. */
export async function personInCareScope(db: Executor, scope: CareScope & { personId: string }) {
  const [row] = await db
    .select({
      id: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      programId: people.programId,
    })
    .from(people)
    .where(and(eq(people.id, scope.personId), staffScope(scope.viewer, scope.today)))
    .limit(1);
  if (!row) notFound('person');
  return row;
}

/** The person an owned record belongs to, checked against scope. */
async function ownerInScope(
  db: Executor,
  scope: CareScope,
  lookup: Promise<{ personId: string }[]>,
  what: string,
): Promise<string> {
  const [row] = await lookup;
  if (!row) notFound(what);
  await personInCareScope(db, { ...scope, personId: row.personId }).catch(() => notFound(what));
  return row.personId;
}

// ---------- Program data ----------

/** The program's policy (RULES.md §8): its own settings over the domain defaults. */
export async function carePolicy(db: Executor, params: { programId: string }): Promise<ProgramPolicy> {
  const [row] = await db
    .select({ settings: programs.settings })
    .from(programs)
    .where(eq(programs.id, params.programId))
    .limit(1);
  return resolvePolicy(row?.settings ?? {});
}

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

/** The current enrollment of a person (as head or member): project start and move-in dates. */
export async function currentEnrollmentDates(db: Executor, params: { personId: string }) {
  const [row] = await db
    .select({
      projectStartDate: enrollments.projectStartDate,
      housingMoveInDate: enrollments.housingMoveInDate,
    })
    .from(enrollments)
    .where(
      and(
        isNull(enrollments.projectExitDate),
        sql`(${enrollments.headPersonId} = ${params.personId} or exists (select 1 from ${enrollmentMembers} where ${enrollmentMembers.enrollmentId} = ${enrollments.id} and ${enrollmentMembers.personId} = ${params.personId}))`,
      ),
    )
    .orderBy(desc(enrollments.projectStartDate))
    .limit(1);
  return row ?? null;
}

// ---------- Engagement ----------

export async function listWarmHandoffs(db: Executor, params: { personId: string }) {
  return db
    .select({
      id: warmHandoffs.id,
      handoffDate: warmHandoffs.handoffDate,
      fromProvider: warmHandoffs.fromProvider,
      fromWorker: warmHandoffs.fromWorker,
      participants: warmHandoffs.participants,
      programAndRolesExplained: warmHandoffs.programAndRolesExplained,
      strengths: warmHandoffs.strengths,
      planForWorkingTogether: warmHandoffs.planForWorkingTogether,
      recordedByName: users.displayName,
    })
    .from(warmHandoffs)
    .innerJoin(users, eq(users.id, warmHandoffs.recordedById))
    .where(eq(warmHandoffs.personId, params.personId))
    .orderBy(desc(warmHandoffs.handoffDate), desc(warmHandoffs.createdAt));
}

export async function insertWarmHandoff(
  db: Executor,
  params: { input: Required<TRecordWarmHandoffInput>; recordedById: string },
) {
  const [row] = await db
    .insert(warmHandoffs)
    .values({ ...params.input, recordedById: params.recordedById })
    .returning({ id: warmHandoffs.id });
  return row!;
}

// ---------- Assessment & acuity ----------

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

export async function listAssessments(db: Executor, params: { personId: string }) {
  return db
    .select(assessmentColumns)
    .from(assessments)
    .where(eq(assessments.personId, params.personId))
    .orderBy(sql`${assessments.versionNumber} desc nulls first`);
}

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

/** Scores now: the last completed version with the interim updates since applied in order. */
export function currentScores(
  latest: { id: string; domains: Record<string, TDomainEntry> } | null,
  updates: readonly { assessmentId: string; domainKey: string; newScore: number }[],
): Record<string, TDomainEntry> {
  if (!latest) return {};
  const scores: Record<string, TDomainEntry> = structuredClone(latest.domains);
  for (const u of updates) {
    if (u.assessmentId !== latest.id) continue;
    scores[u.domainKey] = { strengths: '', challenges: '', ...scores[u.domainKey], score: u.newScore };
  }
  return scores;
}

/** A person's open draft, or a new one prefilled from the latest version and interim updates. */
export async function startAssessmentDraft(db: Executor, params: { personId: string; userId: string }) {
  const [draft] = await db
    .select({ id: assessments.id, version: assessments.version })
    .from(assessments)
    .where(and(eq(assessments.personId, params.personId), eq(assessments.status, 'draft')))
    .limit(1);
  if (draft) return { ...draft, isNew: false };
  const [latest] = await db
    .select({
      id: assessments.id,
      domains: assessments.domains,
      housingHistory: assessments.housingHistory,
      homelessnessHistory: assessments.homelessnessHistory,
    })
    .from(assessments)
    .where(and(eq(assessments.personId, params.personId), eq(assessments.status, 'completed')))
    .orderBy(desc(assessments.versionNumber))
    .limit(1);
  const updates = latest ? await listInterimUpdates(db, { personId: params.personId }) : [];
  const [row] = await db
    .insert(assessments)
    .values({
      personId: params.personId,
      startedById: params.userId,
      housingHistory: latest?.housingHistory ?? null,
      homelessnessHistory: latest?.homelessnessHistory ?? null,
      domains: currentScores(latest ?? null, updates),
    })
    .onConflictDoNothing()
    .returning({ id: assessments.id, version: assessments.version });
  if (!row)
    throw new DomainError('CONFLICT', 'Someone else started this assessment just now. Reload to see it.');
  return { ...row, isNew: true };
}

export async function assessmentOwner(db: Executor, scope: CareScope & { assessmentId: string }) {
  return ownerInScope(
    db,
    scope,
    db
      .select({ personId: assessments.personId })
      .from(assessments)
      .where(eq(assessments.id, scope.assessmentId))
      .limit(1),
    'assessment',
  );
}

type SectionPatch =
  | { housingHistory: THousingHistory }
  | { homelessnessHistory: THomelessnessHistory }
  | { domains: Record<string, TDomainEntry> };

/**
 * Saves one section of a draft. The write names the version it read: if anyone saved in
 * between, nothing is written and the caller is told to reload (never merged silently).
 */
export async function saveAssessmentSection(
  db: Executor,
  params: { assessmentId: string; version: number; patch: SectionPatch; userId: string; now: Date },
) {
  const stamp =
    'housingHistory' in params.patch
      ? { housingHistorySavedAt: params.now }
      : 'homelessnessHistory' in params.patch
        ? { homelessnessHistorySavedAt: params.now }
        : { domainsSavedAt: params.now };
  const [row] = await db
    .update(assessments)
    .set({
      ...params.patch,
      ...stamp,
      lastSavedById: params.userId,
      updatedAt: params.now,
      version: sql`${assessments.version} + 1`,
    })
    .where(
      and(
        eq(assessments.id, params.assessmentId),
        eq(assessments.version, params.version),
        eq(assessments.status, 'draft'),
      ),
    )
    .returning({ id: assessments.id, version: assessments.version });
  if (!row) await refuseStale(db, params.assessmentId);
  return row!;
}

async function refuseStale(db: Executor, assessmentId: string): Promise<never> {
  const [current] = await db
    .select({ status: assessments.status })
    .from(assessments)
    .where(eq(assessments.id, assessmentId))
    .limit(1);
  if (!current) notFound('assessment');
  if (current.status === 'completed')
    throw new DomainError(
      'CONFLICT',
      'This assessment was already completed; it is a version now and cannot change. Reload to see it.',
    );
  throw new DomainError('CONFLICT', STALE_ASSESSMENT_MESSAGE);
}

/** Completing the draft makes it the next numbered version, with its total and tier frozen. */
export async function completeAssessment(
  db: Executor,
  params: {
    assessmentId: string;
    version: number;
    completedOn: string;
    userId: string;
    programId: string;
    now: Date;
  },
) {
  const [draft] = await db
    .select({
      personId: assessments.personId,
      domains: assessments.domains,
      version: assessments.version,
      status: assessments.status,
    })
    .from(assessments)
    .where(eq(assessments.id, params.assessmentId))
    .limit(1);
  if (!draft) notFound('assessment');
  if (draft.status !== 'draft' || draft.version !== params.version)
    await refuseStale(db, params.assessmentId);
  const domains = await listAcuityDomains(db, { programId: params.programId });
  const missing = missingDomains(draft.domains, domains);
  if (missing.length > 0) {
    throw new DomainError(
      'INVALID_INPUT',
      `domains: score every domain before completing; still to score: ${missing.join(', ')}.`,
      {
        field: 'domains',
      },
    );
  }
  const tiers = await listAcuityTiers(db, { programId: params.programId });
  const { total, tier } = acuityTier(
    Object.fromEntries(domains.map((d) => [d.key, draft.domains[d.key]])),
    tiers,
  );
  const [last] = await db
    .select({ n: max(assessments.versionNumber) })
    .from(assessments)
    .where(eq(assessments.personId, draft.personId));
  const versionNumber = (last?.n ?? 0) + 1;
  const [row] = await db
    .update(assessments)
    .set({
      status: 'completed',
      versionNumber,
      completedOn: params.completedOn,
      completedById: params.userId,
      totalScore: total,
      tierName: tier?.name ?? null,
      updatedAt: params.now,
      version: sql`${assessments.version} + 1`,
    })
    .where(
      and(
        eq(assessments.id, params.assessmentId),
        eq(assessments.version, params.version),
        eq(assessments.status, 'draft'),
      ),
    )
    .returning({ id: assessments.id, versionNumber: assessments.versionNumber });
  if (!row) await refuseStale(db, params.assessmentId);
  return row!;
}

export async function insertInterimUpdate(
  db: Executor,
  params: {
    personId: string;
    assessmentId: string;
    updateDate: string;
    domainKey: string;
    previousScore: number | null;
    newScore: number;
    reason: string;
    recordedById: string;
  },
) {
  const [row] = await db
    .insert(assessmentInterimUpdates)
    .values(params)
    .returning({ id: assessmentInterimUpdates.id });
  return row!;
}

// ---------- Service plan ----------

/** The person's service plan, created empty the first time it is needed. */
export async function ensurePlan(db: Executor, params: { personId: string }) {
  await db.insert(servicePlans).values({ personId: params.personId }).onConflictDoNothing();
  const [plan] = await db
    .select({
      id: servicePlans.id,
      version: servicePlans.version,
      tenantResponse: servicePlans.tenantResponse,
      tenantResponseVersion: servicePlans.tenantResponseVersion,
      tenantResponseAt: servicePlans.tenantResponseAt,
      tenantComment: servicePlans.tenantComment,
    })
    .from(servicePlans)
    .where(eq(servicePlans.personId, params.personId));
  return plan!;
}

export async function findPlan(db: Executor, params: { personId: string }) {
  const [plan] = await db
    .select({
      id: servicePlans.id,
      version: servicePlans.version,
      tenantResponse: servicePlans.tenantResponse,
      tenantResponseVersion: servicePlans.tenantResponseVersion,
      tenantResponseAt: servicePlans.tenantResponseAt,
      tenantComment: servicePlans.tenantComment,
    })
    .from(servicePlans)
    .where(eq(servicePlans.personId, params.personId));
  return plan ?? null;
}

/** Any change to the goals makes a new plan version, for the tenant to see and accept again. */
export async function bumpPlanVersion(db: Executor, params: { planId: string; now: Date }) {
  await db
    .update(servicePlans)
    .set({ version: sql`${servicePlans.version} + 1`, updatedAt: params.now })
    .where(eq(servicePlans.id, params.planId));
}

export async function countActiveGoals(db: Executor, params: { personId: string }) {
  return db.$count(goals, and(eq(goals.personId, params.personId), eq(goals.status, 'active')));
}

const goalColumns = {
  id: goals.id,
  planId: goals.planId,
  personId: goals.personId,
  status: goals.status,
  statement: goals.statement,
  markers: goals.markers,
  steps: goals.steps,
  soThat: goals.soThat,
  longTermGoal: goals.longTermGoal,
  targetDate: goals.targetDate,
  domainKeys: goals.domainKeys,
  startedOn: goals.startedOn,
  endedOn: goals.endedOn,
  endReason: goals.endReason,
};

export async function listGoals(db: Executor, params: { personId: string; activeOnly?: boolean }) {
  const rows = await db
    .select(goalColumns)
    .from(goals)
    .where(
      params.activeOnly
        ? and(eq(goals.personId, params.personId), eq(goals.status, 'active'))
        : eq(goals.personId, params.personId),
    )
    .orderBy(sql`${goals.status} = 'active' desc`, asc(goals.createdAt));
  const notes = rows.length
    ? await db
        .select({
          id: goalProgressNotes.id,
          goalId: goalProgressNotes.goalId,
          noteDate: goalProgressNotes.noteDate,
          body: goalProgressNotes.body,
          authorKind: goalProgressNotes.authorKind,
          authorName: users.displayName,
        })
        .from(goalProgressNotes)
        .innerJoin(users, eq(users.id, goalProgressNotes.authorUserId))
        .where(
          inArray(
            goalProgressNotes.goalId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(desc(goalProgressNotes.noteDate), desc(goalProgressNotes.createdAt))
    : [];
  return rows.map((g) => ({ ...g, notes: notes.filter((n) => n.goalId === g.id) }));
}

export async function findGoal(db: Executor, params: { goalId: string }) {
  const [row] = await db.select(goalColumns).from(goals).where(eq(goals.id, params.goalId)).limit(1);
  return row ?? null;
}

export async function goalInScope(db: Executor, scope: CareScope & { goalId: string }) {
  const goal = await findGoal(db, { goalId: scope.goalId });
  if (!goal) notFound('goal');
  await personInCareScope(db, { ...scope, personId: goal.personId }).catch(() => notFound('goal'));
  return goal;
}

export async function insertGoal(
  db: Executor,
  params: { planId: string; input: TCreateGoalInput; startedOn: string; createdById: string },
) {
  const { input } = params;
  const markers: StoredMarker[] = input.markers.map((m) => ({
    description: m.description,
    targetDate: m.targetDate,
    metOn: null,
  }));
  const steps: StoredStep[] = input.steps.map((s) => ({
    description: s.description,
    owner: s.owner,
    partnerName: s.partnerName ?? null,
    dueDate: s.dueDate ?? null,
    isDone: false,
  }));
  const [row] = await db
    .insert(goals)
    .values({
      planId: params.planId,
      personId: input.personId,
      statement: input.statement,
      markers,
      steps,
      soThat: input.soThat,
      longTermGoal: input.longTermGoal,
      targetDate: input.targetDate,
      domainKeys: input.domainKeys,
      startedOn: params.startedOn,
      fromProposalId: input.fromProposalId ?? null,
      createdById: params.createdById,
    })
    .returning({ id: goals.id });
  return row!;
}

export async function updateGoal(
  db: Executor,
  params: {
    goalId: string;
    now: Date;
    set: Partial<{
      status: 'achieved' | 'revised' | 'dropped';
      endedOn: string;
      endReason: string;
      steps: StoredStep[];
      markers: StoredMarker[];
    }>;
  },
) {
  await db
    .update(goals)
    .set({ ...params.set, updatedAt: params.now })
    .where(eq(goals.id, params.goalId));
}

export async function insertGoalNote(
  db: Executor,
  params: {
    goalId: string;
    noteDate: string;
    body: string;
    authorKind: 'tenant' | 'staff';
    authorUserId: string;
  },
) {
  const [row] = await db.insert(goalProgressNotes).values(params).returning({ id: goalProgressNotes.id });
  return row!;
}

export async function listGoalProposals(db: Executor, params: { personId: string }) {
  return db
    .select({
      id: goalProposals.id,
      goal: goalProposals.goal,
      soThat: goalProposals.soThat,
      proposedOn: goalProposals.proposedOn,
      status: goalProposals.status,
      response: goalProposals.response,
      answeredOn: goalProposals.answeredOn,
    })
    .from(goalProposals)
    .where(eq(goalProposals.personId, params.personId))
    .orderBy(desc(goalProposals.proposedOn), desc(goalProposals.createdAt));
}

export async function proposalInScope(db: Executor, scope: CareScope & { proposalId: string }) {
  const [row] = await db
    .select({ id: goalProposals.id, personId: goalProposals.personId, status: goalProposals.status })
    .from(goalProposals)
    .where(eq(goalProposals.id, scope.proposalId))
    .limit(1);
  if (!row) notFound('goal proposal');
  await personInCareScope(db, { ...scope, personId: row.personId }).catch(() => notFound('goal proposal'));
  return row;
}

export async function answerProposal(
  db: Executor,
  params: {
    proposalId: string;
    status: 'taken_up' | 'not_now';
    response: string;
    answeredById: string;
    answeredOn: string;
  },
) {
  await db
    .update(goalProposals)
    .set({
      status: params.status,
      response: params.response,
      answeredById: params.answeredById,
      answeredOn: params.answeredOn,
    })
    .where(eq(goalProposals.id, params.proposalId));
}

// ---------- Harm-reduction plans ----------

export async function listHarmReductionPlans(db: Executor, params: { personId: string }) {
  return db
    .select({
      id: harmReductionPlans.id,
      identifiedOn: harmReductionPlans.identifiedOn,
      housingRisk: harmReductionPlans.housingRisk,
      options: harmReductionPlans.options,
      chosenOption: harmReductionPlans.chosenOption,
      followUpDate: harmReductionPlans.followUpDate,
      createdByName: users.displayName,
    })
    .from(harmReductionPlans)
    .innerJoin(users, eq(users.id, harmReductionPlans.createdById))
    .where(eq(harmReductionPlans.personId, params.personId))
    .orderBy(desc(harmReductionPlans.identifiedOn), desc(harmReductionPlans.createdAt));
}

export async function insertHarmReductionPlan(
  db: Executor,
  params: { input: TCreateHarmReductionPlanInput & { options: THarmReductionOption[] }; createdById: string },
) {
  const { personId, identifiedOn, housingRisk, options, chosenOption, followUpDate } = params.input;
  const [row] = await db
    .insert(harmReductionPlans)
    .values({
      personId,
      identifiedOn,
      housingRisk,
      options,
      chosenOption,
      followUpDate,
      createdById: params.createdById,
    })
    .returning({ id: harmReductionPlans.id });
  return row!;
}

// ---------- Resources ----------

const resourceColumns = {
  id: resources.id,
  name: resources.name,
  category: resources.category,
  contact: resources.contact,
  provides: resources.provides,
  hasMou: resources.hasMou,
  isActive: resources.isActive,
};

export async function listResources(
  db: Executor,
  params: { programId: string; category?: string | undefined; includeInactive?: boolean | undefined },
) {
  const conditions = [eq(resources.programId, params.programId)];
  if (!params.includeInactive) conditions.push(eq(resources.isActive, true));
  if (params.category) conditions.push(sql`${resources.category} = ${params.category}`);
  return db
    .select(resourceColumns)
    .from(resources)
    .where(and(...conditions))
    .orderBy(asc(resources.category), asc(resources.name));
}

export async function findResource(db: Executor, params: { programId: string; resourceId: string }) {
  const [row] = await db
    .select(resourceColumns)
    .from(resources)
    .where(and(eq(resources.id, params.resourceId), eq(resources.programId, params.programId)))
    .limit(1);
  return row ?? null;
}

export async function insertResource(
  db: Executor,
  params: { programId: string; input: TCreateResourceInput },
) {
  const [row] = await db
    .insert(resources)
    .values({ programId: params.programId, ...params.input })
    .onConflictDoNothing()
    .returning({ id: resources.id });
  if (!row)
    throw new DomainError('CONFLICT', `name: the directory already has “${params.input.name}”.`, {
      field: 'name',
    });
  return row;
}

export async function updateResource(
  db: Executor,
  params: { programId: string; input: TUpdateResourceInput; now: Date },
) {
  const { resourceId, ...set } = params.input;
  const [row] = await db
    .update(resources)
    .set({ ...set, updatedAt: params.now })
    .where(and(eq(resources.id, resourceId), eq(resources.programId, params.programId)))
    .returning({ id: resources.id });
  if (!row) notFound('resource');
  return row;
}

// ---------- Linkages ----------

export async function listLinkages(db: Executor, params: { personId: string }) {
  const rows = await db
    .select({
      id: linkages.id,
      resourceId: linkages.resourceId,
      resourceName: resources.name,
      category: resources.category,
      contact: resources.contact,
      status: linkages.status,
      purpose: linkages.purpose,
      isWarmHandoff: linkages.isWarmHandoff,
      referredOn: linkages.referredOn,
      connectedOn: linkages.connectedOn,
      engagedOn: linkages.engagedOn,
      endedOn: linkages.endedOn,
      endNote: linkages.endNote,
    })
    .from(linkages)
    .innerJoin(resources, eq(resources.id, linkages.resourceId))
    .where(eq(linkages.personId, params.personId))
    .orderBy(desc(linkages.referredOn), desc(linkages.createdAt));
  const checkIns = rows.length
    ? await db
        .select({
          id: linkageCheckIns.id,
          linkageId: linkageCheckIns.linkageId,
          checkInDate: linkageCheckIns.checkInDate,
          isWorking: linkageCheckIns.isWorking,
          note: linkageCheckIns.note,
          recordedByName: users.displayName,
        })
        .from(linkageCheckIns)
        .innerJoin(users, eq(users.id, linkageCheckIns.recordedById))
        .where(
          inArray(
            linkageCheckIns.linkageId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(desc(linkageCheckIns.checkInDate), desc(linkageCheckIns.createdAt))
    : [];
  return rows.map((l) => ({ ...l, checkIns: checkIns.filter((c) => c.linkageId === l.id) }));
}

export async function linkageInScope(db: Executor, scope: CareScope & { linkageId: string }) {
  const [row] = await db
    .select({
      id: linkages.id,
      personId: linkages.personId,
      status: linkages.status,
      referredOn: linkages.referredOn,
      connectedOn: linkages.connectedOn,
    })
    .from(linkages)
    .where(eq(linkages.id, scope.linkageId))
    .limit(1);
  if (!row) notFound('linkage');
  await personInCareScope(db, { ...scope, personId: row.personId }).catch(() => notFound('linkage'));
  return row;
}

export async function insertLinkage(
  db: Executor,
  params: { input: TCreateLinkageInput; createdById: string },
) {
  const [row] = await db
    .insert(linkages)
    .values({ ...params.input, createdById: params.createdById })
    .returning({ id: linkages.id });
  return row!;
}

export async function moveLinkage(
  db: Executor,
  params: { linkageId: string; status: LinkageStatus; date: string; note: string; now: Date },
) {
  const dates =
    params.status === 'connected'
      ? { connectedOn: params.date }
      : params.status === 'engaged'
        ? { engagedOn: params.date }
        : params.status === 'ended'
          ? { endedOn: params.date, endNote: params.note || null }
          : {};
  await db
    .update(linkages)
    .set({ status: params.status, ...dates, updatedAt: params.now })
    .where(eq(linkages.id, params.linkageId));
}

export async function insertLinkageCheckIn(
  db: Executor,
  params: { linkageId: string; checkInDate: string; isWorking: boolean; note: string; recordedById: string },
) {
  const [row] = await db.insert(linkageCheckIns).values(params).returning({ id: linkageCheckIns.id });
  return row!;
}

// ---------- The caseload's care summary ----------

/** Per person in scope: project start, completed assessment dates, and referrals → working linkages. */
export async function careCaseloadFacts(db: Executor, scope: CareScope) {
  const inScope = await db
    .select({ id: people.id })
    .from(people)
    .where(staffScope(scope.viewer, scope.today));
  const ids = inScope.map((p) => p.id);
  if (ids.length === 0) return [];
  const [starts, completed, links] = await Promise.all([
    db
      .select({ personId: enrollmentMembers.personId, projectStartDate: enrollments.projectStartDate })
      .from(enrollmentMembers)
      .innerJoin(enrollments, eq(enrollments.id, enrollmentMembers.enrollmentId))
      .where(and(inArray(enrollmentMembers.personId, ids), isNull(enrollments.projectExitDate))),
    listCompletedAssessmentDates(db, { personIds: ids }),
    db
      .select({ personId: linkages.personId, status: linkages.status, engagedOn: linkages.engagedOn })
      .from(linkages)
      .where(inArray(linkages.personId, ids)),
  ]);
  return ids.map((personId) => ({
    personId,
    projectStartDate: starts.find((s) => s.personId === personId)?.projectStartDate ?? null,
    completedOn: completed.get(personId) ?? [],
    linkages: links.filter((l) => l.personId === personId),
  }));
}

/** Completion dates of each person's completed assessments (for the deadlines view). */
export async function listCompletedAssessmentDates(db: Executor, params: { personIds: string[] }) {
  const byPerson = new Map<string, string[]>();
  if (params.personIds.length === 0) return byPerson;
  const rows = await db
    .select({ personId: assessments.personId, completedOn: assessments.completedOn })
    .from(assessments)
    .where(and(inArray(assessments.personId, params.personIds), eq(assessments.status, 'completed')));
  for (const r of rows) {
    if (r.completedOn) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), r.completedOn]);
  }
  return byPerson;
}
