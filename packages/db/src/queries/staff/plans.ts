import { found, nextStep, planAgreement, planPhase, type TCarePersonInput } from '@hearth/domain';
import type { Executor } from '../../client';
import { recordAudit } from '../core/audit';
import { listAcuityDomains, listAcuityTiers } from './acuity';
import { currentAcuity } from './assessments';
import { carePolicy, currentEnrollmentDates, personInCareScope, type CareCall } from './care-scope';
import { listGoalProposals } from './goal-proposals';
import { listGoals } from './goals';
import { findPlan } from './plan-versions';

/**
 * The service plan for staff: the CTI phase from the move-in date (with the program's own phase
 * length) and the intensity it implies, review dates, the acuity tier, goals with progress notes,
 * the tenant's proposals, and where the tenant stands on the current version.
 */
export async function servicePlanForStaff(db: Executor, call: CareCall<TCarePersonInput>) {
  return db.transaction(async (tx) => {
    const person = found(await personInCareScope(tx, { ...call, personId: call.input.personId }), 'person');
    const plan = await findPlan(tx, { personId: person.id });
    const enrollment = await currentEnrollmentDates(tx, { personId: person.id });
    const policy = await carePolicy(tx, { programId: person.programId });
    const domains = await listAcuityDomains(tx, { programId: person.programId });
    const tiers = await listAcuityTiers(tx, { programId: person.programId });
    const acuity = await currentAcuity(tx, { personId: person.id, tiers });
    const goals = (await listGoals(tx, { personId: person.id })).map((g) => ({
      ...g,
      nextStep: nextStep(g.steps),
    }));
    const proposals = await listGoalProposals(tx, { personId: person.id });
    const agreement = planAgreement(plan);
    const moveInDate = enrollment?.housingMoveInDate ?? null;
    await recordAudit(tx, call.actor, { action: 'plan.read', entityType: 'person', entityId: person.id });
    return {
      person,
      plan,
      agreement,
      isAcceptedCurrent: agreement.isAcceptedCurrent,
      moveInDate,
      phase: planPhase({ moveInDate, today: call.today }, policy),
      acuity,
      domains,
      goals,
      activeGoals: goals.filter((g) => g.status === 'active').length,
      proposals,
      today: call.today,
    };
  });
}
