import { ZRepairCompleteInput, ZRepairScheduleInput, ZRepairTriageInput } from '@hearth/domain';
import {
  completeRepair,
  listRepairsForPropertyManager,
  listUnitEntriesForPropertyManager,
  scheduleRepair,
  triageRepair,
} from '@hearth/db/property';
import { propertyProcedure, router } from '../../trpc';

export const repairsRouter = router({
  list: propertyProcedure.query(({ ctx }) => listRepairsForPropertyManager(ctx.db, { userId: ctx.user.id })),
  entries: propertyProcedure.query(({ ctx }) =>
    listUnitEntriesForPropertyManager(ctx.db, { userId: ctx.user.id }),
  ),
  triage: propertyProcedure
    .input(ZRepairTriageInput)
    .mutation(({ ctx, input }) => triageRepair(ctx.db, { userId: ctx.user.id, input, today: ctx.today() })),
  schedule: propertyProcedure
    .input(ZRepairScheduleInput)
    .mutation(({ ctx, input }) => scheduleRepair(ctx.db, { userId: ctx.user.id, input, today: ctx.today() })),
  complete: propertyProcedure
    .input(ZRepairCompleteInput)
    .mutation(({ ctx, input }) => completeRepair(ctx.db, { userId: ctx.user.id, input, today: ctx.today() })),
});
