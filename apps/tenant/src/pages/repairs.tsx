import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ActionError, EmptyState, ErrorState, formatDate, Loading, usePageTitle, useTRPC } from '@hearth/ui';
import { RepairRequestForm } from './repair-request-form';

const STATUS_WORDS = {
  requested: 'Asked for',
  scheduled: 'Visit planned',
  completed: 'Marked done: is it fixed?',
  confirmed: 'Fixed',
} as const;

const STEP_WORDS = {
  requested: 'You asked for a repair',
  triaged: 'The property manager looked at it',
  scheduled: 'A visit was planned',
  completed: 'The repair was marked done',
  confirmed: 'You said it is fixed',
  reopened: 'You said it is still not fixed',
} as const;

export function RepairsPage() {
  usePageTitle('Repairs', 'Tenant portal');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const repairs = useQuery(trpc.tenant.repairs.list.queryOptions());
  const contact = useQuery(trpc.tenant.repairs.contact.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.tenant.repairs.list.queryKey() });
  const confirm = useMutation(trpc.tenant.repairs.confirm.mutationOptions({ onSuccess: refresh }));

  return (
    <>
      <h1>Repairs</h1>
      <p>
        You have the <Link to="/rights/safe_housing">right to a safe, well-kept home</Link>. Ask for a repair
        here and follow it.
      </p>
      <section className="card" aria-labelledby="ask-heading">
        <h2 id="ask-heading">Ask for a repair</h2>
        <p>If there is danger right now (fire, gas smell), call 911 first.</p>
        {contact.data?.emergencyMaintenancePhone && (
          <p>
            For an urgent repair at any hour (a flood, no heat, a door that will not lock), call{' '}
            {contact.data.propertyName} emergency maintenance:{' '}
            <a href={`tel:${contact.data.emergencyMaintenancePhone.replace(/[^\d+]/g, '')}`}>
              {contact.data.emergencyMaintenancePhone}
            </a>
            .
          </p>
        )}
        <RepairRequestForm onSent={refresh} />
      </section>
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">My repair requests</h2>
        <ActionError error={confirm.error} at={confirm.submittedAt} />
        {repairs.isPending ? (
          <Loading label="Loading your repairs" />
        ) : repairs.isError ? (
          <ErrorState error={repairs.error} />
        ) : repairs.data.length === 0 ? (
          <EmptyState title="No repair requests yet" />
        ) : (
          repairs.data.map((r) => (
            <article key={r.id} className="card" aria-labelledby={`r-${r.id}`}>
              <h3 id={`r-${r.id}`}>
                {r.location}: {STATUS_WORDS[r.status]}
              </h3>
              <p>{r.description}</p>
              {r.scheduledFor && r.status === 'scheduled' && (
                <p>Visit planned for {formatDate(r.scheduledFor)}.</p>
              )}
              <ol className="steps">
                {r.steps.map((s) => (
                  <li key={s.id}>
                    {STEP_WORDS[s.kind]} — {formatDate(s.stepDate)}
                    {s.note && <p className="muted">{s.note}</p>}
                  </li>
                ))}
              </ol>
              {r.status === 'completed' && (
                <div className="actions">
                  <button
                    type="button"
                    className="button primary"
                    disabled={confirm.isPending}
                    onClick={() => confirm.mutate({ repairId: r.id, isFixed: true })}
                  >
                    Yes, it is fixed
                  </button>
                  <button
                    type="button"
                    className="button secondary"
                    disabled={confirm.isPending}
                    onClick={() => confirm.mutate({ repairId: r.id, isFixed: false })}
                  >
                    No, it is still broken
                  </button>
                </div>
              )}
            </article>
          ))
        )}
      </section>
    </>
  );
}
