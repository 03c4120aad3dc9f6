import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { CaseloadReassign } from './caseload-reassign';
import { PersonIntakeSection } from './intake/person-intake';
import {
  ErrorState,
  Facts,
  formatDate,
  fullName,
  Loading,
  PageHeader,
  titleCase,
  usePageTitle,
  useTRPC,
} from '@hearth/ui';

export function PersonPage() {
  const { personId = '' } = useParams();
  const trpc = useTRPC();
  const person = useQuery(trpc.staff.people.byId.queryOptions({ personId }));
  usePageTitle(person.data ? fullName(person.data) : 'Person', 'Staff portal');

  if (person.isPending) return <Loading label="Loading the record" />;
  if (person.isError)
    return (
      <>
        <p>
          <Link to="/">← Caseload</Link>
        </p>
        <ErrorState error={person.error} />
      </>
    );
  const p = person.data;
  return (
    <>
      <p className="no-print">
        <Link to="/">← Caseload</Link>
      </p>
      <PageHeader
        title={fullName(p)}
        subtitle={
          <>
            <span className="badge badge-neutral">{titleCase(p.status)}</span>
            {p.isVawaProtected && (
              <>
                {' '}
                <span className="badge badge-danger">VAWA protected: share nothing about location</span>
              </>
            )}
          </>
        }
      />
      <section className="card" aria-labelledby="about-heading">
        <h2 id="about-heading">About</h2>
        <Facts
          items={[
            { label: 'Date of birth', value: formatDate(p.dateOfBirth) },
            { label: 'Phone', value: p.phone },
            {
              label: 'Home',
              value: p.propertyName ? `${p.propertyName}, unit ${p.unitLabel}` : 'Not housed yet',
            },
            { label: 'Address', value: p.propertyAddress },
            { label: 'Case manager', value: p.caseManagerName ?? 'Unassigned' },
          ]}
        />
      </section>
      <CaseloadReassign personId={p.id} currentName={p.caseManagerName} />
      <section className="card" aria-labelledby="care-heading">
        <h2 id="care-heading">Care</h2>
        <ul>
          <li>
            <Link to={`/people/${p.id}/plan`}>Service plan</Link>: goals, harm-reduction plans, agreement with
            the tenant
          </li>
          <li>
            <Link to={`/people/${p.id}/assessment`}>Assessment &amp; acuity</Link>: housing and homelessness
            history, domain scores, versions
          </li>
          <li>
            <Link to={`/people/${p.id}/engagement`}>Warm handoff</Link> from the last provider
          </li>
          <li>
            <Link to={`/people/${p.id}/linkages`}>Resources &amp; linkages</Link>: referrals, working
            linkages, check-ins
          </li>
        </ul>
      </section>
      <section className="card" aria-labelledby="household-heading">
        <h2 id="household-heading">Household</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Relationship</th>
                <th scope="col">Date of birth</th>
              </tr>
            </thead>
            <tbody>
              {p.household.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    {m.id === p.id ? (
                      <strong>{fullName(m)}</strong>
                    ) : (
                      <Link to={`/people/${m.id}`}>{fullName(m)}</Link>
                    )}
                  </th>
                  <td>
                    {m.relationshipToHead === 'self' ? 'Head of household' : titleCase(m.relationshipToHead)}
                  </td>
                  <td>{formatDate(m.dateOfBirth)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <PersonIntakeSection personId={p.id} />
    </>
  );
}
