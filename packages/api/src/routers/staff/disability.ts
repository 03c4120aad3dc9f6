import { addDisabilityEvidence, readDisabilityEvidence } from '@hearth/db';
import { ZApplicationIdInput, ZDisabilityEvidenceAddInput } from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import { staffRequest } from './guards';

export const disabilityRouter = router({
  addEvidence: staffProcedure
    .input(ZDisabilityEvidenceAddInput)
    .mutation(({ ctx, input }) => addDisabilityEvidence(ctx.db, { ...staffRequest(ctx), input })),

  /** Disability evidence is sensitive: every read is audited. */
  list: staffProcedure
    .input(ZApplicationIdInput)
    .query(({ ctx, input }) =>
      readDisabilityEvidence(ctx.db, { ...staffRequest(ctx), applicationId: input.applicationId }),
    ),
});
