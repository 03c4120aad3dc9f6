import { addServiceHub, editServiceHub, listServiceHubs } from '@hearth/db';
import { ZServiceHubCreateInput, ZServiceHubListInput, ZServiceHubUpdateInput } from '@hearth/domain';
import { adminProcedure, router, staffProcedure } from '../../trpc';
import { staffRequest } from './guards';

export const serviceHubsRouter = router({
  list: staffProcedure
    .input(ZServiceHubListInput)
    .query(({ ctx, input }) =>
      listServiceHubs(ctx.db, { programId: ctx.user.programId, includeInactive: input?.includeInactive }),
    ),

  create: adminProcedure
    .input(ZServiceHubCreateInput)
    .mutation(({ ctx, input }) => addServiceHub(ctx.db, { ...staffRequest(ctx), input })),

  update: adminProcedure
    .input(ZServiceHubUpdateInput)
    .mutation(({ ctx, input }) => editServiceHub(ctx.db, { ...staffRequest(ctx), input })),
});
