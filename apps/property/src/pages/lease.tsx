import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import {
  ErrorState,
  Facts,
  formatCents,
  formatDate,
  Loading,
  PageHeader,
  usePageTitle,
  useTRPC,
} from '@hearth/ui';
import { LedgerEntryForm } from './ledger-entry-form';

/** One lease: its terms and the rent ledger, with a running balance. */
export function LeasePage() {
  const { leaseId = '' } = useParams();
  const trpc = useTRPC();
  const lease = useQuery(trpc.property.leases.byId.queryOptions({ leaseId }));
  usePageTitle('Lease', 'Property portal');
  if (lease.isPending) return <Loading label="Loading the lease" />;
  if (lease.isError)
    return (
      <>
        <p>
          <Link to="/leases">← Leases</Link>
        </p>
        <ErrorState error={lease.error} />
      </>
    );
  const l = lease.data;
  const balances = l.entries.reduce<number[]>(
    (acc, e) => [...acc, (acc.at(-1) ?? 0) + (e.kind === 'charge' ? e.amountCents : -e.amountCents)],
    [],
  );
  return (
    <>
      <p>
        <Link to="/leases">← Leases</Link>
      </p>
      <PageHeader
        title={`Lease: ${l.tenantName ?? ''}`}
        subtitle={`${l.propertyName}, unit ${l.unitLabel}`}
      />
      <section className="card" aria-labelledby="terms-heading">
        <h2 id="terms-heading">Terms</h2>
        <Facts
          items={[
            { label: 'Start', value: formatDate(l.startDate) },
            { label: 'End', value: l.endDate ? formatDate(l.endDate) : 'Open-ended' },
            { label: 'Contract rent', value: formatCents(l.contractRentCents) },
            { label: 'Tenant’s monthly portion', value: formatCents(l.tenantRentCents) },
            { label: 'Utility allowance', value: formatCents(l.utilityAllowanceCents) },
            { label: 'Balance', value: `${formatCents(l.ledger.balanceCents)} (${l.ledger.reason})` },
            {
              label: 'Rent due',
              value:
                l.ledger.dueCents > 0 && l.ledger.dueBy
                  ? `${formatCents(l.ledger.dueCents)} by ${formatDate(l.ledger.dueBy)}`
                  : 'None',
            },
            {
              label: 'In arrears',
              value:
                l.ledger.arrearsCents > 0
                  ? `${formatCents(l.ledger.arrearsCents)} (${l.ledger.monthsInArrears} whole month${l.ledger.monthsInArrears === 1 ? '' : 's'})`
                  : 'None',
            },
          ]}
        />
      </section>
      <section className="card" aria-labelledby="ledger-heading">
        <h2 id="ledger-heading">Rent ledger</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Entry</th>
                <th scope="col">Charge</th>
                <th scope="col">Payment</th>
                <th scope="col">Balance</th>
              </tr>
            </thead>
            <tbody>
              {l.entries.map((e, index) => {
                return (
                  <tr key={e.id}>
                    <td>{formatDate(e.entryDate)}</td>
                    <td>{e.memo}</td>
                    <td>{e.kind === 'charge' ? formatCents(e.amountCents) : ''}</td>
                    <td>{e.kind === 'payment' ? formatCents(e.amountCents) : ''}</td>
                    <td>{formatCents(balances[index])}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <LedgerEntryForm leaseId={leaseId} />
      </section>
    </>
  );
}
