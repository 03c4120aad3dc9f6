import { insertWarmHandoff, listWarmHandoffs, personInCareScope } from '@hearth/db';
import { compareDates, DomainError, ZCarePersonInput, ZRecordWarmHandoffInput } from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import { audit, careScope } from './care-shared';

export const warmHandoffsRouter = router({
  /** Warm handoffs from the last provider: who took part and what engagement was transferred. */
  list: staffProcedure.input(ZCarePersonInput).query(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      await personInCareScope(tx, { ...careScope(ctx), personId: input.personId });
      await audit(tx, ctx, 'warm_handoff.read', 'person', input.personId);
      return listWarmHandoffs(tx, { personId: input.personId });
    }),
  ),

  record: staffProcedure.input(ZRecordWarmHandoffInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const scope = careScope(ctx);
      await personInCareScope(tx, { ...scope, personId: input.personId });
      if (compareDates(input.handoffDate, scope.today) > 0) {
        throw new DomainError(
          'INVALID_INPUT',
          `handoffDate: ${input.handoffDate} is in the future (today is ${scope.today})`,
          {
            field: 'handoffDate',
          },
        );
      }
      const row = await insertWarmHandoff(tx, { input, recordedById: ctx.user.id });
      await audit(tx, ctx, 'warm_handoff.record', 'warm_handoff', row.id, { personId: input.personId });
      return row;
    }),
  ),
});
