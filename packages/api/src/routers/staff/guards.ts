import type { StaffRequest, StaffViewer } from '@hearth/db';
import type { TStaffRole } from '@hearth/domain/identity';
import { actorOf } from '../../actor';
import type { Context, SessionUser } from '../../context';

/** What every staff procedure shares: who is asking, today, and the errors that name a field. */

export type StaffContext = Context & { user: SessionUser & { role: TStaffRole } };

export function viewerOf(ctx: StaffContext): StaffViewer {
  return { userId: ctx.user.id, role: ctx.user.role, programId: ctx.user.programId };
}

/** Today in the program's time zone, from the context's one clock. */
export function todayOf(ctx: Context): string {
  return ctx.today();
}

/** Who acts, whose scope, and today: what a staff use case in db is given. */
export function staffRequest(ctx: StaffContext): StaffRequest {
  return { actor: actorOf(ctx), viewer: viewerOf(ctx), today: todayOf(ctx) };
}

export { badInput, conflict, notBefore, notFound, notInFuture } from '@hearth/domain';
