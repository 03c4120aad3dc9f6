import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorState, formatDate, Loading, useTRPC } from '@hearth/ui';

/** The person's CES referrals and the applications opened on them, for the person page. */
export function PersonIntakeSection({ personId }: { personId: string }) {
  const trpc = useTRPC();
  const referrals = useQuery(trpc.staff.referrals.byPerson.queryOptions({ personId }));
  return (
    <section className="card" aria-labelledby="intake-heading">
      <h2 id="intake-heading">Intake</h2>
      {referrals.isPending ? (
        <Loading label="Loading referrals" />
      ) : referrals.isError ? (
        <ErrorState error={referrals.error} />
      ) : referrals.data.length === 0 ? (
        <p>No CES referral on file.</p>
      ) : (
        <ul>
          {referrals.data.map((r) => (
            <li key={r.id}>
              Referral of {formatDate(r.referralDate)} from {r.serviceHubName}
              {r.byNameListRank ? ` (by-name list rank ${r.byNameListRank})` : ''}:{' '}
              {r.applicationId ? (
                <Link to={`/applications/${r.applicationId}`}>open the application</Link>
              ) : (
                'no application opened'
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
