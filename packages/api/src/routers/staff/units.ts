import { z } from 'zod';
import { listProgramUnits } from '@hearth/db';
import { router, staffProcedure } from '../../trpc';

export const unitsRouter = router({
  /** The program's units, for choosing one at move-in: no occupant names, no tenancy data. */
  list: staffProcedure
    .input(z.object({ vacantOnly: z.boolean().default(false) }).optional())
    .query(({ ctx, input }) =>
      listProgramUnits(ctx.db, { programId: ctx.user.programId, vacantOnly: input?.vacantOnly ?? false }),
    ),
});
