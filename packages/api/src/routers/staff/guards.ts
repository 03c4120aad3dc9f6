import { TRPCError } from '@trpc/server';
import type { StaffViewer } from '@hearth/db';
import { compareDates, DomainError } from '@hearth/domain';
import type { TStaffRole } from '@hearth/domain/identity';
import type { Context, SessionUser } from '../../context';
import { isoToday } from '../../dates';

/** What every staff procedure shares: who is asking, today, and the errors that name a field. */

export type StaffContext = Context & { user: SessionUser & { role: TStaffRole } };

export function viewerOf(ctx: StaffContext): StaffViewer {
  return { userId: ctx.user.id, role: ctx.user.role, programId: ctx.user.programId };
}

export function todayOf(ctx: Context): string {
  return isoToday(ctx.now());
}

/** Bad input names its field; the domain error maps to BAD_REQUEST. */
export function badInput(field: string, message: string): never {
  throw new DomainError('INVALID_INPUT', `${field}: ${message}`, { field });
}

export function notInFuture(field: string, date: string | null | undefined, today: string) {
  if (date && compareDates(date, today) > 0) {
    badInput(field, `${date} is in the future (today is ${today})`);
  }
}

export function notBefore(field: string, date: string, earliest: string, what: string) {
  if (compareDates(date, earliest) < 0) badInput(field, `${date} is before ${what} (${earliest})`);
}

export function notFound(what: string): never {
  throw new TRPCError({ code: 'NOT_FOUND', message: `No such ${what}.` });
}

export function conflict(message: string): never {
  throw new TRPCError({ code: 'CONFLICT', message });
}
