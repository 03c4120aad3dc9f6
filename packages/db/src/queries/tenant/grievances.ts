import { and, desc, eq } from 'drizzle-orm';
import {
  addBusinessDays,
  DomainError,
  isGrievanceOverdue,
  resolvePolicy,
  type TGrievanceAppealInput,
  type TGrievanceCreateInput,
} from '@hearth/domain';
import { grievances } from '../../schema/grievances';
import { programs, units } from '../../schema/program';
import type { Executor } from '../../client';
import { writeAudit } from '../core/audit';
import { tenantHome, type TenantViewer } from './tenancy';

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

function canAppeal(
  g: { status: (typeof grievances.$inferSelect)['status']; responseDueOn: string },
  today: string,
): boolean {
  return g.status === 'answered' || isGrievanceOverdue(g, today);
}

export async function createGrievanceForTenant(
  db: Executor,
  params: { viewer: TenantViewer; input: TGrievanceCreateInput; today: string },
) {
  const { input } = params;
  return db.transaction(async (tx) => {
    const home = await tenantHome(tx, params.viewer.personId);
    const [program] = await tx
      .select({ settings: programs.settings })
      .from(programs)
      .where(eq(programs.id, home.programId))
      .limit(1);
    const policy = resolvePolicy(program?.settings ?? {});
    let propertyId: string | null = null;
    if (input.about === 'housing') {
      const [unit] = home.unitId
        ? await tx
            .select({ propertyId: units.propertyId })
            .from(units)
            .where(eq(units.id, home.unitId))
            .limit(1)
        : [];
      if (!unit)
        throw new DomainError(
          'INVALID_INPUT',
          'You do not have a home in the program yet, so a housing grievance has no one to go to.',
          { field: 'about' },
        );
      propertyId = unit.propertyId;
    }
    const responseDueOn = addBusinessDays(params.today, policy.grievanceResponseBusinessDays);
    const [g] = await tx
      .insert(grievances)
      .values({
        programId: home.programId,
        personId: params.viewer.personId,
        householdId: home.householdId,
        propertyId,
        about: input.about,
        description: input.description,
        filedOn: params.today,
        responseDueOn,
      })
      .returning({ id: grievances.id });
    await writeAudit(tx, {
      actorUserId: params.viewer.userId,
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
  params: { viewer: TenantViewer; input: TGrievanceAppealInput; today: string },
) {
  return db.transaction(async (tx) => {
    const [g] = await tx
      .select({ id: grievances.id, status: grievances.status, responseDueOn: grievances.responseDueOn })
      .from(grievances)
      .where(
        and(eq(grievances.id, params.input.grievanceId), eq(grievances.personId, params.viewer.personId)),
      )
      .for('update')
      .limit(1);
    if (!g) throw new DomainError('NOT_FOUND', 'No such grievance.');
    if (!canAppeal(g, params.today)) {
      throw new DomainError(
        'INVALID_INPUT',
        g.status === 'appealed' || g.status === 'decided'
          ? 'You can appeal only once.'
          : 'You can appeal after you get an answer, or if the answer is late.',
        { field: 'grievanceId' },
      );
    }
    await tx
      .update(grievances)
      .set({
        status: 'appealed',
        appealReason: params.input.reason,
        appealedOn: params.today,
        updatedAt: new Date(),
      })
      .where(eq(grievances.id, g.id));
    await writeAudit(tx, {
      actorUserId: params.viewer.userId,
      action: 'grievance.appeal',
      entityType: 'grievance',
      entityId: g.id,
    });
    return { grievanceId: g.id };
  });
}
