import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { LEASE_ISSUE_STEP_TENANT_LABELS, LEASE_ISSUE_TYPE_LABELS } from '@hearth/domain';
import { EmptyState, ErrorState, formatDate, Loading, usePageTitle, useTRPC } from '@hearth/ui';

export function LeaseIssuesPage() {
  usePageTitle('My lease issues', 'Tenant portal');
  const trpc = useTRPC();
  const issues = useQuery(trpc.tenant.leaseIssues.list.queryOptions());
  if (issues.isPending) return <Loading label="Loading your lease issues" />;
  if (issues.isError) return <ErrorState error={issues.error} />;
  return (
    <>
      <h1>My lease issues</h1>
      <p>
        A lease issue is a problem the property manager has raised about your lease. It is a process, with
        steps and dates, and you have the <Link to="/rights/due_process">right to due process</Link>. Your
        case manager can help.
      </p>
      {issues.data.length === 0 ? (
        <EmptyState title="You have no lease issues">
          <p>Nothing to do here. Keep it up!</p>
        </EmptyState>
      ) : (
        <ul className="plain-list">
          {issues.data.map((i) => (
            <li key={i.id} className="card">
              <h2>
                <Link to={`/lease-issues/${i.id}`}>{LEASE_ISSUE_TYPE_LABELS[i.type]}</Link>
              </h2>
              <p>
                Happened on {formatDate(i.occurredOn)}.{' '}
                {i.isOpen ? (
                  <span className="badge badge-warn">Open</span>
                ) : (
                  <span className="badge badge-ok">Closed</span>
                )}
              </p>
              {i.currentStep && (
                <p>
                  Last step: {LEASE_ISSUE_STEP_TENANT_LABELS[i.currentStep]} ({formatDate(i.lastStepDate)})
                </p>
              )}
              {i.isOpen && i.currentCureDueDate && (
                <p>
                  <strong>To do by {formatDate(i.currentCureDueDate)}</strong>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
