import { createHarmReductionPlan, harmReductionPlansForStaff } from '@hearth/db';
import { ZCarePersonInput, ZCreateHarmReductionPlanInput } from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import { careCall } from './care-shared';

export const harmReductionRouter = router({
  list: staffProcedure
    .input(ZCarePersonInput)
    .query(({ ctx, input }) => harmReductionPlansForStaff(ctx.db, careCall(ctx, input))),

  /** Harm-reduction plan to prevent eviction: the risk, options weighed, the choice, a follow-up. */
  create: staffProcedure
    .input(ZCreateHarmReductionPlanInput)
    .mutation(({ ctx, input }) => createHarmReductionPlan(ctx.db, careCall(ctx, input))),
});
