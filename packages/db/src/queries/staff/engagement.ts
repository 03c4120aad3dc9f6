import { desc, eq } from 'drizzle-orm';
import { checkWarmHandoff, found, type TCarePersonInput, type TRecordWarmHandoff } from '@hearth/domain';
import { warmHandoffs } from '../../schema/services/care';
import { users } from '../../schema/identity';
import type { Executor } from '../../client';
import { recordAudit } from '../core/audit';
import { personInCareScope, type CareCall } from './care-scope';

/** Engagement: warm handoffs from the last provider, and what engagement was transferred. */

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

export async function warmHandoffsForStaff(db: Executor, call: CareCall<TCarePersonInput>) {
  return db.transaction(async (tx) => {
    const person = found(await personInCareScope(tx, { ...call, personId: call.input.personId }), 'person');
    await recordAudit(tx, call.actor, {
      action: 'warm_handoff.read',
      entityType: 'person',
      entityId: person.id,
    });
    return listWarmHandoffs(tx, { personId: person.id });
  });
}

export async function recordWarmHandoff(db: Executor, call: CareCall<TRecordWarmHandoff>) {
  const { input } = call;
  return db.transaction(async (tx) => {
    const person = found(await personInCareScope(tx, { ...call, personId: input.personId }), 'person');
    checkWarmHandoff({ handoffDate: input.handoffDate, today: call.today });
    const [row] = await tx
      .insert(warmHandoffs)
      .values({ ...input, recordedById: call.viewer.userId })
      .returning({ id: warmHandoffs.id });
    await recordAudit(tx, call.actor, {
      action: 'warm_handoff.record',
      entityType: 'warm_handoff',
      entityId: row!.id,
      detail: { personId: person.id },
    });
    return row!;
  });
}
