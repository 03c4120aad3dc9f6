import { addGoalNote, createGoal, endGoal, setGoalMarkerMet, setGoalStepDone } from '@hearth/db';
import {
  ZCreateGoalInput,
  ZEndGoalInput,
  ZGoalNoteInput,
  ZSetMarkerMetInput,
  ZSetStepDoneInput,
} from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import { careCall } from './care-shared';

export const goalsRouter = router({
  /** A SMART goal; a 4th active goal is refused (at most 3, focused on what threatens housing). */
  create: staffProcedure
    .input(ZCreateGoalInput)
    .mutation(({ ctx, input }) => createGoal(ctx.db, careCall(ctx, input))),

  addNote: staffProcedure
    .input(ZGoalNoteInput)
    .mutation(({ ctx, input }) => addGoalNote(ctx.db, careCall(ctx, input))),

  /** A goal ends as achieved, revised or dropped, with the reason. */
  end: staffProcedure
    .input(ZEndGoalInput)
    .mutation(({ ctx, input }) => endGoal(ctx.db, careCall(ctx, input))),

  setStepDone: staffProcedure
    .input(ZSetStepDoneInput)
    .mutation(({ ctx, input }) => setGoalStepDone(ctx.db, careCall(ctx, input))),

  setMarkerMet: staffProcedure
    .input(ZSetMarkerMetInput)
    .mutation(({ ctx, input }) => setGoalMarkerMet(ctx.db, careCall(ctx, input))),
});
