import { and, asc, eq, type SQL } from 'drizzle-orm';
import {
  conflict,
  found,
  type ResourceCategory,
  type TCreateResourceInput,
  type TUpdateResourceInput,
} from '@hearth/domain';
import { resources } from '../../schema/services/care';
import type { Executor } from '../../client';
import { recordAudit, type Actor } from '../core/audit';

/** The program's resource directory: what each partner provides, and whether an MOU exists. */

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
  params: {
    programId: string;
    category?: ResourceCategory | undefined;
    includeInactive?: boolean | undefined;
  },
) {
  const conditions: SQL[] = [eq(resources.programId, params.programId)];
  if (!params.includeInactive) conditions.push(eq(resources.isActive, true));
  if (params.category) conditions.push(eq(resources.category, params.category));
  return db
    .select(resourceColumns)
    .from(resources)
    .where(and(...conditions))
    .orderBy(asc(resources.category), asc(resources.name));
}

/** A resource of the program's directory, or null. */
export async function findResource(db: Executor, params: { programId: string; resourceId: string }) {
  const [row] = await db
    .select(resourceColumns)
    .from(resources)
    .where(and(eq(resources.id, params.resourceId), eq(resources.programId, params.programId)))
    .limit(1);
  return row ?? null;
}

/** Kept by program admins; names are unique in a program's directory. */
export async function createResource(
  db: Executor,
  params: { actor: Actor; programId: string; input: TCreateResourceInput },
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(resources)
      .values({ programId: params.programId, ...params.input })
      .onConflictDoNothing()
      .returning({ id: resources.id });
    if (!row) conflict(`The directory already has “${params.input.name}”.`, 'name');
    await recordAudit(tx, params.actor, {
      action: 'resource.create',
      entityType: 'resource',
      entityId: row.id,
    });
    return row;
  });
}

export async function updateResource(
  db: Executor,
  params: { actor: Actor; programId: string; input: TUpdateResourceInput },
) {
  const { resourceId, ...set } = params.input;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(resources)
      .set({ ...set, updatedAt: params.actor.at })
      .where(and(eq(resources.id, resourceId), eq(resources.programId, params.programId)))
      .returning({ id: resources.id });
    const updated = found(row, 'resource');
    await recordAudit(tx, params.actor, {
      action: 'resource.update',
      entityType: 'resource',
      entityId: updated.id,
      detail: { fields: Object.keys(params.input) },
    });
    return updated;
  });
}
