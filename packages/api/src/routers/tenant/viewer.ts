import type { TenantViewer } from '@hearth/db';

/** The tenant's own records only: no procedure takes a person id, the session names them. */
export function viewerOf(ctx: { user: { id: string; personId: string } }): TenantViewer {
  return { userId: ctx.user.id, personId: ctx.user.personId };
}
