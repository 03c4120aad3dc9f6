import { and, asc, eq } from 'drizzle-orm';
// The schema file, not the index: the property side uses this module and must not reach services tables.
import { auditEvents } from '../../schema/identity';
import type { Executor } from '../../client';

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Ids and field names only: never passwords, tokens or note text. */
  detail?: Record<string, unknown>;
  ip?: string | null;
}

export async function writeAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    actorUserId: entry.actorUserId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    detail: entry.detail ?? {},
    ip: entry.ip ?? null,
  });
}

export async function listAuditForEntity(
  db: Executor,
  params: { entityType: string; entityId: string },
) {
  return db
    .select({
      at: auditEvents.at,
      actorUserId: auditEvents.actorUserId,
      action: auditEvents.action,
      detail: auditEvents.detail,
    })
    .from(auditEvents)
    .where(
      and(eq(auditEvents.entityType, params.entityType), eq(auditEvents.entityId, params.entityId)),
    )
    .orderBy(asc(auditEvents.at));
}
