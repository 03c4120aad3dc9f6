import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import {
  APPEAL_STATUSES,
  checkAppealDecision,
  checkFollowUpDone,
  checkGrievanceResponse,
  conflict,
  found,
  isFollowUpOpen,
  isGrievanceOverdue,
  type TGrievanceDecideInput,
  type TGrievanceFollowUpDoneInput,
  type TGrievanceRespondInput,
} from '@hearth/domain';
import { grievances } from '../../schema/grievances';
import { users } from '../../schema/identity';
import { people } from '../../schema/people';
import { properties } from '../../schema/program';
import type { Executor } from '../../client';
import { recordAudit, recordListRead, type Actor } from '../core/audit';
import type { StaffViewer } from './people';

/**
 * Grievances on the services side: supervisors answer services grievances; program admins
 * decide appeals (of either kind: the program admin decides every appeal).
 */

const columns = {
  id: grievances.id,
  about: grievances.about,
  personId: grievances.personId,
  firstName: people.firstName,
  lastName: people.lastName,
  preferredName: people.preferredName,
  propertyName: properties.name,
  description: grievances.description,
  filedOn: grievances.filedOn,
  responseDueOn: grievances.responseDueOn,
  status: grievances.status,
  response: grievances.response,
  respondedOn: grievances.respondedOn,
  appealReason: grievances.appealReason,
  appealedOn: grievances.appealedOn,
  decision: grievances.decision,
  decisionOutcome: grievances.decisionOutcome,
  decidedOn: grievances.decidedOn,
  followUp: grievances.followUp,
  followUpDoneOn: grievances.followUpDoneOn,
  followUpDoneByName: users.displayName,
};

async function list(db: Executor, where: SQL | undefined, today: string) {
  const rows = await db
    .select(columns)
    .from(grievances)
    .innerJoin(people, eq(people.id, grievances.personId))
    .leftJoin(properties, eq(properties.id, grievances.propertyId))
    .leftJoin(users, eq(users.id, grievances.followUpDoneBy))
    .where(where)
    // A decision's follow-up still to do comes first, so it is not lost under newer grievances.
    .orderBy(
      desc(sql`(${grievances.followUp} is not null and ${grievances.followUpDoneOn} is null)`),
      desc(grievances.filedOn),
      desc(grievances.createdAt),
    );
  return rows.map((r) => ({
    ...r,
    isOverdue: isGrievanceOverdue(r, today),
    isFollowUpOpen: isFollowUpOpen(r),
  }));
}

const servicesOf = (viewer: StaffViewer) =>
  and(eq(grievances.programId, viewer.programId), eq(grievances.about, 'services'));

/** staff.grievances.list: the program's services grievances (the read is audited). */
export async function listServicesGrievances(
  db: Executor,
  params: { actor: Actor; viewer: StaffViewer; today: string },
) {
  const rows = await list(db, servicesOf(params.viewer), params.today);
  await recordListRead(db, params.actor, {
    action: 'grievance.list',
    personIds: rows.map((r) => r.personId),
  });
  return rows;
}

/** staff.grievances.appeals: grievances under appeal (the read is audited). */
export async function listGrievanceAppeals(
  db: Executor,
  params: { actor: Actor; viewer: StaffViewer; today: string },
) {
  const rows = await list(
    db,
    and(eq(grievances.programId, params.viewer.programId), inArray(grievances.status, [...APPEAL_STATUSES])),
    params.today,
  );
  await recordListRead(db, params.actor, {
    action: 'grievance.appeals',
    personIds: rows.map((r) => r.personId),
  });
  return rows;
}

export async function respondToServicesGrievance(
  db: Executor,
  params: { actor: Actor; viewer: StaffViewer; today: string; input: TGrievanceRespondInput },
) {
  const { actor, viewer, input } = params;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: grievances.id, status: grievances.status })
      .from(grievances)
      .where(and(eq(grievances.id, input.grievanceId), servicesOf(viewer)))
      .for('update')
      .limit(1);
    const g = found(row, 'grievance');
    checkGrievanceResponse(g);
    const saved = await tx
      .update(grievances)
      .set({
        status: 'answered',
        response: input.response,
        respondedOn: params.today,
        respondedBy: viewer.userId,
        updatedAt: actor.at,
      })
      .where(and(eq(grievances.id, g.id), eq(grievances.status, 'awaiting_response')))
      .returning({ id: grievances.id });
    if (saved.length === 0) conflict('This grievance has already been answered.', 'grievanceId');
    await recordAudit(tx, actor, {
      action: 'grievance.respond',
      entityType: 'grievance',
      entityId: g.id,
      detail: { about: 'services' },
    });
    return { grievanceId: g.id };
  });
}

export async function decideGrievanceAppeal(
  db: Executor,
  params: { actor: Actor; viewer: StaffViewer; today: string; input: TGrievanceDecideInput },
) {
  const { actor, viewer, input } = params;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: grievances.id, status: grievances.status })
      .from(grievances)
      .where(and(eq(grievances.id, input.grievanceId), eq(grievances.programId, viewer.programId)))
      .for('update')
      .limit(1);
    const g = found(row, 'grievance');
    checkAppealDecision(g);
    await tx
      .update(grievances)
      .set({
        status: 'decided',
        decision: input.decision,
        decisionOutcome: input.outcome,
        decidedOn: params.today,
        decidedBy: viewer.userId,
        followUp: input.followUp?.trim() || null,
        updatedAt: actor.at,
      })
      .where(eq(grievances.id, g.id));
    await recordAudit(tx, actor, {
      action: 'grievance.decide',
      entityType: 'grievance',
      entityId: g.id,
      detail: { outcome: input.outcome, hasFollowUp: Boolean(input.followUp?.trim()) },
    });
    return { grievanceId: g.id };
  });
}

/** Marks a decision's follow-up done: by whom and on which day, audited. */
export async function completeGrievanceFollowUp(
  db: Executor,
  params: { actor: Actor; viewer: StaffViewer; today: string; input: TGrievanceFollowUpDoneInput },
) {
  const { actor, viewer, input } = params;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: grievances.id,
        status: grievances.status,
        followUp: grievances.followUp,
        followUpDoneOn: grievances.followUpDoneOn,
      })
      .from(grievances)
      .where(and(eq(grievances.id, input.grievanceId), eq(grievances.programId, viewer.programId)))
      .for('update')
      .limit(1);
    const g = found(row, 'grievance');
    checkFollowUpDone(g);
    await tx
      .update(grievances)
      .set({ followUpDoneOn: params.today, followUpDoneBy: viewer.userId, updatedAt: actor.at })
      .where(eq(grievances.id, g.id));
    await recordAudit(tx, actor, {
      action: 'grievance.follow_up_done',
      entityType: 'grievance',
      entityId: g.id,
    });
    return { grievanceId: g.id };
  });
}
