import { addStay, listStaysWithChronic, removeStay } from '@hearth/db';
import { ZStayAddInput, ZStayListInput, ZStayRemoveInput } from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import { staffRequest } from './guards';

export const staysRouter = router({
  /** Adds a stay to the homelessness history; overlapping stays are refused naming the field. */
  add: staffProcedure
    .input(ZStayAddInput)
    .mutation(({ ctx, input }) => addStay(ctx.db, { ...staffRequest(ctx), input })),

  remove: staffProcedure
    .input(ZStayRemoveInput)
    .mutation(({ ctx, input }) => removeStay(ctx.db, { ...staffRequest(ctx), stayId: input.stayId })),

  /** The history and the chronic assessment made from it, with its month-by-month timeline. */
  list: staffProcedure
    .input(ZStayListInput)
    .query(({ ctx, input }) => listStaysWithChronic(ctx.db, { ...staffRequest(ctx), input })),
});
