import { createReferral, listReferralsOfPerson, readReferralList } from '@hearth/db';
import { ZByPersonInput, ZReferralCreateInput, ZReferralListInput } from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import { staffRequest } from './guards';

export const referralsRouter = router({
  /**
   * Records a CES referral. For someone new it creates the household and the person (status
   * 'referred') and puts them on the creating case manager's caseload.
   */
  create: staffProcedure
    .input(ZReferralCreateInput)
    .mutation(({ ctx, input }) => createReferral(ctx.db, { ...staffRequest(ctx), input })),

  list: staffProcedure
    .input(ZReferralListInput)
    .query(({ ctx, input }) =>
      readReferralList(ctx.db, { ...staffRequest(ctx), serviceHubId: input?.serviceHubId }),
    ),

  /** A person's referrals; the read is audited. */
  byPerson: staffProcedure
    .input(ZByPersonInput)
    .query(({ ctx, input }) =>
      listReferralsOfPerson(ctx.db, { ...staffRequest(ctx), personId: input.personId }),
    ),
});
