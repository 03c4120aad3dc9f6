import {
  findResource,
  insertLinkage,
  insertLinkageCheckIn,
  linkageInScope,
  listLinkages,
  moveLinkage,
  personInCareScope,
} from '@hearth/db';
import {
  checkLinkageTransition,
  compareDates,
  DomainError,
  linkageSummary,
  ZCarePersonInput,
  ZCreateLinkageInput,
  ZLinkageCheckInInput,
  ZMoveLinkageInput,
} from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import { audit, careScope } from './care-shared';
import { badInput, notInFuture } from './guards';

export const linkagesRouter = router({
  /** A tenant's linkages with their check-ins, and how many referrals became working linkages. */
  list: staffProcedure.input(ZCarePersonInput).query(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      await personInCareScope(tx, { ...careScope(ctx), personId: input.personId });
      const linkages = await listLinkages(tx, { personId: input.personId });
      await audit(tx, ctx, 'linkage.read', 'person', input.personId);
      return { linkages, summary: linkageSummary(linkages) };
    }),
  ),

  /** A referral to a resource in the directory; it is not a linkage until it is working. */
  create: staffProcedure.input(ZCreateLinkageInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const scope = careScope(ctx);
      await personInCareScope(tx, { ...scope, personId: input.personId });
      notInFuture('referredOn', input.referredOn, scope.today);
      const resource = await findResource(tx, {
        programId: ctx.user.programId,
        resourceId: input.resourceId,
      });
      if (!resource || !resource.isActive) badInput('resourceId', 'choose a resource from the directory');
      const row = await insertLinkage(tx, { input, createdById: ctx.user.id });
      await audit(tx, ctx, 'linkage.create', 'linkage', row.id, {
        personId: input.personId,
        resourceId: input.resourceId,
      });
      return row;
    }),
  ),

  /** Referred → connected (first contact) → engaged (working) → ended. */
  move: staffProcedure.input(ZMoveLinkageInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const scope = careScope(ctx);
      const linkage = await linkageInScope(tx, { ...scope, linkageId: input.linkageId });
      const check = checkLinkageTransition(linkage.status, input.status);
      if (!check.allowed) throw new DomainError('CONFLICT', check.reasons[0]!);
      notInFuture('date', input.date, scope.today);
      if (compareDates(input.date, linkage.referredOn) < 0)
        badInput('date', `is before the referral (${linkage.referredOn})`);
      await moveLinkage(tx, {
        linkageId: linkage.id,
        status: input.status,
        date: input.date,
        note: input.note,
        now: ctx.now(),
      });
      await audit(tx, ctx, 'linkage.move', 'linkage', linkage.id, { from: linkage.status, to: input.status });
      return { linkageId: linkage.id, status: input.status };
    }),
  ),

  /** Regular check-ins: is it working? */
  checkIn: staffProcedure.input(ZLinkageCheckInInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const scope = careScope(ctx);
      const linkage = await linkageInScope(tx, { ...scope, linkageId: input.linkageId });
      notInFuture('checkInDate', input.checkInDate, scope.today);
      if (compareDates(input.checkInDate, linkage.referredOn) < 0)
        badInput('checkInDate', `is before the referral (${linkage.referredOn})`);
      const row = await insertLinkageCheckIn(tx, { ...input, recordedById: ctx.user.id });
      await audit(tx, ctx, 'linkage.check_in', 'linkage', linkage.id);
      return row;
    }),
  ),
});
