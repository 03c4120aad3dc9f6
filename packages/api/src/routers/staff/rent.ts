import { previewRent, readRentDefaults, readRentDeterminations, saveRentDetermination } from '@hearth/db';
import { ZApplicationIdInput, ZRentDefaultsInput, ZRentInput } from '@hearth/domain';
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

  /** What the form starts from: elderly or disabled family on the record, and the TTP rounding setting. */
  defaults: staffProcedure
    .input(ZRentDefaultsInput)
    .query(({ ctx, input }) => readRentDefaults(ctx.db, { ...staffRequest(ctx), input })),

  list: staffProcedure
    .input(ZApplicationIdInput)
    .query(({ ctx, input }) =>
      readRentDeterminations(ctx.db, { ...staffRequest(ctx), applicationId: input.applicationId }),
    ),
});
