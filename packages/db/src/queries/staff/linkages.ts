import { desc, eq } from 'drizzle-orm';
import {
  checkLinkageCheckIn,
  checkNewLinkage,
  found,
  linkageMove,
  linkageSummary,
  type TCarePersonInput,
  type TCreateLinkageInput,
  type TLinkageCheckInInput,
  type TMoveLinkageInput,
} from '@hearth/domain';
import { linkageCheckIns, linkages, resources } from '../../schema/services/care';
import { users } from '../../schema/identity';
import type { Executor } from '../../client';
import { recordAudit } from '../core/audit';
import { isPersonInCareScope, personInCareScope, type CareCall, type CareScope } from './care-scope';
import { findResource } from './resources';

/** Linkages: referrals to the directory's resources, their moves and regular check-ins. */

/** A person's linkages, newest referral first, each with its check-ins (newest first). */
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
  if (rows.length === 0) return [];
  const checkIns = await db
    .select({
      id: linkageCheckIns.id,
      linkageId: linkageCheckIns.linkageId,
      checkInDate: linkageCheckIns.checkInDate,
      isWorking: linkageCheckIns.isWorking,
      note: linkageCheckIns.note,
      recordedByName: users.displayName,
    })
    .from(linkageCheckIns)
    .innerJoin(linkages, eq(linkages.id, linkageCheckIns.linkageId))
    .innerJoin(users, eq(users.id, linkageCheckIns.recordedById))
    .where(eq(linkages.personId, params.personId))
    .orderBy(desc(linkageCheckIns.checkInDate), desc(linkageCheckIns.createdAt));
  const byLinkage = new Map<string, typeof checkIns>();
  for (const c of checkIns) {
    const list = byLinkage.get(c.linkageId);
    if (list) list.push(c);
    else byLinkage.set(c.linkageId, [c]);
  }
  return rows.map((l) => ({ ...l, checkIns: byLinkage.get(l.id) ?? [] }));
}

/** A linkage to change, locked until the transaction ends, if the viewer may see its person. */
export async function linkageInScope(db: Executor, params: CareScope & { linkageId: string }) {
  const [row] = await db
    .select({
      id: linkages.id,
      personId: linkages.personId,
      status: linkages.status,
      referredOn: linkages.referredOn,
      connectedOn: linkages.connectedOn,
    })
    .from(linkages)
    .where(eq(linkages.id, params.linkageId))
    .limit(1)
    .for('update');
  if (!row || !(await isPersonInCareScope(db, { ...params, personId: row.personId }))) return null;
  return row;
}

/** A tenant's linkages with their check-ins, and how many referrals became working linkages. */
export async function linkagesForStaff(db: Executor, call: CareCall<TCarePersonInput>) {
  return db.transaction(async (tx) => {
    const person = found(await personInCareScope(tx, { ...call, personId: call.input.personId }), 'person');
    const list = await listLinkages(tx, { personId: person.id });
    await recordAudit(tx, call.actor, { action: 'linkage.read', entityType: 'person', entityId: person.id });
    return { linkages: list, summary: linkageSummary(list) };
  });
}

/** A referral to a resource in the directory; it is not a linkage until it is working. */
export async function createLinkage(db: Executor, call: CareCall<TCreateLinkageInput>) {
  const { input } = call;
  return db.transaction(async (tx) => {
    const person = found(await personInCareScope(tx, { ...call, personId: input.personId }), 'person');
    const resource = await findResource(tx, {
      programId: call.viewer.programId,
      resourceId: input.resourceId,
    });
    checkNewLinkage({ referredOn: input.referredOn, today: call.today, resource });
    const [row] = await tx
      .insert(linkages)
      .values({ ...input, personId: person.id, createdById: call.viewer.userId })
      .returning({ id: linkages.id });
    await recordAudit(tx, call.actor, {
      action: 'linkage.create',
      entityType: 'linkage',
      entityId: row!.id,
      detail: { personId: person.id, resourceId: input.resourceId },
    });
    return row!;
  });
}

/** Referred → connected (first contact) → engaged (working) → ended. */
export async function moveLinkage(db: Executor, call: CareCall<TMoveLinkageInput>) {
  const { input } = call;
  return db.transaction(async (tx) => {
    const linkage = found(await linkageInScope(tx, { ...call, linkageId: input.linkageId }), 'linkage');
    const move = linkageMove({
      linkage,
      to: input.status,
      date: input.date,
      note: input.note ?? '',
      today: call.today,
    });
    await tx
      .update(linkages)
      .set({ ...move, updatedAt: call.actor.at })
      .where(eq(linkages.id, linkage.id));
    await recordAudit(tx, call.actor, {
      action: 'linkage.move',
      entityType: 'linkage',
      entityId: linkage.id,
      detail: { from: linkage.status, to: input.status },
    });
    return { linkageId: linkage.id, status: input.status };
  });
}

/** Regular check-ins: is it working? */
export async function checkInLinkage(db: Executor, call: CareCall<TLinkageCheckInInput>) {
  const { input } = call;
  return db.transaction(async (tx) => {
    const linkage = found(await linkageInScope(tx, { ...call, linkageId: input.linkageId }), 'linkage');
    checkLinkageCheckIn({ linkage, checkInDate: input.checkInDate, today: call.today });
    const [row] = await tx
      .insert(linkageCheckIns)
      .values({
        linkageId: linkage.id,
        checkInDate: input.checkInDate,
        isWorking: input.isWorking,
        note: input.note,
        recordedById: call.viewer.userId,
      })
      .returning({ id: linkageCheckIns.id });
    await recordAudit(tx, call.actor, {
      action: 'linkage.check_in',
      entityType: 'linkage',
      entityId: linkage.id,
    });
    return row!;
  });
}
