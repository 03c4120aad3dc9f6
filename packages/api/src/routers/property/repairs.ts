import { ZRepairCompleteInput, ZRepairScheduleInput, ZRepairTriageInput } from '@hearth/domain';
import {
  completeRepair,
  listRepairsForPropertyManager,
  listUnitEntriesForPropertyManager,
  scheduleRepair,
  triageRepair,
} from '@hearth/db/property';
import { actorOf } from '../../actor';
import { propertyProcedure, router } from '../../trpc';
import type { Context } from '../../context';
import { viewerOf } from './viewer';

/** Who changes a repair, as whom, and on which day. */
const change = (ctx: Context & { user: { id: string } }) => ({
  actor: actorOf(ctx),
  viewer: viewerOf(ctx),
  today: ctx.today(),
});

export const repairsRouter = router({
  list: propertyProcedure.query(({ ctx }) =>
    listRepairsForPropertyManager(ctx.db, { viewer: viewerOf(ctx) }),
  ),
  entries: propertyProcedure.query(({ ctx }) =>
    listUnitEntriesForPropertyManager(ctx.db, { viewer: viewerOf(ctx) }),
  ),
  triage: propertyProcedure
    .input(ZRepairTriageInput)
    .mutation(({ ctx, input }) => triageRepair(ctx.db, { ...change(ctx), input })),
  schedule: propertyProcedure
    .input(ZRepairScheduleInput)
    .mutation(({ ctx, input }) => scheduleRepair(ctx.db, { ...change(ctx), input })),
  complete: propertyProcedure
    .input(ZRepairCompleteInput)
    .mutation(({ ctx, input }) => completeRepair(ctx.db, { ...change(ctx), input })),
});
