import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { LEASE_ISSUE_STEP_LABELS, LEASE_ISSUE_TYPE_LABELS } from '@hearth/domain';
import {
  EmptyState,
  ErrorState,
  formatDate,
  fullName,
  Loading,
  PageHeader,
  usePageTitle,
  useTRPC,
  type RouterOutputs,
} from '@hearth/ui';

type AlertRow = RouterOutputs['staff']['tenancyAlerts']['list'][number];

/**
 * Tenancy alerts: lease issues logged by property management for people on the caseload.
 * Read-only: services offer help (harm-reduction planning to prevent eviction) and never enforce.
 */
export function TenancyAlertsPage() {
  usePageTitle('Tenancy alerts', 'Staff portal');
  const trpc = useTRPC();
  const alerts = useQuery(trpc.staff.tenancyAlerts.list.queryOptions());
  const open = alerts.data?.filter((a) => a.isOpen) ?? [];
  const closed = alerts.data?.filter((a) => !a.isOpen) ?? [];
  return (
    <>
      <PageHeader
        title="Tenancy alerts"
        subtitle="Lease issues the property manager has logged for people you work with. You can see them, not change them: offer help so the tenant can keep their home."
      />
      {alerts.isPending ? (
        <Loading label="Loading tenancy alerts" />
      ) : alerts.isError ? (
        <ErrorState error={alerts.error} />
      ) : alerts.data.length === 0 ? (
        <EmptyState title="No lease issues" />
      ) : (
        <>
          <h2>Open</h2>
          {open.length === 0 ? (
            <p className="muted">No open lease issues.</p>
          ) : (
            open.map((a) => <Alert key={a.id} a={a} />)
          )}
          <h2>Closed</h2>
          {closed.length === 0 ? (
            <p className="muted">None.</p>
          ) : (
            closed.map((a) => <Alert key={a.id} a={a} />)
          )}
        </>
      )}
    </>
  );
}

function Alert({ a }: { a: AlertRow }) {
  return (
    <article className="card" aria-labelledby={`a-${a.id}`}>
      <h3 id={`a-${a.id}`}>
        <Link to={`/people/${a.personId}`}>{fullName(a)}</Link>: {LEASE_ISSUE_TYPE_LABELS[a.type]}
      </h3>
      <p>
        {a.propertyName}, unit {a.unitLabel} · happened {formatDate(a.occurredOn)}{' '}
        {a.isOpen ? (
          <span className="badge badge-warn">Open</span>
        ) : (
          <span className="badge badge-ok">Resolved</span>
        )}
      </p>
      <ol className="steps">
        {a.steps.map((s) => (
          <li key={s.id}>
            {LEASE_ISSUE_STEP_LABELS[s.kind]} — {formatDate(s.stepDate)}
            {s.dueDate && <> · cure due {formatDate(s.dueDate)}</>}
          </li>
        ))}
      </ol>
    </article>
  );
}
