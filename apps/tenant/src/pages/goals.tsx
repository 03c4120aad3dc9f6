import { useQuery, useQueryClient } from '@tanstack/react-query';
import { EmptyState, ErrorState, Loading, usePageTitle, useTRPC } from '@hearth/ui';
import { GoalCard } from './goal-card';
import { PlanAnswer } from './plan-answer';
import { ProposeGoal } from './propose-goal';

export function GoalsPage() {
  usePageTitle('My goals', 'Tenant portal');
  const trpc = useTRPC();
  const qc = useQueryClient();
  const mine = useQuery(trpc.tenant.goals.get.queryOptions());
  const refresh = () => qc.invalidateQueries({ queryKey: trpc.tenant.goals.get.queryKey() });

  if (mine.isPending) return <Loading label="Loading your goals" />;
  if (mine.isError) return <ErrorState error={mine.error} />;
  const { plan, goals, proposals } = mine.data;
  return (
    <>
      <h1>My goals</h1>
      <p>
        These are the goals you and your case manager agreed to work on. You can tell us how it is going, in
        your own words.
      </p>
      {goals.length === 0 ? (
        <EmptyState title="No goals yet">
          <p>Your case manager will plan your goals with you. You can suggest one below.</p>
        </EmptyState>
      ) : (
        goals.map((g, i) => <GoalCard key={g.id} goal={g} index={i + 1} onNote={refresh} />)
      )}

      {plan && goals.length > 0 && <PlanAnswer plan={plan} onAnswered={refresh} />}

      <ProposeGoal onDone={refresh} />

      {proposals.length > 0 && (
        <section aria-labelledby="proposed-heading">
          <h2 id="proposed-heading">Goals you suggested</h2>
          <ul>
            {proposals.map((p) => (
              <li key={p.id}>
                “{p.goal}” —{' '}
                {p.status === 'open'
                  ? 'sent to your case manager'
                  : p.status === 'taken_up'
                    ? 'now part of your plan'
                    : `not now: ${p.response ?? ''}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
