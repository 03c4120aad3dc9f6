import type { StaffViewer } from '@hearth/db';
import { badInput, compareDates, longDate } from '@hearth/domain';
import type { TStaffRole } from '@hearth/domain/identity';
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

export { badInput, conflict, notFound } from '@hearth/domain';

export function notInFuture(field: string, date: string | null | undefined, today: string) {
  if (date && compareDates(date, today) > 0) {
    badInput(
      field,
      `${longDate(date)} is in the future: the date cannot be after today (${longDate(today)}).`,
    );
  }
}

export function notBefore(field: string, date: string, earliest: string, what: string) {
  if (compareDates(date, earliest) < 0)
    badInput(field, `${longDate(date)} is before ${what} (${longDate(earliest)}).`);
}
