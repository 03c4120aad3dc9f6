import { and, desc, eq } from 'drizzle-orm';
import {
  canAppeal,
  checkAppeal,
  found,
  grievanceResponseDueOn,
  isGrievanceOverdue,
  resolvePolicy,
  routeGrievance,
  type TGrievanceAppealInput,
  type TGrievanceCreateInput,
} from '@hearth/domain';
import { grievances } from '../../schema/grievances';
import { programs } from '../../schema/program';
import type { Executor } from '../../client';
import { recordAudit, type Actor } from '../core/audit';
import { findTenantHome, type TenantViewer } from './home';

/** A tenant's own grievances: filed, followed, appealed once. */

const columns = {
  id: grievances.id,
  about: grievances.about,
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

export async function listGrievancesForTenant(db: Executor, params: { viewer: TenantViewer; today: string }) {
  const rows = await db
    .select(columns)
    .from(grievances)
    .where(eq(grievances.personId, params.viewer.personId))
    .orderBy(desc(grievances.filedOn), desc(grievances.createdAt));
  return rows.map((r) => ({
    ...r,
    isOverdue: isGrievanceOverdue(r, params.today),
    canAppeal: canAppeal(r, params.today),
  }));
}

export async function createGrievanceForTenant(
  db: Executor,
  params: { actor: Actor; viewer: TenantViewer; today: string; input: TGrievanceCreateInput },
) {
  const { actor, viewer, input } = params;
  return db.transaction(async (tx) => {
    const home = found(await findTenantHome(tx, viewer.personId), 'tenant record');
    const route = routeGrievance({ about: input.about, homePropertyId: home.propertyId });
    const [program] = await tx
      .select({ settings: programs.settings })
      .from(programs)
      .where(eq(programs.id, home.programId))
      .limit(1);
    const responseDueOn = grievanceResponseDueOn(params.today, resolvePolicy(program?.settings ?? {}));
    const [g] = await tx
      .insert(grievances)
      .values({
        programId: home.programId,
        personId: viewer.personId,
        householdId: home.householdId,
        propertyId: route.propertyId,
        about: input.about,
        description: input.description,
        filedOn: params.today,
        responseDueOn,
      })
      .returning({ id: grievances.id });
    await recordAudit(tx, actor, {
      action: 'grievance.create',
      entityType: 'grievance',
      entityId: g!.id,
      detail: { about: input.about },
    });
    return { grievanceId: g!.id, responseDueOn };
  });
}

export async function appealGrievanceForTenant(
  db: Executor,
  params: { actor: Actor; viewer: TenantViewer; today: string; input: TGrievanceAppealInput },
) {
  const { actor, viewer, input } = params;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: grievances.id, status: grievances.status, responseDueOn: grievances.responseDueOn })
      .from(grievances)
      .where(and(eq(grievances.id, input.grievanceId), eq(grievances.personId, viewer.personId)))
      .for('update')
      .limit(1);
    const g = found(row, 'grievance');
    checkAppeal(g, params.today);
    await tx
      .update(grievances)
      .set({ status: 'appealed', appealReason: input.reason, appealedOn: params.today, updatedAt: actor.at })
      .where(eq(grievances.id, g.id));
    await recordAudit(tx, actor, { action: 'grievance.appeal', entityType: 'grievance', entityId: g.id });
    return { grievanceId: g.id };
  });
}
