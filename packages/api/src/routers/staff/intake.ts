import {
  deleteStay,
  findCurrentDetermination,
  findReferralInScope,
  findStay,
  insertDetermination,
  insertDisabilityEvidence,
  insertLivingSituation,
  insertStay,
  listDeterminations,
  listDisabilityEvidence,
  listStays,
  lockApplication,
  writeAudit,
} from '@hearth/db';
import {
  assessRvOrCamper,
  checkEvidence,
  checkLiteralHomelessnessWindow,
  classifyHomelessness,
  compareDates,
  CONFIRMING_DISABILITY_EVIDENCE,
  determineEligibility,
  evidenceRank,
  missingFromFile,
  THIRD_PARTY_SOURCE_PREFERENCE,
  ZApplicationIdInput,
  ZDeterminationRecordInput,
  ZDisabilityEvidenceAddInput,
  ZRecordSituationInput,
  ZStayAddInput,
  ZStayListInput,
  ZStayRemoveInput,
  type EligibilityStatus,
} from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import {
  chronicAssessment,
  countedDisabilityEvidence,
  eligibilityInput,
  loadFile,
  programPolicy,
  requireApplication,
  usableHomelessEvidenceDates,
} from './intake-file';
import { badInput, notBefore, notFound, notInFuture, todayOf, viewerOf } from './guards';

export const homelessnessRouter = router({
  /**
   * Records the current living situation and its evidence, classified by HUD category. A
   * situation the program does not accept (Category 2 or 3 alone) is recorded for the file but
   * refused, with the reason.
   */
  recordSituation: staffProcedure.input(ZRecordSituationInput).mutation(({ ctx, input }) => {
    const today = todayOf(ctx);
    notInFuture('evidenceDate', input.evidenceDate, today);
    return ctx.db.transaction(async (tx) => {
      const application = await requireApplication(tx, ctx, input.applicationId);
      const policy = await programPolicy(tx, application.programId);
      const classification = classifyHomelessness(input.situation, policy);
      const rvCamper = input.rvCamper ? assessRvOrCamper(input.rvCamper) : null;
      const evidence = checkEvidence({
        check: 'homelessEvidence',
        type: input.evidenceType,
        source: input.evidenceSource ?? null,
        dueDiligenceForHigherPriorityDocumented: input.dueDiligenceForHigherPriorityDocumented ?? null,
      });
      const reasons = [...classification.reasons];
      if (rvCamper && input.situation.livingSituation === 'place_not_meant_for_habitation') {
        reasons.push(...rvCamper.reasons);
      }
      const saved = await insertLivingSituation(tx, {
        applicationId: application.id,
        livingSituation: input.situation.livingSituation!,
        facts: { ...input.situation },
        rvCamper: input.rvCamper ? { ...input.rvCamper } : null,
        categories: classification.categories,
        acceptedByProgram: classification.acceptedByProgram,
        reasons,
        evidenceType: input.evidenceType,
        evidenceSource: input.evidenceSource ?? null,
        evidenceDate: input.evidenceDate,
        dueDiligenceDocumented: input.dueDiligenceForHigherPriorityDocumented ?? false,
        notes: input.notes ?? null,
        recordedByUserId: ctx.user.id,
        recordedAt: ctx.now(),
      });
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'living_situation.record',
        entityType: 'application',
        entityId: application.id,
        detail: { livingSituationId: saved.id, categories: classification.categories },
        ip: ctx.ip,
      });
      return {
        id: saved.id,
        decision: classification.acceptedByProgram ? ('accepted' as const) : ('refused' as const),
        categories: classification.categories,
        acceptedByProgram: classification.acceptedByProgram,
        reasons,
        rvCamper,
        evidence: { acceptable: evidence.acceptable, reasons: evidence.reasons },
      };
    });
  }),
});

export const staysRouter = router({
  /** Adds a stay to the homelessness history; overlapping stays are refused naming the field. */
  add: staffProcedure.input(ZStayAddInput).mutation(({ ctx, input }) => {
    const today = todayOf(ctx);
    notInFuture('end', input.end, today);
    return ctx.db.transaction(async (tx) => {
      const application = await requireApplication(tx, ctx, input.applicationId);
      await lockApplication(tx, { applicationId: application.id });
      const existing = await listStays(tx, { applicationId: application.id });
      const overlap = existing.find(
        (s) => compareDates(input.start, s.endDate) <= 0 && compareDates(s.startDate, input.end) <= 0,
      );
      if (overlap) badInput('start', `overlaps the stay ${overlap.startDate} to ${overlap.endDate}`);
      const stay = await insertStay(tx, {
        applicationId: application.id,
        startDate: input.start,
        endDate: input.end,
        location: input.location,
        locationDescription: input.locationDescription ?? null,
        documentation: input.documentation ?? null,
        source: input.source ?? null,
        notes: input.notes ?? null,
        recordedByUserId: ctx.user.id,
      });
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'stay.add',
        entityType: 'application',
        entityId: application.id,
        detail: { stayId: stay.id },
        ip: ctx.ip,
      });
      return stay;
    });
  }),

  remove: staffProcedure.input(ZStayRemoveInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const stay = await findStay(tx, { stayId: input.stayId });
      if (!stay) notFound('stay');
      // Scope is the application's: a stay off the viewer's caseload is "not found" too.
      const application = await requireApplication(tx, ctx, stay.applicationId).catch(() => notFound('stay'));
      await deleteStay(tx, { stayId: stay.id });
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'stay.remove',
        entityType: 'application',
        entityId: application.id,
        detail: { stayId: stay.id },
        ip: ctx.ip,
      });
      return { removed: stay.id };
    }),
  ),

  /** The history and the chronic assessment made from it, with its month-by-month timeline. */
  list: staffProcedure.input(ZStayListInput).query(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const application = await requireApplication(tx, ctx, input.applicationId);
      const file = await loadFile(tx, application.id);
      const chronic = chronicAssessment(file, input.asOfDate ?? application.applicationDate);
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'stay.read',
        entityType: 'application',
        entityId: application.id,
        ip: ctx.ip,
      });
      return { stays: file.stays, chronic };
    }),
  ),
});

export const disabilityRouter = router({
  addEvidence: staffProcedure.input(ZDisabilityEvidenceAddInput).mutation(({ ctx, input }) => {
    const today = todayOf(ctx);
    notInFuture('evidenceDate', input.evidenceDate, today);
    return ctx.db.transaction(async (tx) => {
      const application = await requireApplication(tx, ctx, input.applicationId);
      const policy = await programPolicy(tx, application.programId);
      const check = checkEvidence(
        {
          check: 'disabilityEvidence',
          type: input.type,
          credential: input.credential ?? null,
          licensedByStateToDiagnoseAndTreat: input.licensedByStateToDiagnoseAndTreat ?? null,
          certifiesLongContinuingOrIndefinite: input.certifiesLongContinuingOrIndefinite ?? null,
          certifiesSubstantiallyImpedesIndependentLiving:
            input.certifiesSubstantiallyImpedesIndependentLiving ?? null,
          benefit: input.benefit ?? null,
          applicationDate: application.applicationDate,
          // The verdict on the record itself, as of its date; the 45-day clock is the rules' to run.
          asOfDate: input.evidenceDate,
        },
        policy,
      );
      const saved = await insertDisabilityEvidence(tx, {
        applicationId: application.id,
        type: input.type,
        disabledMember: input.disabledMember,
        evidenceDate: input.evidenceDate,
        credential: input.credential ?? null,
        professionalName: input.professionalName ?? null,
        licensedByStateToDiagnoseAndTreat: input.licensedByStateToDiagnoseAndTreat ?? null,
        certifiesLongContinuingOrIndefinite: input.certifiesLongContinuingOrIndefinite ?? null,
        certifiesSubstantiallyImpedesIndependentLiving:
          input.certifiesSubstantiallyImpedesIndependentLiving ?? null,
        benefit: input.benefit ?? null,
        isAcceptable: check.acceptable,
        isProvisional: check.provisional,
        reasons: check.reasons,
        notes: input.notes ?? null,
        recordedByUserId: ctx.user.id,
      });
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'disability_evidence.add',
        entityType: 'application',
        entityId: application.id,
        detail: { disabilityEvidenceId: saved.id, type: input.type, acceptable: check.acceptable },
        ip: ctx.ip,
      });
      const file = await loadFile(tx, application.id);
      const eligibility = determineEligibility(eligibilityInput(application, file, today), policy);
      return { evidence: saved, check, eligibility };
    });
  }),

  /** Disability evidence is sensitive: every read is audited. */
  list: staffProcedure.input(ZApplicationIdInput).query(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const application = await requireApplication(tx, ctx, input.applicationId);
      const policy = await programPolicy(tx, application.programId);
      const evidence = await listDisabilityEvidence(tx, { applicationId: application.id });
      const file = await loadFile(tx, application.id);
      const eligibility = determineEligibility(eligibilityInput(application, file, todayOf(ctx)), policy);
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'disability_evidence.read',
        entityType: 'application',
        entityId: application.id,
        ip: ctx.ip,
      });
      return { evidence, eligibility };
    }),
  ),
});

export const determinationsRouter = router({
  /**
   * Records the eligibility determination from the file as it stands. Determinations are never
   * edited: recording again supersedes the one in force.
   */
  record: staffProcedure.input(ZDeterminationRecordInput).mutation(({ ctx, input }) => {
    const today = todayOf(ctx);
    notInFuture('determinationDate', input.determinationDate, today);
    return ctx.db.transaction(async (tx) => {
      const application = await requireApplication(tx, ctx, input.applicationId);
      notBefore(
        'determinationDate',
        input.determinationDate,
        application.applicationDate,
        'the application date',
      );
      await lockApplication(tx, { applicationId: application.id });
      const policy = await programPolicy(tx, application.programId);
      const file = await loadFile(tx, application.id);
      const basisInput = eligibilityInput(application, file, input.determinationDate);
      const result = determineEligibility(basisInput, policy);
      let status: EligibilityStatus = result.status;
      const reasons = [...result.reasons];
      if (file.latestSituation && !file.latestSituation.acceptedByProgram) {
        reasons.push(...file.latestSituation.reasons.filter((r) => r.startsWith('Not accepted')));
      }
      const window = checkLiteralHomelessnessWindow(
        { determinationDate: input.determinationDate, evidenceDates: usableHomelessEvidenceDates(file) },
        policy,
      );
      reasons.push(...window.reasons);
      let chronic = null;
      if (application.requiresChronicHomelessness) {
        chronic = chronicAssessment(file, input.determinationDate);
        if (!chronic.chronic) {
          status = 'ineligible';
          reasons.push(
            'The unit is dedicated to chronically homeless households and chronic homelessness is not established.',
            ...chronic.reasons,
          );
        }
      }
      const current = await findCurrentDetermination(tx, { applicationId: application.id });
      const determination = await insertDetermination(tx, {
        applicationId: application.id,
        supersedesId: current?.id ?? null,
        determinationDate: input.determinationDate,
        status,
        homelessCategories: [...basisInput.homelessCategories],
        disabilityVerificationDeadline: result.disabilityVerificationDeadline,
        reasons,
        policy: { ...policy },
        basis: {
          ...basisInput,
          homelessEvidenceDates: usableHomelessEvidenceDates(file),
          literalHomelessnessWindow: { withinWindow: window.withinWindow, windowStart: window.windowStart },
          chronic: chronic
            ? { chronic: chronic.chronic, path: chronic.path, monthsCounted: chronic.monthsCounted }
            : null,
        },
        notes: input.notes ?? null,
        determinedByUserId: ctx.user.id,
        determinedAt: ctx.now(),
      });
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'determination.record',
        entityType: 'application',
        entityId: application.id,
        detail: { determinationId: determination.id, status, supersedesId: current?.id ?? null },
        ip: ctx.ip,
      });
      return determination;
    });
  }),

  list: staffProcedure.input(ZApplicationIdInput).query(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const application = await requireApplication(tx, ctx, input.applicationId);
      const rows = await listDeterminations(tx, { applicationId: application.id });
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'determination.read',
        entityType: 'application',
        entityId: application.id,
        ip: ctx.ip,
      });
      return rows;
    }),
  ),
});

const DISABILITY_ORDER = [...CONFIRMING_DISABILITY_EVIDENCE, 'intake_staff_observation', 'self_report'];
const sourceRank = (source: string | null) =>
  THIRD_PARTY_SOURCE_PREFERENCE.find((entry) => entry.source === source)?.rank ?? 99;

export const packetRouter = router({
  /**
   * The eligibility packet: every piece of evidence in HUD's order (referral, homelessness by the
   * order of priority and of preference, homelessness history, disability, determinations) and
   * what is still missing.
   */
  get: staffProcedure.input(ZApplicationIdInput).query(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const application = await requireApplication(tx, ctx, input.applicationId);
      const today = todayOf(ctx);
      const policy = await programPolicy(tx, application.programId);
      const file = await loadFile(tx, application.id);
      const referral = await findReferralInScope(tx, {
        viewer: viewerOf(ctx),
        today,
        referralId: application.referralId,
      });
      const determinations = await listDeterminations(tx, { applicationId: application.id });
      const current = determinations.find((d) => !d.isSuperseded) ?? null;
      const determinationDate = current?.determinationDate ?? today;
      const chronic = chronicAssessment(file, determinationDate);

      const homelessEvidence = [...file.situations].sort(
        (a, b) =>
          evidenceRank(a.evidenceType) - evidenceRank(b.evidenceType) ||
          sourceRank(a.evidenceSource) - sourceRank(b.evidenceSource) ||
          compareDates(b.evidenceDate, a.evidenceDate),
      );
      const disabilityEvidence = [...file.disability].sort(
        (a, b) =>
          DISABILITY_ORDER.indexOf(a.type) - DISABILITY_ORDER.indexOf(b.type) ||
          compareDates(a.evidenceDate, b.evidenceDate),
      );
      const monthsByBestEvidence = { third_party: 0, intake_observation: 0, self_certification: 0 };
      for (const month of chronic.months) {
        if (month.countedOnFacts && month.bestEvidence) monthsByBestEvidence[month.bestEvidence] += 1;
      }
      const missing = missingFromFile(
        {
          determinationDate,
          applicationDate: application.applicationDate,
          hasCesReferral: referral !== null,
          homelessCategories: file.latestSituation
            ? (file.latestSituation.categories as (1 | 2 | 3 | 4)[])
            : null,
          homelessEvidence: homelessEvidence.map((s) => ({
            type: s.evidenceType,
            date: s.evidenceDate,
            source: s.evidenceSource,
            dueDiligenceForHigherPriorityDocumented: s.dueDiligenceDocumented,
          })),
          disabilityEvidence: countedDisabilityEvidence(file).map((d) => ({
            type: d.type,
            date: d.evidenceDate,
          })),
          chronicHomelessness: {
            required: application.requiresChronicHomelessness,
            monthsByBestEvidence,
            episodic:
              chronic.path === 'four_occasions_12_months' ||
              (chronic.occasions >= 4 && chronic.currentOccasionMonths < 12),
            documentedBreaks: chronic.breaks.length,
          },
        },
        policy,
      );
      await writeAudit(tx, {
        actorUserId: ctx.user.id,
        action: 'packet.read',
        entityType: 'application',
        entityId: application.id,
        ip: ctx.ip,
      });
      return {
        application,
        referral,
        homelessEvidence,
        stays: file.stays,
        chronic,
        disabilityEvidence,
        determination: current,
        determinations,
        missing,
      };
    }),
  ),
});
