import { and, desc, eq } from 'drizzle-orm';
import { assertProposalOpen, found, type TAnswerProposalInput } from '@hearth/domain';
import { goalProposals } from '../../schema/services/care';
import type { Executor } from '../../client';
import { recordAudit } from '../core/audit';
import { isPersonInCareScope, type CareCall, type CareScope } from './care-scope';

/**
 * Goals the tenant proposes: they reach the case manager and never become active on their own.
 * A proposal is taken up by writing it as a SMART goal (see createGoal), or answered "not now".
 */

export async function listGoalProposals(db: Executor, params: { personId: string }) {
  return db
    .select({
      id: goalProposals.id,
      goal: goalProposals.goal,
      soThat: goalProposals.soThat,
      proposedOn: goalProposals.proposedOn,
      status: goalProposals.status,
      response: goalProposals.response,
      answeredOn: goalProposals.answeredOn,
    })
    .from(goalProposals)
    .where(eq(goalProposals.personId, params.personId))
    .orderBy(desc(goalProposals.proposedOn), desc(goalProposals.createdAt));
}

/** A proposal, if the viewer may see its tenant; otherwise null. */
export async function proposalInScope(db: Executor, params: CareScope & { proposalId: string }) {
  const [row] = await db
    .select({ id: goalProposals.id, personId: goalProposals.personId, status: goalProposals.status })
    .from(goalProposals)
    .where(eq(goalProposals.id, params.proposalId))
    .limit(1);
  if (!row || !(await isPersonInCareScope(db, { ...params, personId: row.personId }))) return null;
  return row;
}

/** Answers an open proposal; one answered meanwhile (by a colleague) is refused, never overwritten. */
export async function answerProposal(
  db: Executor,
  params: {
    proposalId: string;
    status: 'taken_up' | 'not_now';
    response: string;
    answeredById: string;
    answeredOn: string;
  },
) {
  const [row] = await db
    .update(goalProposals)
    .set({
      status: params.status,
      response: params.response,
      answeredById: params.answeredById,
      answeredOn: params.answeredOn,
    })
    .where(and(eq(goalProposals.id, params.proposalId), eq(goalProposals.status, 'open')))
    .returning({ id: goalProposals.id });
  if (!row) assertProposalOpen({ status: 'answered' });
}

/** "Not now", with a reply the tenant reads. */
export async function declineGoalProposal(db: Executor, call: CareCall<TAnswerProposalInput>) {
  return db.transaction(async (tx) => {
    const proposal = found(
      await proposalInScope(tx, { ...call, proposalId: call.input.proposalId }),
      'goal proposal',
    );
    assertProposalOpen(proposal);
    await answerProposal(tx, {
      proposalId: proposal.id,
      status: 'not_now',
      response: call.input.response,
      answeredById: call.viewer.userId,
      answeredOn: call.today,
    });
    await recordAudit(tx, call.actor, {
      action: 'goal_proposal.decline',
      entityType: 'goal_proposal',
      entityId: proposal.id,
    });
    return { proposalId: proposal.id };
  });
}
