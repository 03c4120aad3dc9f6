import { recordLivingSituation } from '@hearth/db';
import { ZRecordSituationInput } from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import { staffRequest } from './guards';

export const homelessnessRouter = router({
  /**
   * Records the current living situation and its evidence, classified by HUD category. A
   * situation the program does not accept (Category 2 or 3 alone) is recorded for the file but
   * refused, with the reason.
   */
  recordSituation: staffProcedure
    .input(ZRecordSituationInput)
    .mutation(({ ctx, input }) => recordLivingSituation(ctx.db, { ...staffRequest(ctx), input })),
});
