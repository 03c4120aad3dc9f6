import { Timestamp, type RouterOutputs } from '@hearth/ui';

type PlanData = RouterOutputs['staff']['plans']['get'];

/**
 * Whether the tenant agreed to the plan as it is now (their answer in the tenant portal). The
 * decision is the domain's `planAgreement`, computed by the server; this only shows it.
 */
export function PlanAgreement({ data: d }: { data: PlanData }) {
  const { status } = d.agreement;
  return (
    <section className="card" aria-labelledby="agreed-heading">
      <h2 id="agreed-heading">Agreed with the tenant</h2>
      {status === 'accepted' ? (
        <p className="alert alert-ok">
          Accepted by the tenant in the portal on <Timestamp at={d.plan?.tenantResponseAt} />.
        </p>
      ) : status === 'wants_to_talk' ? (
        <p className="alert alert-warn">
          The tenant asked to talk about this plan
          {d.plan?.tenantComment ? `: “${d.plan.tenantComment}”` : '.'}
        </p>
      ) : (
        <p>
          Not accepted yet
          {status === 'changed_since_answer' ? ' (the plan changed since the tenant last answered)' : ''}. The
          tenant accepts the plan in the tenant portal.
        </p>
      )}
    </section>
  );
}
