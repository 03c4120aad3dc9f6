import {
  assessmentOwner,
  careCaseloadFacts,
  completeAssessment,
  currentEnrollmentDates,
  currentScores,
  insertInterimUpdate,
  listAcuityDomains,
  listAcuityTiers,
  listAssessments,
  listInterimUpdates,
  personInCareScope,
  saveAssessmentSection,
  startAssessmentDraft,
} from '@hearth/db';
import {
  acuityTier,
  assessmentDue,
  DomainError,
  linkageSummary,
  scoreChanges,
  validateInterimUpdate,
  ZCarePersonInput,
  ZCompleteAssessmentInput,
  ZInterimUpdateInput,
  ZSaveAssessmentSectionInput,
} from '@hearth/domain';
import { z } from 'zod';
import { router, staffProcedure } from '../../trpc';
import { audit, careScope } from './care-shared';
import { notInFuture } from './guards';

export const assessmentsRouter = router({
  /**
   * The whole living document: the program's domains and tiers, the open draft, every completed
   * version with what changed since the one before, interim updates, current scores and when the
   * next full assessment is due.
   */
  get: staffProcedure.input(ZCarePersonInput).query(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const scope = careScope(ctx);
      const person = await personInCareScope(tx, { ...scope, personId: input.personId });
      const [domains, tiers, all, interimUpdates, enrollment] = [
        await listAcuityDomains(tx, { programId: person.programId }),
        await listAcuityTiers(tx, { programId: person.programId }),
        await listAssessments(tx, { personId: person.id }),
        await listInterimUpdates(tx, { personId: person.id }),
        await currentEnrollmentDates(tx, { personId: person.id }),
      ];
      const draft = all.find((a) => a.status === 'draft') ?? null;
      const completed = all.filter((a) => a.status === 'completed');
      const versions = completed.map((v, i) => ({
        ...v,
        changes: scoreChanges(completed[i + 1]?.domains ?? null, v.domains),
      }));
      const latest = completed[0] ?? null;
      const scores = currentScores(latest, interimUpdates);
      const current = latest
        ? {
            versionNumber: latest.versionNumber,
            completedOn: latest.completedOn,
            scores,
            ...acuityTier(scores, tiers),
          }
        : null;
      const due = assessmentDue({
        projectStartDate: enrollment?.projectStartDate ?? null,
        completedOn: completed.map((c) => c.completedOn!).filter(Boolean),
        today: scope.today,
      });
      await audit(tx, ctx, 'assessment.read', 'person', person.id);
      return { person, domains, tiers, draft, versions, interimUpdates, current, due, today: scope.today };
    }),
  ),

  /** Opens the draft (or returns the one already open): sections then save over several visits. */
  start: staffProcedure.input(ZCarePersonInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      await personInCareScope(tx, { ...careScope(ctx), personId: input.personId });
      const draft = await startAssessmentDraft(tx, { personId: input.personId, userId: ctx.user.id });
      if (draft.isNew)
        await audit(tx, ctx, 'assessment.start', 'assessment', draft.id, { personId: input.personId });
      return { assessmentId: draft.id, version: draft.version };
    }),
  ),

  /** Saves one section as a draft; a stale version is refused (CONFLICT), never merged. */
  saveSection: staffProcedure.input(ZSaveAssessmentSectionInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const personId = await assessmentOwner(tx, { ...careScope(ctx), assessmentId: input.assessmentId });
      let patch;
      if (input.section === 'housing_history') patch = { housingHistory: input.housingHistory };
      else if (input.section === 'homelessness_history')
        patch = { homelessnessHistory: input.homelessnessHistory };
      else {
        const [person] = [await personInCareScope(tx, { ...careScope(ctx), personId })];
        const keys = new Set(
          (await listAcuityDomains(tx, { programId: person.programId })).map((d) => d.key),
        );
        const unknown = Object.keys(input.domains).find((k) => !keys.has(k));
        if (unknown) {
          throw new DomainError(
            'INVALID_INPUT',
            `domains.${unknown}: is not one of the program’s acuity domains`,
            {
              field: `domains.${unknown}`,
            },
          );
        }
        patch = { domains: input.domains };
      }
      const row = await saveAssessmentSection(tx, {
        assessmentId: input.assessmentId,
        version: input.version,
        patch,
        userId: ctx.user.id,
        now: ctx.now(),
      });
      await audit(tx, ctx, 'assessment.save_section', 'assessment', input.assessmentId, {
        section: input.section,
      });
      return { assessmentId: row.id, version: row.version };
    }),
  ),

  /** Completing makes the draft the next version; every domain must be scored. */
  complete: staffProcedure.input(ZCompleteAssessmentInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const scope = careScope(ctx);
      await assessmentOwner(tx, { ...scope, assessmentId: input.assessmentId });
      notInFuture('completedOn', input.completedOn, scope.today);
      const row = await completeAssessment(tx, {
        assessmentId: input.assessmentId,
        version: input.version,
        completedOn: input.completedOn,
        userId: ctx.user.id,
        programId: ctx.user.programId,
        now: ctx.now(),
      });
      await audit(tx, ctx, 'assessment.complete', 'assessment', row.id, { versionNumber: row.versionNumber });
      return row;
    }),
  ),

  /** Between full assessments: one domain's new score, the date and why. */
  recordInterimUpdate: staffProcedure.input(ZInterimUpdateInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const scope = careScope(ctx);
      const person = await personInCareScope(tx, { ...scope, personId: input.personId });
      const domains = await listAcuityDomains(tx, { programId: person.programId });
      const latest =
        (await listAssessments(tx, { personId: person.id })).find((a) => a.status === 'completed') ?? null;
      const scores = currentScores(latest, await listInterimUpdates(tx, { personId: person.id }));
      const currentScore = scores[input.domainKey]?.score ?? null;
      validateInterimUpdate({
        ...input,
        today: scope.today,
        domainKeys: domains.map((d) => d.key),
        lastCompletedOn: latest?.completedOn ?? null,
        currentScore,
      });
      const row = await insertInterimUpdate(tx, {
        personId: person.id,
        assessmentId: latest!.id,
        updateDate: input.updateDate,
        domainKey: input.domainKey,
        previousScore: currentScore,
        newScore: input.newScore,
        reason: input.reason,
        recordedById: ctx.user.id,
      });
      await audit(tx, ctx, 'assessment.interim_update', 'assessment', latest!.id, {
        domainKey: input.domainKey,
      });
      return row;
    }),
  ),

  /** For the caseload: each person's assessment due window and referrals → working linkages. */
  caseload: staffProcedure.input(z.undefined().optional()).query(async ({ ctx }) => {
    const scope = careScope(ctx);
    const facts = await careCaseloadFacts(ctx.db, scope);
    return facts.map((f) => ({
      personId: f.personId,
      due: assessmentDue({
        projectStartDate: f.projectStartDate,
        completedOn: f.completedOn,
        today: scope.today,
      }),
      linkages: linkageSummary(f.linkages),
    }));
  }),
});
