import { listTenancyAlertsForStaff } from '@hearth/db';
import { router, staffProcedure } from '../../trpc';
import { actorOf } from '../../actor';
import { viewerOf } from './guards';

/** Tenancy alerts: read-only lease-issue facts for the tenant's case manager (property → services). */
export const tenancyAlertsRouter = router({
  list: staffProcedure.query(({ ctx }) =>
    listTenancyAlertsForStaff(ctx.db, { actor: actorOf(ctx), viewer: viewerOf(ctx), today: ctx.today() }),
  ),
});
