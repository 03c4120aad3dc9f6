import { TRPCError } from '@trpc/server';
import { ZLeaseIdInput, ZLedgerEntryInput } from '@hearth/domain';
import {
  addLedgerEntry,
  findLeaseForPropertyManager,
  listLeasesForPropertyManager,
} from '@hearth/db/property';
import { propertyProcedure, router } from '../../trpc';

export const leasesRouter = router({
  list: propertyProcedure.query(({ ctx }) => listLeasesForPropertyManager(ctx.db, { userId: ctx.user.id })),
  byId: propertyProcedure.input(ZLeaseIdInput).query(async ({ ctx, input }) => {
    const lease = await findLeaseForPropertyManager(ctx.db, { userId: ctx.user.id, leaseId: input.leaseId });
    if (!lease) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such lease.' });
    return lease;
  }),
  addLedgerEntry: propertyProcedure
    .input(ZLedgerEntryInput)
    .mutation(({ ctx, input }) => addLedgerEntry(ctx.db, { userId: ctx.user.id, input, today: ctx.today() })),
});
