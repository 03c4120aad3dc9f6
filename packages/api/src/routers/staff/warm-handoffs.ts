import { recordWarmHandoff, warmHandoffsForStaff } from '@hearth/db';
import { ZCarePersonInput, ZRecordWarmHandoffInput } from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import { careCall } from './care-shared';

export const warmHandoffsRouter = router({
  /** Warm handoffs from the last provider: who took part and what engagement was transferred. */
  list: staffProcedure
    .input(ZCarePersonInput)
    .query(({ ctx, input }) => warmHandoffsForStaff(ctx.db, careCall(ctx, input))),

  record: staffProcedure
    .input(ZRecordWarmHandoffInput)
    .mutation(({ ctx, input }) => recordWarmHandoff(ctx.db, careCall(ctx, input))),
});
