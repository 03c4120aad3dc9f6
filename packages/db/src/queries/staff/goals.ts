import { and, asc, desc, eq, sql } from 'drizzle-orm';
import {
  checkGoalEnd,
  checkGoalNote,
  checkNewGoal,
  found,
  goalMarkersWithMet,
  goalStepsWithDone,
  PROPOSAL_TAKEN_UP_RESPONSE,
  type TCreateGoalInput,
  type TEndGoalInput,
  type TGoalNoteInput,
  type TSetMarkerMetInput,
  type TSetStepDoneInput,
} from '@hearth/domain';
import { goalProgressNotes, goals, type StoredMarker, type StoredStep } from '../../schema/services/care';
import { users } from '../../schema/identity';
import type { Executor } from '../../client';
import { recordAudit } from '../core/audit';
import { listAcuityDomains } from './acuity';
import { isPersonInCareScope, personInCareScope, type CareCall, type CareScope } from './care-scope';
import { answerProposal, proposalInScope } from './goal-proposals';
import { bumpPlanVersion, ensurePlan } from './plan-versions';

/** SMART goals of the service plan, their progress notes, steps and markers. */

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

/** A person's goals (active first), each with its progress notes, newest first. */
export async function listGoals(db: Executor, params: { personId: string; activeOnly?: boolean }) {
  const ofPerson = params.activeOnly
    ? and(eq(goals.personId, params.personId), eq(goals.status, 'active'))
    : eq(goals.personId, params.personId);
  const rows = await db
    .select(goalColumns)
    .from(goals)
    .where(ofPerson)
    .orderBy(sql`${goals.status} = 'active' desc`, asc(goals.createdAt));
  if (rows.length === 0) return [];
  const notes = await db
    .select({
      id: goalProgressNotes.id,
      goalId: goalProgressNotes.goalId,
      noteDate: goalProgressNotes.noteDate,
      body: goalProgressNotes.body,
      authorKind: goalProgressNotes.authorKind,
      authorName: users.displayName,
    })
    .from(goalProgressNotes)
    .innerJoin(goals, eq(goals.id, goalProgressNotes.goalId))
    .innerJoin(users, eq(users.id, goalProgressNotes.authorUserId))
    .where(ofPerson)
    .orderBy(desc(goalProgressNotes.noteDate), desc(goalProgressNotes.createdAt));
  const byGoal = new Map<string, typeof notes>();
  for (const n of notes) {
    const list = byGoal.get(n.goalId);
    if (list) list.push(n);
    else byGoal.set(n.goalId, [n]);
  }
  return rows.map((g) => ({ ...g, notes: byGoal.get(g.id) ?? [] }));
}

export async function countActiveGoals(db: Executor, params: { personId: string }) {
  return db.$count(goals, and(eq(goals.personId, params.personId), eq(goals.status, 'active')));
}

/** A goal to change, locked until the transaction ends, if the viewer may see its person; else null. */
export async function goalInScope(db: Executor, params: CareScope & { goalId: string }) {
  const [goal] = await db
    .select(goalColumns)
    .from(goals)
    .where(eq(goals.id, params.goalId))
    .limit(1)
    .for('update');
  if (!goal || !(await isPersonInCareScope(db, { ...params, personId: goal.personId }))) return null;
  return goal;
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

/** A SMART goal; a 4th active goal is refused (at most 3, focused on what threatens housing). */
export async function createGoal(db: Executor, call: CareCall<TCreateGoalInput>) {
  const { input } = call;
  return db.transaction(async (tx) => {
    const person = found(await personInCareScope(tx, { ...call, personId: input.personId }), 'person');
    const proposal = input.fromProposalId
      ? found(await proposalInScope(tx, { ...call, proposalId: input.fromProposalId }), 'goal proposal')
      : null;
    // The plan row is locked first, so two goals added at once cannot both be the 3rd.
    const plan = await ensurePlan(tx, { personId: person.id });
    const programDomains = await listAcuityDomains(tx, { programId: person.programId });
    checkNewGoal({
      goal: input,
      today: call.today,
      activeGoals: await countActiveGoals(tx, { personId: person.id }),
      programDomainKeys: programDomains.map((d) => d.key),
      proposal,
      personId: person.id,
    });
    if (proposal) {
      await answerProposal(tx, {
        proposalId: proposal.id,
        status: 'taken_up',
        response: PROPOSAL_TAKEN_UP_RESPONSE,
        answeredById: call.viewer.userId,
        answeredOn: call.today,
      });
    }
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
    const [row] = await tx
      .insert(goals)
      .values({
        planId: plan.id,
        personId: person.id,
        statement: input.statement,
        markers,
        steps,
        soThat: input.soThat,
        longTermGoal: input.longTermGoal,
        targetDate: input.targetDate,
        domainKeys: input.domainKeys,
        startedOn: call.today,
        fromProposalId: proposal?.id ?? null,
        createdById: call.viewer.userId,
      })
      .returning({ id: goals.id });
    await bumpPlanVersion(tx, { planId: plan.id, now: call.actor.at });
    await recordAudit(tx, call.actor, {
      action: 'goal.create',
      entityType: 'goal',
      entityId: row!.id,
      detail: { personId: person.id },
    });
    return row!;
  });
}

export async function addGoalNote(db: Executor, call: CareCall<TGoalNoteInput>) {
  const { input } = call;
  return db.transaction(async (tx) => {
    const goal = found(await goalInScope(tx, { ...call, goalId: input.goalId }), 'goal');
    checkGoalNote({ noteDate: input.noteDate, today: call.today });
    const row = await insertGoalNote(tx, {
      goalId: goal.id,
      noteDate: input.noteDate,
      body: input.body,
      authorKind: 'staff',
      authorUserId: call.viewer.userId,
    });
    await recordAudit(tx, call.actor, { action: 'goal.note', entityType: 'goal', entityId: goal.id });
    return row;
  });
}

/** A goal ends as achieved, revised or dropped, with the reason: a new plan version. */
export async function endGoal(db: Executor, call: CareCall<TEndGoalInput>) {
  const { input } = call;
  return db.transaction(async (tx) => {
    const goal = found(await goalInScope(tx, { ...call, goalId: input.goalId }), 'goal');
    checkGoalEnd({ goal, endedOn: input.endedOn, today: call.today });
    await updateGoal(tx, goal.id, call.actor.at, {
      status: input.endStatus,
      endedOn: input.endedOn,
      endReason: input.reason,
    });
    await bumpPlanVersion(tx, { planId: goal.planId, now: call.actor.at });
    await recordAudit(tx, call.actor, {
      action: 'goal.end',
      entityType: 'goal',
      entityId: goal.id,
      detail: { endStatus: input.endStatus },
    });
    return { goalId: goal.id };
  });
}

export async function setGoalStepDone(db: Executor, call: CareCall<TSetStepDoneInput>) {
  const { input } = call;
  return db.transaction(async (tx) => {
    const goal = found(await goalInScope(tx, { ...call, goalId: input.goalId }), 'goal');
    const steps = goalStepsWithDone(goal, input.stepIndex, input.isDone);
    await updateGoal(tx, goal.id, call.actor.at, { steps });
    await recordAudit(tx, call.actor, {
      action: 'goal.step',
      entityType: 'goal',
      entityId: goal.id,
      detail: { stepIndex: input.stepIndex },
    });
    return { goalId: goal.id };
  });
}

export async function setGoalMarkerMet(db: Executor, call: CareCall<TSetMarkerMetInput>) {
  const { input } = call;
  return db.transaction(async (tx) => {
    const goal = found(await goalInScope(tx, { ...call, goalId: input.goalId }), 'goal');
    const markers = goalMarkersWithMet(goal, input.markerIndex, input.metOn, call.today);
    await updateGoal(tx, goal.id, call.actor.at, { markers });
    await recordAudit(tx, call.actor, {
      action: 'goal.marker',
      entityType: 'goal',
      entityId: goal.id,
      detail: { markerIndex: input.markerIndex },
    });
    return { goalId: goal.id };
  });
}

async function updateGoal(
  db: Executor,
  goalId: string,
  now: Date,
  set: Partial<Pick<typeof goals.$inferInsert, 'status' | 'endedOn' | 'endReason' | 'steps' | 'markers'>>,
) {
  await db
    .update(goals)
    .set({ ...set, updatedAt: now })
    .where(eq(goals.id, goalId));
}
