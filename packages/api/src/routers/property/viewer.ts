import type { PropertyViewer } from '@hearth/db/property';

/** The property manager behind the request: every property query is scoped to them. */
export function viewerOf(ctx: { user: { id: string } }): PropertyViewer {
  return { userId: ctx.user.id };
}
