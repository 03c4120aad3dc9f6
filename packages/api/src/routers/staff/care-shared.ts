import { writeAudit, type CareScope, type Executor } from '@hearth/db';
import type { Context, SessionUser } from '../../context';
import { todayOf, viewerOf, type StaffContext } from './guards';

/** What the care procedures (engagement, assessments, plans, linkages) share. */

export type StaffCtx = StaffContext;

export function careScope(ctx: StaffContext): CareScope {
  return { viewer: viewerOf(ctx), today: todayOf(ctx) };
}

/** Reads and writes of services data are audited in the same transaction (ids only, no text). */
export function audit(
  tx: Executor,
  ctx: Context & { user: SessionUser },
  action: string,
  entityType: string,
  entityId: string,
  detail?: Record<string, unknown>,
) {
  return writeAudit(tx, {
    actorUserId: ctx.user.id,
    action,
    entityType,
    entityId,
    ip: ctx.ip,
    ...(detail ? { detail } : {}),
  });
}
