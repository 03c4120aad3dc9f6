import { previewRent, readRentDefaults, readRentDeterminations, saveRentDetermination } from '@hearth/db';
import { ZApplicationIdInput, ZRentInput } from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import { staffRequest } from './guards';

export const rentRouter = router({
  /** A preview: the calculation with its arithmetic, nothing saved. */
  calculate: staffProcedure
    .input(ZRentInput)
    .query(({ ctx, input }) => previewRent(ctx.db, { ...staffRequest(ctx), input })),

  /** Saves a rent determination with its effective date and arithmetic; recertification is due a year on. */
  save: staffProcedure
    .input(ZRentInput)
    .mutation(({ ctx, input }) => saveRentDetermination(ctx.db, { ...staffRequest(ctx), input })),

  /** What the rent form starts from: the contract rent of the household's unit, when it has one. */
  defaults: staffProcedure
    .input(ZApplicationIdInput)
    .query(({ ctx, input }) =>
      readRentDefaults(ctx.db, { ...staffRequest(ctx), applicationId: input.applicationId }),
    ),

  list: staffProcedure
    .input(ZApplicationIdInput)
    .query(({ ctx, input }) =>
      readRentDeterminations(ctx.db, { ...staffRequest(ctx), applicationId: input.applicationId }),
    ),
});
