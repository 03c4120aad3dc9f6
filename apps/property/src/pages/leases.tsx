import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import {
  EmptyState,
  ErrorState,
  Facts,
  fieldErrorMap,
  formatCents,
  formatDate,
  FormError,
  Loading,
  PageHeader,
  SelectField,
  TextField,
  useForm,
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
        subtitle="Leases of the properties you manage, with each rent ledger’s balance."
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
                <th scope="col">Months in arrears</th>
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
                    {l.ledger.monthsInArrears > 0 ? (
                      <span className="badge badge-warn">{l.ledger.monthsInArrears}</span>
                    ) : (
                      0
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

export function LeasePage() {
  const { leaseId = '' } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const lease = useQuery(trpc.property.leases.byId.queryOptions({ leaseId }));
  usePageTitle('Lease', 'Property portal');
  const form = useForm<{ kind: string; entryDate: string; amount: string; memo: string }>({
    defaultValues: { kind: 'payment', entryDate: '', amount: '', memo: '' },
  });
  const add = useMutation(
    trpc.property.leases.addLedgerEntry.mutationOptions({
      onSuccess: async () => {
        form.reset();
        await queryClient.invalidateQueries({ queryKey: trpc.property.leases.byId.queryKey({ leaseId }) });
        await queryClient.invalidateQueries({ queryKey: trpc.property.leases.list.queryKey() });
      },
    }),
  );
  const errors = fieldErrorMap(add.error);
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
        <h3>Add an entry</h3>
        <form
          noValidate
          onSubmit={form.handleSubmit((v) =>
            add.mutate({
              leaseId,
              kind: v.kind as 'charge' | 'payment',
              entryDate: v.entryDate,
              amountCents: Math.round(Number(v.amount) * 100),
              ...(v.memo ? { memo: v.memo } : {}),
            }),
          )}
        >
          <FormError error={add.error} at={add.submittedAt} />
          <SelectField
            label="Kind"
            options={[
              { value: 'payment', label: 'Payment' },
              { value: 'charge', label: 'Charge' },
            ]}
            error={errors.kind}
            {...form.register('kind')}
          />
          <TextField label="Date" type="date" error={errors.entryDate} {...form.register('entryDate')} />
          <TextField
            label="Amount (dollars)"
            inputMode="decimal"
            error={errors.amountCents}
            {...form.register('amount')}
          />
          <TextField label="Memo" error={errors.memo} {...form.register('memo')} />
          <button type="submit" className="button primary" disabled={add.isPending}>
            Add entry
          </button>
        </form>
      </section>
    </>
  );
}
