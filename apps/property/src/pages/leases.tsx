import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import {
  EmptyState,
  ErrorState,
  formatCents,
  formatDate,
  Loading,
  PageHeader,
  usePageTitle,
  useTRPC,
} from '@hearth/ui';

export function LeasesPage() {
  usePageTitle('Leases', 'Property portal');
  const trpc = useTRPC();
  const leases = useQuery(trpc.property.leases.list.queryOptions());
  return (
    <>
      <PageHeader
        title="Leases"
        subtitle="Leases of the properties you manage, with each rent ledger’s balance. Rent is due until the program’s grace period ends, and in arrears after."
      />
      {leases.isPending ? (
        <Loading label="Loading leases" />
      ) : leases.isError ? (
        <ErrorState error={leases.error} />
      ) : leases.data.length === 0 ? (
        <EmptyState title="No leases" />
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Leases</caption>
            <thead>
              <tr>
                <th scope="col">Tenant</th>
                <th scope="col">Unit</th>
                <th scope="col">Start</th>
                <th scope="col">Contract rent</th>
                <th scope="col">Tenant portion</th>
                <th scope="col">Balance</th>
                <th scope="col">Rent due</th>
                <th scope="col">Arrears</th>
              </tr>
            </thead>
            <tbody>
              {leases.data.map((l) => (
                <tr key={l.id}>
                  <th scope="row">
                    <Link to={`/leases/${l.id}`}>{l.tenantName ?? 'Unknown'}</Link>
                  </th>
                  <td>
                    {l.propertyName}, {l.unitLabel}
                  </td>
                  <td>{formatDate(l.startDate)}</td>
                  <td>{formatCents(l.contractRentCents)}</td>
                  <td>{formatCents(l.tenantRentCents)}</td>
                  <td>{formatCents(l.ledger.balanceCents)}</td>
                  <td>
                    {l.ledger.dueCents > 0 && l.ledger.dueBy
                      ? `${formatCents(l.ledger.dueCents)} by ${formatDate(l.ledger.dueBy)}`
                      : 'None'}
                  </td>
                  <td>
                    {l.ledger.arrearsCents > 0 ? (
                      <span className="badge badge-warn">
                        {formatCents(l.ledger.arrearsCents)}
                        {l.ledger.monthsInArrears > 0
                          ? ` (${l.ledger.monthsInArrears} month${l.ledger.monthsInArrears === 1 ? '' : 's'})`
                          : ''}
                      </span>
                    ) : (
                      'None'
                    )}
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
