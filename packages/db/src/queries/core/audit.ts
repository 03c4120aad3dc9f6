import { and, asc, eq } from 'drizzle-orm';
// The schema file, not the index: the property side uses this module and must not reach services tables.
import { auditEvents } from '../../schema/identity';
import type { Executor } from '../../client';

/**
 * Who is acting, from where and when: built once per request from the context (api's `actorOf`)
 * and handed to every function that writes or reads a sensitive record.
 */
export interface Actor {
  /** null for a signed-out caller (a failed sign-in). */
  userId: string | null;
  ip: string | null;
  /** From the server's one clock. */
  at: Date;
}

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Ids and field names only: never passwords, tokens or note text. */
  detail?: Record<string, unknown>;
}

/** The one audit path: every event records actor, action, record, ip and time. */
export async function recordAudit(db: Executor, actor: Actor, event: AuditEvent): Promise<void> {
  await writeAudit(db, {
    actorUserId: actor.userId,
    ip: actor.ip,
    at: actor.at,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    detail: event.detail ?? {},
  });
}

/**
 * A read of a list that shows people's records (grievances, referrals, deadlines, …): one event
 * naming the list and whose records it showed, by id.
 */
export async function recordListRead(
  db: Executor,
  actor: Actor,
  event: { action: string; personIds: readonly (string | null)[] },
): Promise<void> {
  const personIds = [...new Set(event.personIds.filter((id): id is string => id !== null))];
  await recordAudit(db, actor, {
    action: event.action,
    entityType: 'person',
    detail: { count: personIds.length, personIds },
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A refused call (out of scope, absent, or not the caller's role): the procedure and the ids it
 * asked for, never other input. The record is the first id asked for, by its name (`personId`
 * → `person`), so a search by record finds the attempt.
 */
export async function recordAccessDenied(
  db: Executor,
  actor: Actor,
  event: { path: string; code: string; input: unknown },
): Promise<void> {
  const ids: Record<string, string> = {};
  if (event.input && typeof event.input === 'object') {
    for (const [key, value] of Object.entries(event.input as Record<string, unknown>)) {
      if (/Id$/.test(key) && typeof value === 'string' && UUID.test(value)) ids[key] = value;
    }
  }
  const [first] = Object.entries(ids);
  await recordAudit(db, actor, {
    action: 'access.denied',
    entityType: first
      ? first[0].replace(/Id$/, '').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
      : 'procedure',
    entityId: first ? first[1] : event.path,
    detail: { path: event.path, code: event.code, ids },
  });
}

/** The row as written: recordAudit is its only caller. */
interface AuditEntry extends AuditEvent {
  actorUserId: string | null;
  ip: string | null;
  at: Date;
}

async function writeAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    actorUserId: entry.actorUserId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    detail: entry.detail ?? {},
    ip: entry.ip,
    at: entry.at,
  });
}

export async function listAuditForEntity(db: Executor, params: { entityType: string; entityId: string }) {
  return db
    .select({
      at: auditEvents.at,
      actorUserId: auditEvents.actorUserId,
      action: auditEvents.action,
      detail: auditEvents.detail,
    })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, params.entityType), eq(auditEvents.entityId, params.entityId)))
    .orderBy(asc(auditEvents.at));
}
