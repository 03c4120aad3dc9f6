import { checkInLinkage, createLinkage, linkagesForStaff, moveLinkage } from '@hearth/db';
import {
  ZCarePersonInput,
  ZCreateLinkageInput,
  ZLinkageCheckInInput,
  ZMoveLinkageInput,
} from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import { careCall } from './care-shared';

export const linkagesRouter = router({
  /** A tenant's linkages with their check-ins, and how many referrals became working linkages. */
  list: staffProcedure
    .input(ZCarePersonInput)
    .query(({ ctx, input }) => linkagesForStaff(ctx.db, careCall(ctx, input))),

  /** A referral to a resource in the directory; it is not a linkage until it is working. */
  create: staffProcedure
    .input(ZCreateLinkageInput)
    .mutation(({ ctx, input }) => createLinkage(ctx.db, careCall(ctx, input))),

  /** Referred → connected (first contact) → engaged (working) → ended. */
  move: staffProcedure
    .input(ZMoveLinkageInput)
    .mutation(({ ctx, input }) => moveLinkage(ctx.db, careCall(ctx, input))),

  /** Regular check-ins: is it working? */
  checkIn: staffProcedure
    .input(ZLinkageCheckInInput)
    .mutation(({ ctx, input }) => checkInLinkage(ctx.db, careCall(ctx, input))),
});
