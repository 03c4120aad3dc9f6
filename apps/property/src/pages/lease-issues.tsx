import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { LEASE_ISSUE_STEP_LABELS, LEASE_ISSUE_TYPE_LABELS } from '@hearth/domain';
import { EmptyState, ErrorState, formatDate, Loading, PageHeader, usePageTitle, useTRPC } from '@hearth/ui';

export function LeaseIssuesPage() {
  usePageTitle('Lease issues', 'Property portal');
  const trpc = useTRPC();
  const issues = useQuery(trpc.property.leaseIssues.list.queryOptions());
  return (
    <>
      <PageHeader
        title="Lease issues"
        subtitle="Each issue is a due process: the tenant is told, offered a meeting, and agrees a cure before any notice. Nothing is automatic."
        actions={
          <Link className="button primary" to="/lease-issues/new">
            Log a lease issue
          </Link>
        }
      />
      {issues.isPending ? (
        <Loading label="Loading lease issues" />
      ) : issues.isError ? (
        <ErrorState error={issues.error} />
      ) : issues.data.length === 0 ? (
        <EmptyState title="No lease issues" />
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Lease issues</caption>
            <thead>
              <tr>
                <th scope="col">Tenant</th>
                <th scope="col">Unit</th>
                <th scope="col">Type</th>
                <th scope="col">Happened</th>
                <th scope="col">Current step</th>
                <th scope="col">Cure due</th>
              </tr>
            </thead>
            <tbody>
              {issues.data.map((i) => (
                <tr key={i.id}>
                  <th scope="row">
                    <Link to={`/lease-issues/${i.id}`}>{i.tenantName ?? 'Unknown'}</Link>
                  </th>
                  <td>
                    {i.propertyName}, {i.unitLabel}
                  </td>
                  <td>{LEASE_ISSUE_TYPE_LABELS[i.type]}</td>
                  <td>{formatDate(i.occurredOn)}</td>
                  <td>
                    {i.currentStep ? LEASE_ISSUE_STEP_LABELS[i.currentStep] : ''}{' '}
                    {!i.isOpen && <span className="badge badge-ok">Closed</span>}
                  </td>
                  <td>{i.isOpen ? formatDate(i.cureDueDate) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
