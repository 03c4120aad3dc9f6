import { and, asc, eq, gte, isNull, or } from 'drizzle-orm';
import {
  checkCaseloadReassignment,
  checkMayReassignCaseload,
  found,
  type TCaseloadReassignInput,
} from '@hearth/domain';
import { caseloadAssignments, users } from '../../schema/identity';
import { people } from '../../schema/people';
import type { Executor } from '../../client';
import { recordAudit } from '../core/audit';
import type { StaffRequest, StaffViewer } from './people';

/**
 * Who is on whose caseload: a supervisor or program admin reassigns a person's case manager
 * (checkCaseloadReassignment); the old assignment ends, the new one starts, both stay on record.
 */

/** The program's active case managers, by name: the choices for a reassignment. */
export async function listCaseManagers(db: Executor, params: { viewer: StaffViewer }) {
  checkMayReassignCaseload(params.viewer.role);
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(
      and(
        eq(users.programId, params.viewer.programId),
        eq(users.role, 'case_manager'),
        isNull(users.deactivatedAt),
      ),
    )
    .orderBy(asc(users.displayName));
}

export async function reassignCaseManager(
  db: Executor,
  params: StaffRequest & { input: TCaseloadReassignInput },
) {
  const { actor, viewer, today, input } = params;
  checkMayReassignCaseload(viewer.role);
  return db.transaction(async (tx) => {
    const [person] = await tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.id, input.personId), eq(people.programId, viewer.programId)))
      .for('update')
      .limit(1);
    found(person, 'person');
    const current = await tx
      .select({ id: caseloadAssignments.id, caseManagerId: caseloadAssignments.caseManagerId })
      .from(caseloadAssignments)
      .where(
        and(
          eq(caseloadAssignments.personId, input.personId),
          or(isNull(caseloadAssignments.endDate), gte(caseloadAssignments.endDate, today)),
        ),
      )
      .for('update');
    const [chosen] = await tx
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.id, input.caseManagerId),
          eq(users.programId, viewer.programId),
          eq(users.role, 'case_manager'),
          isNull(users.deactivatedAt),
        ),
      )
      .limit(1);
    const change = checkCaseloadReassignment({
      viewerRole: viewer.role,
      current,
      newCaseManager: chosen ?? null,
      today,
    });
    for (const a of current) {
      await tx
        .update(caseloadAssignments)
        .set({ endDate: change.endDate, updatedAt: actor.at })
        .where(eq(caseloadAssignments.id, a.id));
    }
    const [assignment] = await tx
      .insert(caseloadAssignments)
      .values({ personId: input.personId, caseManagerId: input.caseManagerId, startDate: change.startDate })
      .returning({ id: caseloadAssignments.id });
    await recordAudit(tx, actor, {
      action: 'caseload.reassign',
      entityType: 'person',
      entityId: input.personId,
      detail: {
        assignmentId: assignment!.id,
        caseManagerId: input.caseManagerId,
        endedAssignmentIds: current.map((a) => a.id),
        previousCaseManagerIds: current.map((a) => a.caseManagerId),
      },
    });
    return { assignmentId: assignment!.id };
  });
}
