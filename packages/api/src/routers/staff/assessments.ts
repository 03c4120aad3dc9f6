import {
  assessmentFileForStaff,
  careCaseloadForStaff,
  completeAssessment,
  recordInterimUpdate,
  saveAssessmentSection,
  startAssessment,
} from '@hearth/db';
import {
  ZCarePersonInput,
  ZCompleteAssessmentInput,
  ZInterimUpdateInput,
  ZSaveAssessmentSectionInput,
} from '@hearth/domain';
import { z } from 'zod';
import { router, staffProcedure } from '../../trpc';
import { actorOf } from '../../actor';
import { careCall, careScope } from './care-shared';

export const assessmentsRouter = router({
  /**
   * The whole living document: the program's domains and tiers, the open draft, every completed
   * version with what changed since the one before, interim updates, current scores and when the
   * next full assessment is due.
   */
  get: staffProcedure
    .input(ZCarePersonInput)
    .query(({ ctx, input }) => assessmentFileForStaff(ctx.db, careCall(ctx, input))),

  /** Opens the draft (or returns the one already open): sections then save over several visits. */
  start: staffProcedure
    .input(ZCarePersonInput)
    .mutation(({ ctx, input }) => startAssessment(ctx.db, careCall(ctx, input))),

  /** Saves one section as a draft; a stale version is refused (CONFLICT), never merged. */
  saveSection: staffProcedure
    .input(ZSaveAssessmentSectionInput)
    .mutation(({ ctx, input }) => saveAssessmentSection(ctx.db, careCall(ctx, input))),

  /** Completing makes the draft the next version; every domain must be scored. */
  complete: staffProcedure
    .input(ZCompleteAssessmentInput)
    .mutation(({ ctx, input }) => completeAssessment(ctx.db, careCall(ctx, input))),

  /** Between full assessments: one domain's new score, the date and why. */
  recordInterimUpdate: staffProcedure
    .input(ZInterimUpdateInput)
    .mutation(({ ctx, input }) => recordInterimUpdate(ctx.db, careCall(ctx, input))),

  /** For the caseload: each person's assessment due window and referrals → working linkages. */
  caseload: staffProcedure
    .input(z.undefined().optional())
    .query(({ ctx }) => careCaseloadForStaff(ctx.db, { ...careScope(ctx), actor: actorOf(ctx) })),
});
