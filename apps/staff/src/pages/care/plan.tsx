import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import {
  EmptyState,
  ErrorState,
  formatDate,
  fullName,
  Loading,
  PageHeader,
  titleCase,
  usePageTitle,
  useTRPC,
} from '@hearth/ui';
import { CareNav } from './care-nav';
import { GoalCard } from './goal-card';
import { HarmReduction } from './harm-reduction';
import { NewGoalForm } from './new-goal-form';
import { PlanAgreement } from './plan-agreement';
import { PlanPhase } from './plan-phase';

/** A person's service plan: phase, agreement with the tenant, goals, proposals, harm reduction. */
export function PlanPage() {
  const { personId = '' } = useParams();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const plan = useQuery(trpc.staff.plans.get.queryOptions({ personId }));
  const hr = useQuery(trpc.staff.harmReduction.list.queryOptions({ personId }));
  usePageTitle(plan.data ? `Service plan: ${fullName(plan.data.person)}` : 'Service plan', 'Staff portal');
  const refresh = () => qc.invalidateQueries({ queryKey: trpc.staff.plans.get.queryKey({ personId }) });

  if (plan.isPending) return <Loading label="Loading the service plan" />;
  if (plan.isError)
    return (
      <>
        <CareNav current="plan" />
        <ErrorState error={plan.error} />
      </>
    );
  const d = plan.data;
  const active = d.goals.filter((g) => g.status === 'active');
  const ended = d.goals.filter((g) => g.status !== 'active');
  const openProposals = d.proposals.filter((p) => p.status === 'open');
  return (
    <>
      <CareNav current="plan" />
      <PageHeader
        title={`Service plan: ${fullName(d.person)}`}
        subtitle="No more than 3 goals, focused on the most pressing needs that impact housing, each tied to the tenant’s long-term goals."
      />
      <PlanPhase data={d} />
      <PlanAgreement data={d} />

      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">Active goals ({active.length} of 3)</h2>
        {active.length === 0 && <EmptyState title="No active goals yet" />}
        {active.map((g, i) => (
          <GoalCard key={g.id} goal={g} index={i + 1} domains={d.domains} onChange={refresh} />
        ))}
      </section>

      {openProposals.length > 0 && (
        <section className="card" aria-labelledby="proposals-heading">
          <h2 id="proposals-heading">Goals the tenant proposed</h2>
          <ul>
            {openProposals.map((p) => (
              <li key={p.id}>
                “{p.goal}”{p.soThat ? ` — ${p.soThat}` : ''}{' '}
                <span className="muted">({formatDate(p.proposedOn)})</span>
              </li>
            ))}
          </ul>
          <p className="muted">
            Write a proposal up as a SMART goal below, with the tenant, to make it part of the plan.
          </p>
        </section>
      )}

      <NewGoalForm personId={personId} data={d} onDone={refresh} />

      {ended.length > 0 && (
        <section aria-labelledby="ended-heading">
          <h2 id="ended-heading">Ended goals</h2>
          <ul>
            {ended.map((g) => (
              <li key={g.id}>
                <strong>{g.statement}</strong> — {titleCase(g.status)} on {formatDate(g.endedOn)}:{' '}
                {g.endReason}
              </li>
            ))}
          </ul>
        </section>
      )}

      <HarmReduction
        personId={personId}
        plans={hr.data ?? []}
        onDone={() =>
          qc.invalidateQueries({ queryKey: trpc.staff.harmReduction.list.queryKey({ personId }) })
        }
      />
    </>
  );
}
