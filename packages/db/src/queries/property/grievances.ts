import { and, desc, eq } from 'drizzle-orm';
import {
  checkGrievanceResponse,
  conflict,
  found,
  isGrievanceOverdue,
  type TGrievanceRespondInput,
} from '@hearth/domain';
import { grievances } from '../../schema/grievances';
import { propertyAssignments } from '../../schema/identity';
import { properties } from '../../schema/program';
import type { Executor } from '../../client';
import { recordAudit, type Actor } from '../core/audit';
import { headName, type PropertyViewer } from './access';

/**
 * Housing grievances for the property manager. Every query here filters about = 'housing':
 * a services grievance is never returned to the property side.
 */

function housingFor(viewer: PropertyViewer) {
  return and(eq(grievances.about, 'housing'), eq(propertyAssignments.propertyManagerId, viewer.userId));
}

export async function listHousingGrievancesForPropertyManager(
  db: Executor,
  params: { viewer: PropertyViewer; today: string },
) {
  const rows = await db
    .select({
      id: grievances.id,
      about: grievances.about,
      propertyName: properties.name,
      tenantName: headName(grievances.householdId),
      description: grievances.description,
      filedOn: grievances.filedOn,
      responseDueOn: grievances.responseDueOn,
      status: grievances.status,
      response: grievances.response,
      respondedOn: grievances.respondedOn,
      appealReason: grievances.appealReason,
      decision: grievances.decision,
      decisionOutcome: grievances.decisionOutcome,
      decidedOn: grievances.decidedOn,
    })
    .from(grievances)
    .innerJoin(properties, eq(properties.id, grievances.propertyId))
    .innerJoin(propertyAssignments, eq(propertyAssignments.propertyId, grievances.propertyId))
    .where(housingFor(params.viewer))
    .orderBy(desc(grievances.filedOn));
  return rows.map((r) => ({ ...r, isOverdue: isGrievanceOverdue(r, params.today) }));
}

/** A housing grievance of the manager's properties, locked for the answer; null when not theirs. */
async function lockHousingGrievance(db: Executor, viewer: PropertyViewer, grievanceId: string) {
  const [row] = await db
    .select({ id: grievances.id, status: grievances.status })
    .from(grievances)
    .innerJoin(propertyAssignments, eq(propertyAssignments.propertyId, grievances.propertyId))
    .where(and(eq(grievances.id, grievanceId), housingFor(viewer)))
    // Two managers answering at once: the second waits here, then sees the answer and is refused.
    .for('update', { of: grievances })
    .limit(1);
  return row ?? null;
}

export async function respondToHousingGrievance(
  db: Executor,
  params: { actor: Actor; viewer: PropertyViewer; today: string; input: TGrievanceRespondInput },
) {
  const { actor, viewer, input } = params;
  return db.transaction(async (tx) => {
    const g = found(await lockHousingGrievance(tx, viewer, input.grievanceId), 'grievance');
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
      // The status again, in the write itself: an answer saved meanwhile is never overwritten.
      .where(and(eq(grievances.id, g.id), eq(grievances.status, 'awaiting_response')))
      .returning({ id: grievances.id });
    if (saved.length === 0) conflict('This grievance has already been answered.', 'grievanceId');
    await recordAudit(tx, actor, {
      action: 'grievance.respond',
      entityType: 'grievance',
      entityId: g.id,
      detail: { about: 'housing' },
    });
    return { grievanceId: g.id };
  });
}
