import { findLeaseForTenant } from '@hearth/db';
import { router, tenantProcedure } from '../../trpc';
import { viewerOf } from './viewer';

export const tenantLeaseRouter = router({
  get: tenantProcedure.query(({ ctx }) =>
    findLeaseForTenant(ctx.db, { viewer: viewerOf(ctx), today: ctx.today() }),
  ),
});
