import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { Link } from 'react-router';
import {
  EmptyState,
  formatDate,
  ErrorState,
  Loading,
  PageHeader,
  titleCase,
  usePageTitle,
  useTRPC,
  type CurrentUser,
} from '@hearth/ui';

const STATUS_BADGE: Record<string, string> = {
  tenant: 'badge-ok',
  applicant: 'badge-warn',
  referred: 'badge-neutral',
  exited: 'badge-neutral',
};

export function CaseloadPage({ user }: { user: CurrentUser }) {
  const isCaseManager = user.role === 'case_manager';
  const title = isCaseManager ? 'My caseload' : 'Everyone in the program';
  usePageTitle(title, 'Staff portal');
  const trpc = useTRPC();
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const people = useQuery(trpc.staff.people.list.queryOptions(deferred ? { search: deferred } : undefined));
  const care = useQuery(trpc.staff.assessments.caseload.queryOptions());
  const careByPerson = new Map(care.data?.map((c) => [c.personId, c]));
  const careOf = (personId: string) => careByPerson.get(personId);

  return (
    <>
      <PageHeader
        title={title}
        subtitle={
          isCaseManager
            ? 'The people you work with: tenants, applicants and referrals.'
            : 'Every tenant, applicant and referral in the program, with their case manager.'
        }
      />
      <div className="field search" role="search">
        <label htmlFor="people-search">Find a person by name</label>
        <input id="people-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </div>
      {people.isPending && <Loading label="Loading people" />}
      {people.isError && <ErrorState error={people.error} />}
      {people.data && people.data.length === 0 && (
        <EmptyState title={deferred ? `No one matches “${deferred}”` : 'No one on this caseload yet'} />
      )}
      {people.data && people.data.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>
              {people.data.length} {people.data.length === 1 ? 'person' : 'people'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Status</th>
                <th scope="col">Home</th>
                {!isCaseManager && <th scope="col">Case manager</th>}
                <th scope="col">Assessment due</th>
                <th scope="col">Referrals working</th>
              </tr>
            </thead>
            <tbody>
              {people.data.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/people/${p.id}`}>
                      {p.lastName}, {p.preferredName ?? p.firstName}
                    </Link>
                    {p.relationshipToHead !== 'self' && (
                      <span className="muted"> · {titleCase(p.relationshipToHead)}</span>
                    )}
                  </th>
                  <td>
                    <span className={`badge ${STATUS_BADGE[p.status] ?? 'badge-neutral'}`}>
                      {titleCase(p.status)}
                    </span>
                  </td>
                  <td>
                    {p.propertyName ? (
                      `${p.propertyName}, unit ${p.unitLabel}`
                    ) : (
                      <span className="muted">Not housed yet</span>
                    )}
                  </td>
                  {!isCaseManager && (
                    <td>{p.caseManagerName ?? <span className="muted">Unassigned</span>}</td>
                  )}
                  <td>
                    {careOf(p.id)?.due ? (
                      <span className={careOf(p.id)!.due!.isOverdue ? 'badge badge-danger' : undefined}>
                        {careOf(p.id)!.due!.isOverdue ? 'Overdue: ' : ''}
                        {formatDate(careOf(p.id)!.due!.windowStart)} –{' '}
                        {formatDate(careOf(p.id)!.due!.windowEnd)}
                      </span>
                    ) : (
                      <span className="muted">Not enrolled</span>
                    )}
                  </td>
                  <td>
                    {careOf(p.id)
                      ? `${careOf(p.id)!.linkages.working} of ${careOf(p.id)!.linkages.referrals}`
                      : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
