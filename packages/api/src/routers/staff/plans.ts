import {
  answerProposal,
  carePolicy,
  bumpPlanVersion,
  countActiveGoals,
  currentEnrollmentDates,
  ensurePlan,
  findPlan,
  goalInScope,
  insertGoal,
  insertGoalNote,
  insertHarmReductionPlan,
  listAcuityDomains,
  listAcuityTiers,
  listAssessments,
  listGoalProposals,
  listGoals,
  listHarmReductionPlans,
  listInterimUpdates,
  currentScores,
  personInCareScope,
  proposalInScope,
  updateGoal,
} from '@hearth/db';
import {
  acuityTier,
  assertNewActiveGoal,
  compareDates,
  DomainError,
  nextStep,
  planPhase,
  ZAnswerProposalInput,
  ZCarePersonInput,
  ZCreateGoalInput,
  ZCreateHarmReductionPlanInput,
  ZEndGoalInput,
  ZGoalNoteInput,
  ZSetMarkerMetInput,
  ZSetStepDoneInput,
} from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import { audit, careScope } from './care-shared';
import { badInput, notInFuture } from './guards';

function activeOnly(goal: { status: string }) {
  if (goal.status !== 'active')
    throw new DomainError('CONFLICT', 'This goal has ended; it can no longer change.');
}

export const plansRouter = router({
  /**
   * The service plan: the CTI phase from the move-in date and the intensity it implies, review
   * dates, the acuity tier, goals with progress notes, the tenant's proposals and their answer.
   */
  get: staffProcedure.input(ZCarePersonInput).query(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const scope = careScope(ctx);
      const person = await personInCareScope(tx, { ...scope, personId: input.personId });
      const plan = await findPlan(tx, { personId: person.id });
      const enrollment = await currentEnrollmentDates(tx, { personId: person.id });
      const domains = await listAcuityDomains(tx, { programId: person.programId });
      const tiers = await listAcuityTiers(tx, { programId: person.programId });
      const latest =
        (await listAssessments(tx, { personId: person.id })).find((a) => a.status === 'completed') ?? null;
      const acuity = latest
        ? acuityTier(currentScores(latest, await listInterimUpdates(tx, { personId: person.id })), tiers)
        : null;
      const goals = (await listGoals(tx, { personId: person.id })).map((g) => ({
        ...g,
        nextStep: nextStep(g.steps),
      }));
      const proposals = await listGoalProposals(tx, { personId: person.id });
      await audit(tx, ctx, 'plan.read', 'person', person.id);
      return {
        person,
        plan,
        isAcceptedCurrent:
          !!plan && plan.tenantResponse === 'accepted' && plan.tenantResponseVersion === plan.version,
        moveInDate: enrollment?.housingMoveInDate ?? null,
        phase: planPhase(
          { moveInDate: enrollment?.housingMoveInDate ?? null, today: scope.today },
          await carePolicy(tx, { programId: person.programId }),
        ),
        acuity,
        domains,
        goals,
        activeGoals: goals.filter((g) => g.status === 'active').length,
        proposals,
        today: scope.today,
      };
    }),
  ),
});

export const goalsRouter = router({
  /** A SMART goal; a 4th active goal is refused (at most 3, focused on what threatens housing). */
  create: staffProcedure.input(ZCreateGoalInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const scope = careScope(ctx);
      const person = await personInCareScope(tx, { ...scope, personId: input.personId });
      assertNewActiveGoal(await countActiveGoals(tx, { personId: person.id }));
      if (compareDates(input.targetDate, scope.today) < 0)
        badInput('targetDate', `${input.targetDate} has already passed`);
      const keys = new Set((await listAcuityDomains(tx, { programId: person.programId })).map((d) => d.key));
      input.domainKeys.forEach((k, i) => {
        if (!keys.has(k)) badInput(`domainKeys.${i}`, 'is not one of the program’s acuity domains');
      });
      input.steps.forEach((s, i) => {
        if (s.owner === 'partner' && !s.partnerName?.trim())
          badInput(`steps.${i}.partnerName`, 'name the partner who does this step');
      });
      if (input.fromProposalId) {
        const proposal = await proposalInScope(tx, { ...scope, proposalId: input.fromProposalId });
        if (proposal.personId !== person.id || proposal.status !== 'open')
          badInput('fromProposalId', 'is not an open proposal of this tenant');
        await answerProposal(tx, {
          proposalId: proposal.id,
          status: 'taken_up',
          response: 'Taken up as a goal of the service plan.',
          answeredById: ctx.user.id,
          answeredOn: scope.today,
        });
      }
      const plan = await ensurePlan(tx, { personId: person.id });
      const row = await insertGoal(tx, {
        planId: plan.id,
        input,
        startedOn: scope.today,
        createdById: ctx.user.id,
      });
      await bumpPlanVersion(tx, { planId: plan.id, now: ctx.now() });
      await audit(tx, ctx, 'goal.create', 'goal', row.id, { personId: person.id });
      return row;
    }),
  ),

  addNote: staffProcedure.input(ZGoalNoteInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const scope = careScope(ctx);
      await goalInScope(tx, { ...scope, goalId: input.goalId });
      notInFuture('noteDate', input.noteDate, scope.today);
      const row = await insertGoalNote(tx, { ...input, authorKind: 'staff', authorUserId: ctx.user.id });
      await audit(tx, ctx, 'goal.note', 'goal', input.goalId);
      return row;
    }),
  ),

  /** A goal ends as achieved, revised or dropped, with the reason. */
  end: staffProcedure.input(ZEndGoalInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const scope = careScope(ctx);
      const goal = await goalInScope(tx, { ...scope, goalId: input.goalId });
      activeOnly(goal);
      notInFuture('endedOn', input.endedOn, scope.today);
      if (compareDates(input.endedOn, goal.startedOn) < 0)
        badInput('endedOn', `is before the goal started (${goal.startedOn})`);
      await updateGoal(tx, {
        goalId: goal.id,
        now: ctx.now(),
        set: { status: input.endStatus, endedOn: input.endedOn, endReason: input.reason },
      });
      await bumpPlanVersion(tx, { planId: goal.planId, now: ctx.now() });
      await audit(tx, ctx, 'goal.end', 'goal', goal.id, { endStatus: input.endStatus });
      return { goalId: goal.id };
    }),
  ),

  setStepDone: staffProcedure.input(ZSetStepDoneInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const goal = await goalInScope(tx, { ...careScope(ctx), goalId: input.goalId });
      activeOnly(goal);
      if (!goal.steps[input.stepIndex]) badInput('stepIndex', 'no such step');
      const steps = goal.steps.map((s, i) => (i === input.stepIndex ? { ...s, isDone: input.isDone } : s));
      await updateGoal(tx, { goalId: goal.id, now: ctx.now(), set: { steps } });
      await audit(tx, ctx, 'goal.step', 'goal', goal.id, { stepIndex: input.stepIndex });
      return { goalId: goal.id };
    }),
  ),

  setMarkerMet: staffProcedure.input(ZSetMarkerMetInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const scope = careScope(ctx);
      const goal = await goalInScope(tx, { ...scope, goalId: input.goalId });
      activeOnly(goal);
      if (!goal.markers[input.markerIndex]) badInput('markerIndex', 'no such marker');
      if (input.metOn) notInFuture('metOn', input.metOn, scope.today);
      const markers = goal.markers.map((m, i) =>
        i === input.markerIndex ? { ...m, metOn: input.metOn } : m,
      );
      await updateGoal(tx, { goalId: goal.id, now: ctx.now(), set: { markers } });
      await audit(tx, ctx, 'goal.marker', 'goal', goal.id, { markerIndex: input.markerIndex });
      return { goalId: goal.id };
    }),
  ),
});

export const goalProposalsRouter = router({
  /** "Not now", with a reply the tenant reads; taking a proposal up is goals.create with its id. */
  decline: staffProcedure.input(ZAnswerProposalInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const scope = careScope(ctx);
      const proposal = await proposalInScope(tx, { ...scope, proposalId: input.proposalId });
      if (proposal.status !== 'open')
        throw new DomainError('CONFLICT', 'This proposal was already answered.');
      await answerProposal(tx, {
        proposalId: proposal.id,
        status: 'not_now',
        response: input.response,
        answeredById: ctx.user.id,
        answeredOn: scope.today,
      });
      await audit(tx, ctx, 'goal_proposal.decline', 'goal_proposal', proposal.id);
      return { proposalId: proposal.id };
    }),
  ),
});

export const harmReductionRouter = router({
  list: staffProcedure.input(ZCarePersonInput).query(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      await personInCareScope(tx, { ...careScope(ctx), personId: input.personId });
      await audit(tx, ctx, 'harm_reduction.read', 'person', input.personId);
      return listHarmReductionPlans(tx, { personId: input.personId });
    }),
  ),

  /** Harm-reduction plan to prevent eviction: the risk, options weighed, the choice, a follow-up. */
  create: staffProcedure.input(ZCreateHarmReductionPlanInput).mutation(({ ctx, input }) =>
    ctx.db.transaction(async (tx) => {
      const scope = careScope(ctx);
      await personInCareScope(tx, { ...scope, personId: input.personId });
      notInFuture('identifiedOn', input.identifiedOn, scope.today);
      if (compareDates(input.followUpDate, input.identifiedOn) < 0)
        badInput('followUpDate', 'is before the risk was identified');
      if (input.chosenOption !== null && !input.options[input.chosenOption])
        badInput('chosenOption', 'choose one of the options listed');
      const row = await insertHarmReductionPlan(tx, { input, createdById: ctx.user.id });
      await audit(tx, ctx, 'harm_reduction.create', 'harm_reduction_plan', row.id, {
        personId: input.personId,
      });
      return row;
    }),
  ),
});
