import type { CareCall, CareScope } from '@hearth/db';
import { actorOf } from '../../actor';
import { todayOf, viewerOf, type StaffContext } from './guards';

/** What the care procedures (engagement, assessments, plans, linkages) share. */

export function careScope(ctx: StaffContext): CareScope {
  return { viewer: viewerOf(ctx), today: todayOf(ctx) };
}

/** One care procedure's work: who acts (for the audit), in whose scope, on which day, the input. */
export function careCall<I>(ctx: StaffContext, input: I): CareCall<I> {
  return { actor: actorOf(ctx), ...careScope(ctx), input };
}
