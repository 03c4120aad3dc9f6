import { found } from '@hearth/domain';
import { findTenantProfile } from '@hearth/db';
import { router, tenantProcedure } from '../../trpc';

export const profileRouter = router({
  /** The signed-in tenant's own home: never takes an id, so it cannot reach anyone else's. */
  get: tenantProcedure.query(async ({ ctx }) =>
    found(await findTenantProfile(ctx.db, { personId: ctx.user.personId }), 'tenant record'),
  ),
});
