import { TRPCError } from '@trpc/server';
import { findTenantProfile } from '@hearth/db';
import { router, tenantProcedure } from '../../trpc';

export const profileRouter = router({
  /** The signed-in tenant's own home: never takes an id, so it cannot reach anyone else's. */
  get: tenantProcedure.query(async ({ ctx }) => {
    const profile = await findTenantProfile(ctx.db, { personId: ctx.user.personId });
    if (!profile) throw new TRPCError({ code: 'NOT_FOUND', message: 'No tenant record.' });
    return profile;
  }),
});
