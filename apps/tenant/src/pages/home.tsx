import { useQuery } from '@tanstack/react-query';
import { ErrorState, formatCents, formatDate, Loading, usePageTitle, useTRPC } from '@hearth/ui';

/** The tenant's rent: their monthly portion, what is due and by when, and any arrears. */
function RentCard() {
  const trpc = useTRPC();
  const lease = useQuery(trpc.tenant.lease.get.queryOptions());
  if (lease.isPending) return <Loading label="Loading your rent" />;
  if (lease.isError) return <ErrorState error={lease.error} />;
  const l = lease.data;
  if (!l) return null;
  const { ledger } = l;
  return (
    <section className="card" aria-labelledby="rent-heading">
      <h2 id="rent-heading">Your rent</h2>
      <p>
        Your rent is <strong>{formatCents(l.tenantRentCents)}</strong> a month, on a lease that started{' '}
        {formatDate(l.startDate)}.
      </p>
      {ledger.dueCents > 0 && ledger.dueBy && (
        <p>
          <strong>{formatCents(ledger.dueCents)}</strong> is due by {formatDate(ledger.dueBy)}.
        </p>
      )}
      {ledger.arrearsCents > 0 && (
        <p>
          <span className="badge badge-warn">{formatCents(ledger.arrearsCents)} is late.</span> Your case
          manager can help you make a plan to catch up.
        </p>
      )}
      {ledger.dueCents === 0 && ledger.arrearsCents === 0 && (
        <p>
          {ledger.balanceCents < 0
            ? `You have paid ${formatCents(-ledger.balanceCents)} ahead.`
            : 'You are paid up.'}
        </p>
      )}
    </section>
  );
}

export function HomePage() {
  usePageTitle('My home', 'Tenant portal');
  const trpc = useTRPC();
  const profile = useQuery(trpc.tenant.profile.get.queryOptions());
  if (profile.isPending) return <Loading label="Loading your home" />;
  if (profile.isError) return <ErrorState error={profile.error} />;
  const p = profile.data;
  const name = p.preferredName ?? p.firstName;
  return (
    <>
      <h1>Hi, {name}</h1>
      <section className="card" aria-labelledby="home-heading">
        <h2 id="home-heading">Your home</h2>
        {p.propertyName ? (
          <>
            <p>
              <strong>
                {p.propertyName}, unit {p.unitLabel}
              </strong>
            </p>
            <address>
              {p.addressLine}, unit {p.unitLabel}
              <br />
              {p.city}, {p.state} {p.postalCode}
            </address>
            {p.bedrooms !== null && (
              <p className="muted">
                {p.bedrooms} bedroom{p.bedrooms === 1 ? '' : 's'}
              </p>
            )}
          </>
        ) : (
          <p>You have not moved in yet. Your case manager will tell you when a unit is ready.</p>
        )}
      </section>
      {p.propertyName && <RentCard />}
      <section className="card" aria-labelledby="cm-heading">
        <h2 id="cm-heading">Your case manager</h2>
        {p.caseManagerName ? (
          <p>
            <strong>{p.caseManagerName}</strong> is your case manager. They can help you keep your home, reach
            your goals and connect with services. Working with them is your choice.
          </p>
        ) : (
          <p>You don’t have a case manager right now. The program office can help.</p>
        )}
      </section>
    </>
  );
}
