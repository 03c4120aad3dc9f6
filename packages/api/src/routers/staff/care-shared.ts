import { writeAudit, type CareScope, type Executor } from '@hearth/db';
import type { TStaffRole } from '@hearth/domain/identity';
import type { Context, SessionUser } from '../../context';
import { isoToday } from '../../dates';

/** What the care procedures (engagement, assessments, plans, linkages) share. */

export type StaffCtx = Context & { user: SessionUser & { role: TStaffRole } };

export function careScope(ctx: StaffCtx): CareScope {
  return {
    viewer: { userId: ctx.user.id, role: ctx.user.role, programId: ctx.user.programId },
    today: isoToday(ctx.now()),
  };
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
  return writeAudit(tx, { actorUserId: ctx.user.id, action, entityType, entityId, ip: ctx.ip, ...(detail ? { detail } : {}) });
}
