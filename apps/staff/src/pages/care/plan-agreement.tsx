import { Timestamp, type RouterOutputs } from '@hearth/ui';

type PlanData = RouterOutputs['staff']['plans']['get'];

/** Whether the tenant agreed to the plan as it is now (their answer in the tenant portal). */
export function PlanAgreement({ data: d }: { data: PlanData }) {
  return (
    <section className="card" aria-labelledby="agreed-heading">
      <h2 id="agreed-heading">Agreed with the tenant</h2>
      {d.isAcceptedCurrent ? (
        <p className="alert alert-ok">
          Accepted by the tenant in the portal on <Timestamp at={d.plan?.tenantResponseAt} />.
        </p>
      ) : d.plan?.tenantResponse === 'wants_to_talk' && d.plan.tenantResponseVersion === d.plan.version ? (
        <p className="alert alert-warn">
          The tenant asked to talk about this plan
          {d.plan.tenantComment ? `: “${d.plan.tenantComment}”` : '.'}
        </p>
      ) : (
        <p>
          Not accepted yet
          {d.plan?.tenantResponseAt ? ' (the plan changed since the tenant last answered)' : ''}. The tenant
          accepts the plan in the tenant portal.
        </p>
      )}
    </section>
  );
}
