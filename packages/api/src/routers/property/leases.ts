import { found, ZLeaseIdInput, ZLedgerEntryInput } from '@hearth/domain';
import {
  addLedgerEntry,
  findLeaseForPropertyManager,
  listLeasesForPropertyManager,
} from '@hearth/db/property';
import { actorOf } from '../../actor';
import { propertyProcedure, router } from '../../trpc';
import { viewerOf } from './viewer';

export const leasesRouter = router({
  list: propertyProcedure.query(({ ctx }) =>
    listLeasesForPropertyManager(ctx.db, { viewer: viewerOf(ctx), today: ctx.today() }),
  ),
  byId: propertyProcedure.input(ZLeaseIdInput).query(async ({ ctx, input }) =>
    found(
      await findLeaseForPropertyManager(ctx.db, {
        viewer: viewerOf(ctx),
        leaseId: input.leaseId,
        today: ctx.today(),
      }),
      'lease',
    ),
  ),
  addLedgerEntry: propertyProcedure
    .input(ZLedgerEntryInput)
    .mutation(({ ctx, input }) =>
      addLedgerEntry(ctx.db, { actor: actorOf(ctx), viewer: viewerOf(ctx), today: ctx.today(), input }),
    ),
});
