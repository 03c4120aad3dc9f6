import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { DeadlineKind } from '@hearth/domain';
import {
  EmptyState,
  ErrorState,
  formatDate,
  Loading,
  PageHeader,
  usePageTitle,
  useTRPC,
  type RouterOutputs,
} from '@hearth/ui';

type Deadline = RouterOutputs['staff']['deadlines']['list']['items'][number];

const KIND_LABELS: Record<DeadlineKind, string> = {
  disability_confirmation: 'Disability confirmation (45 days)',
  homelessness_documentation: 'Homelessness documentation window',
  initial_assessment: 'Initial assessment',
  annual_assessment: 'Annual assessment window',
  recertification: 'Income and rent recertification',
  plan_review: 'Service plan review',
  cti_phase: 'CTI phase change',
  rights_acknowledgement: 'Rights and responsibilities',
  grievance_response: 'Grievance answer',
};

/** Where the work of a deadline is done. */
function linkOf(d: Deadline): string {
  switch (d.kind) {
    case 'grievance_response':
      return '/grievances';
    case 'initial_assessment':
    case 'annual_assessment':
      return `/people/${d.personId}/assessment`;
    case 'plan_review':
    case 'cti_phase':
      return `/people/${d.personId}/plan`;
    case 'rights_acknowledgement':
      return `/people/${d.personId}`;
    default:
      return d.applicationId ? `/applications/${d.applicationId}` : `/people/${d.personId}`;
  }
}

/** A table of deadlines, overdue first; the Deadlines page and the application page both use it. */
export function DeadlinesTable({
  deadlines,
  caption,
  showPerson = true,
}: {
  deadlines: readonly Deadline[];
  caption: string;
  showPerson?: boolean;
}) {
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Due</th>
            {showPerson && <th scope="col">Person</th>}
            <th scope="col">Deadline</th>
            <th scope="col">What to do</th>
          </tr>
        </thead>
        <tbody>
          {deadlines.map((d) => (
            <tr key={`${d.applicationId ?? d.grievanceId}-${d.kind}-${d.dueDate}`}>
              <td>
                {formatDate(d.dueDate)}{' '}
                {d.isOverdue ? (
                  <span className="badge badge-danger">Overdue</span>
                ) : (
                  <span className="badge badge-neutral">Upcoming</span>
                )}
                {d.windowStart && <div className="muted">from {formatDate(d.windowStart)}</div>}
              </td>
              {showPerson && (
                <th scope="row">
                  <Link to={linkOf(d)}>{d.personName}</Link>
                </th>
              )}
              <td>{showPerson ? KIND_LABELS[d.kind] : <Link to={linkOf(d)}>{KIND_LABELS[d.kind]}</Link>}</td>
              <td>{d.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The deadlines of one application, on its page: the same list as the Deadlines page. `fileUpdatedAt`
 * is when the application was last loaded: every step that changes the file reloads it.
 */
export function ApplicationDeadlines({
  applicationId,
  fileUpdatedAt,
}: {
  applicationId: string;
  fileUpdatedAt: number;
}) {
  const trpc = useTRPC();
  const list = useQuery(trpc.staff.deadlines.list.queryOptions({ applicationId, pageSize: 100 }));
  const { refetch } = list;
  const loadedWith = useRef(fileUpdatedAt);
  useEffect(() => {
    if (loadedWith.current === fileUpdatedAt) return;
    loadedWith.current = fileUpdatedAt;
    void refetch();
  }, [fileUpdatedAt, refetch]);
  return (
    <section aria-labelledby="application-deadlines" className="no-print">
      <h2 id="application-deadlines">Deadlines</h2>
      {list.isPending ? (
        <Loading label="Loading the deadlines" />
      ) : list.isError ? (
        <ErrorState error={list.error} />
      ) : list.data.total === 0 ? (
        <p className="muted">No deadlines on this application.</p>
      ) : (
        <DeadlinesTable
          deadlines={list.data.items}
          caption="Deadlines of this application"
          showPerson={false}
        />
      )}
    </section>
  );
}

/** Every deadline on the caseload, overdue first, then by date, a page at a time. */
export function DeadlinesPage() {
  usePageTitle('Deadlines', 'Staff portal');
  const trpc = useTRPC();
  const [page, setPage] = useState(1);
  const list = useQuery({
    ...trpc.staff.deadlines.list.queryOptions({ page }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader
        title="Deadlines"
        subtitle="Disability confirmations, homelessness documentation windows, assessments, recertifications, service plan reviews and CTI phases, rights to go over and grievances to answer: overdue first, then by date."
      />
      {list.isPending ? (
        <Loading label="Loading deadlines" />
      ) : list.isError ? (
        <ErrorState error={list.error} />
      ) : list.data.total === 0 ? (
        <EmptyState title="No deadlines" />
      ) : (
        <>
          <DeadlinesTable deadlines={list.data.items} caption="Deadlines, overdue first" />
          {list.data.pageCount > 1 && (
            <nav aria-label="Pages of deadlines" className="no-print">
              <button
                type="button"
                className="button"
                disabled={page <= 1}
                onClick={() => setPage((p) => Math.max(1, p - 1))}
              >
                Previous page
              </button>{' '}
              <span aria-live="polite">
                Page {list.data.page} of {list.data.pageCount} ({list.data.total} deadlines)
              </span>{' '}
              <button
                type="button"
                className="button"
                disabled={page >= list.data.pageCount}
                onClick={() => setPage((p) => p + 1)}
              >
                Next page
              </button>
            </nav>
          )}
        </>
      )}
    </>
  );
}
