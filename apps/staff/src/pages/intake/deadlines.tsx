import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { EmptyState, ErrorState, formatDate, Loading, PageHeader, usePageTitle, useTRPC } from '@hearth/ui';

const KIND_LABELS: Record<string, string> = {
  disability_confirmation: 'Disability confirmation (45 days)',
  homelessness_documentation: 'Homelessness documentation window',
  annual_assessment: 'Annual assessment window',
  recertification: 'Income and rent recertification',
};

/** The caseload's intake and tenancy deadlines, overdue first, then by date. */
export function DeadlinesPage() {
  usePageTitle('Deadlines', 'Staff portal');
  const trpc = useTRPC();
  const list = useQuery(trpc.staff.deadlines.list.queryOptions());
  return (
    <>
      <PageHeader
        title="Deadlines"
        subtitle="Disability confirmations, homelessness documentation windows, annual assessments and recertifications on your caseload: overdue first, then by date."
      />
      {list.isPending ? (
        <Loading label="Loading deadlines" />
      ) : list.isError ? (
        <ErrorState error={list.error} />
      ) : list.data.length === 0 ? (
        <EmptyState title="No deadlines" />
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Deadlines, overdue first</caption>
            <thead>
              <tr>
                <th scope="col">Due</th>
                <th scope="col">Person</th>
                <th scope="col">Deadline</th>
                <th scope="col">What to do</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((d, i) => (
                <tr key={`${d.applicationId}-${d.kind}-${i}`}>
                  <td>
                    {formatDate(d.dueDate)}{' '}
                    {d.isOverdue ? (
                      <span className="badge badge-danger">Overdue</span>
                    ) : (
                      <span className="badge badge-neutral">Upcoming</span>
                    )}
                    {d.windowStart && <div className="muted">from {formatDate(d.windowStart)}</div>}
                  </td>
                  <th scope="row">
                    <Link to={`/applications/${d.applicationId}`}>{d.personName}</Link>
                  </th>
                  <td>{KIND_LABELS[d.kind] ?? d.kind}</td>
                  <td>{d.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
