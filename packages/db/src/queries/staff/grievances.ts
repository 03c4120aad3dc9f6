import { and, desc, eq, type SQL } from 'drizzle-orm';
import {
  checkAppealDecision,
  checkGrievanceResponse,
  conflict,
  DomainError,
  isGrievanceOverdue,
  type TGrievanceDecideInput,
  type TGrievanceRespondInput,
} from '@hearth/domain';
import { grievances } from '../../schema/grievances';
import { people } from '../../schema/people';
import { properties } from '../../schema/program';
import type { Executor } from '../../client';
import { writeAudit } from '../core/audit';

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
};

async function list(db: Executor, where: SQL | undefined, today: string) {
  const rows = await db
    .select(columns)
    .from(grievances)
    .innerJoin(people, eq(people.id, grievances.personId))
    .leftJoin(properties, eq(properties.id, grievances.propertyId))
    .where(where)
    .orderBy(desc(grievances.filedOn), desc(grievances.createdAt));
  return rows.map((r) => ({ ...r, isOverdue: isGrievanceOverdue(r, today) }));
}

export async function listServicesGrievances(db: Executor, params: { programId: string; today: string }) {
  return list(
    db,
    and(eq(grievances.programId, params.programId), eq(grievances.about, 'services')),
    params.today,
  );
}

export async function listGrievanceAppeals(db: Executor, params: { programId: string; today: string }) {
  const rows = await list(db, eq(grievances.programId, params.programId), params.today);
  return rows.filter((r) => r.status === 'appealed' || r.status === 'decided');
}

export async function respondToServicesGrievance(
  db: Executor,
  params: { userId: string; programId: string; input: TGrievanceRespondInput; today: string },
) {
  return db.transaction(async (tx) => {
    const [g] = await tx
      .select({ id: grievances.id, status: grievances.status })
      .from(grievances)
      .where(
        and(
          eq(grievances.id, params.input.grievanceId),
          eq(grievances.programId, params.programId),
          eq(grievances.about, 'services'),
        ),
      )
      .for('update')
      .limit(1);
    if (!g) throw new DomainError('NOT_FOUND', 'No such grievance.');
    checkGrievanceResponse(g);
    const saved = await tx
      .update(grievances)
      .set({
        status: 'answered',
        response: params.input.response,
        respondedOn: params.today,
        respondedBy: params.userId,
        updatedAt: new Date(),
      })
      .where(and(eq(grievances.id, g.id), eq(grievances.status, 'awaiting_response')))
      .returning({ id: grievances.id });
    if (saved.length === 0) conflict('This grievance has already been answered.', 'grievanceId');
    await writeAudit(tx, {
      actorUserId: params.userId,
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
  params: { userId: string; programId: string; input: TGrievanceDecideInput; today: string },
) {
  return db.transaction(async (tx) => {
    const [g] = await tx
      .select({ id: grievances.id, status: grievances.status })
      .from(grievances)
      .where(and(eq(grievances.id, params.input.grievanceId), eq(grievances.programId, params.programId)))
      .for('update')
      .limit(1);
    if (!g) throw new DomainError('NOT_FOUND', 'No such grievance.');
    checkAppealDecision(g);
    await tx
      .update(grievances)
      .set({
        status: 'decided',
        decision: params.input.decision,
        decisionOutcome: params.input.outcome,
        decidedOn: params.today,
        decidedBy: params.userId,
        updatedAt: new Date(),
      })
      .where(eq(grievances.id, g.id));
    await writeAudit(tx, {
      actorUserId: params.userId,
      action: 'grievance.decide',
      entityType: 'grievance',
      entityId: g.id,
      detail: { outcome: params.input.outcome },
    });
    return { grievanceId: g.id };
  });
}
