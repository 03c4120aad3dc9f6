import { and, asc, eq } from 'drizzle-orm';
import { badInput, found, type TServiceHubCreateInput, type TServiceHubUpdateInput } from '@hearth/domain';
import { serviceHubs } from '../../schema/services/intake';
import type { Executor } from '../../client';
import { recordAudit } from '../core/audit';
import type { StaffRequest } from './people';
import { one } from './rows';

/** The program's CES service hubs (Maine: nine), which a program admin edits. */

const hubColumns = {
  id: serviceHubs.id,
  number: serviceHubs.number,
  name: serviceHubs.name,
  area: serviceHubs.area,
  isActive: serviceHubs.isActive,
};

export async function listServiceHubs(
  db: Executor,
  params: { programId: string; includeInactive?: boolean | undefined },
) {
  return db
    .select(hubColumns)
    .from(serviceHubs)
    .where(
      params.includeInactive
        ? eq(serviceHubs.programId, params.programId)
        : and(eq(serviceHubs.programId, params.programId), eq(serviceHubs.isActive, true)),
    )
    .orderBy(asc(serviceHubs.number), asc(serviceHubs.name));
}

export async function findServiceHub(db: Executor, params: { programId: string; serviceHubId: string }) {
  const [row] = await db
    .select(hubColumns)
    .from(serviceHubs)
    .where(and(eq(serviceHubs.id, params.serviceHubId), eq(serviceHubs.programId, params.programId)))
    .limit(1);
  return row ?? null;
}

export async function findServiceHubByName(db: Executor, params: { programId: string; name: string }) {
  const [row] = await db
    .select(hubColumns)
    .from(serviceHubs)
    .where(and(eq(serviceHubs.programId, params.programId), eq(serviceHubs.name, params.name)))
    .limit(1);
  return row ?? null;
}

export async function createServiceHub(
  db: Executor,
  params: { programId: string; number: number; name: string; area?: string | null | undefined },
) {
  return one(
    await db
      .insert(serviceHubs)
      .values({
        programId: params.programId,
        number: params.number,
        name: params.name,
        area: params.area ?? null,
      })
      .returning(hubColumns),
  );
}

export async function updateServiceHub(
  db: Executor,
  params: {
    programId: string;
    serviceHubId: string;
    changes: { number?: number; name?: string; area?: string | null; isActive?: boolean };
    at: Date;
  },
) {
  const [row] = await db
    .update(serviceHubs)
    .set({ ...params.changes, updatedAt: params.at })
    .where(and(eq(serviceHubs.id, params.serviceHubId), eq(serviceHubs.programId, params.programId)))
    .returning(hubColumns);
  return row ?? null;
}

const nameTaken = (name: string) => `A hub named "${name}" already exists.`;

/** staff.serviceHubs.create: a new hub; names are unique within the program. */
export async function addServiceHub(db: Executor, params: StaffRequest & { input: TServiceHubCreateInput }) {
  const programId = params.viewer.programId;
  return db.transaction(async (tx) => {
    if (await findServiceHubByName(tx, { programId, name: params.input.name })) {
      badInput('name', nameTaken(params.input.name));
    }
    const hub = await createServiceHub(tx, { programId, ...params.input });
    await recordAudit(tx, params.actor, {
      action: 'service_hub.create',
      entityType: 'service_hub',
      entityId: hub.id,
    });
    return hub;
  });
}

/** staff.serviceHubs.update: renumber, rename, or retire a hub. */
export async function editServiceHub(db: Executor, params: StaffRequest & { input: TServiceHubUpdateInput }) {
  const programId = params.viewer.programId;
  const { serviceHubId, ...changes } = params.input;
  return db.transaction(async (tx) => {
    if (changes.name) {
      const same = await findServiceHubByName(tx, { programId, name: changes.name });
      if (same && same.id !== serviceHubId) badInput('name', nameTaken(changes.name));
    }
    const hub = found(
      await updateServiceHub(tx, { programId, serviceHubId, changes, at: params.actor.at }),
      'service hub',
    );
    await recordAudit(tx, params.actor, {
      action: 'service_hub.update',
      entityType: 'service_hub',
      entityId: hub.id,
      detail: { fields: Object.keys(changes) },
    });
    return hub;
  });
}
