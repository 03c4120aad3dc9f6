import { recordHousingMoveIn } from '@hearth/db';
import { ZMoveInRecordInput } from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import { staffRequest } from './guards';

export const moveInRouter = router({
  /**
   * Records the housing move-in date (HMIS 3.20: once, never removed) and the unit; the household
   * moves into the unit and its members become tenants.
   */
  record: staffProcedure
    .input(ZMoveInRecordInput)
    .mutation(({ ctx, input }) => recordHousingMoveIn(ctx.db, { ...staffRequest(ctx), input })),
});
