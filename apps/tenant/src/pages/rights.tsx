import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { RIGHTS_TOPICS } from '@hearth/domain';
import { ErrorState, formatDate, usePageTitle, useTRPC } from '@hearth/ui';
import { RIGHTS } from './rights-content';

export function RightsPage() {
  usePageTitle('My rights', 'Tenant portal');
  const trpc = useTRPC();
  const acks = useQuery(trpc.tenant.rights.acknowledgements.queryOptions());
  const last = (topic: string) => acks.data?.filter((a) => a.topic === topic).at(-1)?.acknowledgedOn;
  return (
    <div className="reading">
      <h1>My rights and responsibilities</h1>
      <p>
        You have rights as a tenant. Your lease also asks some things of you. Each page below explains one
        part in plain words.
      </p>
      {acks.isError && <ErrorState error={acks.error} />}
      <ul>
        {RIGHTS_TOPICS.map((topic) => (
          <li key={topic}>
            <Link to={`/rights/${topic}`}>{RIGHTS[topic].title}</Link>
            {last(topic) ? <span className="muted"> — read on {formatDate(last(topic))}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
