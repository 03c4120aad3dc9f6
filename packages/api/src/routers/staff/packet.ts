import { getEligibilityPacket } from '@hearth/db';
import { ZApplicationIdInput } from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import { staffRequest } from './guards';

export const packetRouter = router({
  /**
   * The eligibility packet: every piece of evidence in HUD's order (referral, homelessness by the
   * order of priority and of preference, homelessness history, disability, determinations) and
   * what is still missing.
   */
  get: staffProcedure
    .input(ZApplicationIdInput)
    .query(({ ctx, input }) =>
      getEligibilityPacket(ctx.db, { ...staffRequest(ctx), applicationId: input.applicationId }),
    ),
});
