import { Facts, formatDate, type RouterOutputs } from '@hearth/ui';

type PlanData = RouterOutputs['staff']['plans']['get'];

/** The Critical Time Intervention phase from the move-in date, with its review dates. */
export function PlanPhase({ data: d }: { data: PlanData }) {
  return (
    <section className="card" aria-labelledby="phase-heading">
      <h2 id="phase-heading">Phase and intensity</h2>
      {d.phase ? (
        <>
          <Facts
            items={[
              { label: 'Move-in date', value: formatDate(d.moveInDate) },
              { label: 'Critical Time Intervention phase', value: d.phase.title },
              { label: 'Intensity', value: d.phase.intensity },
              {
                label: 'Acuity tier',
                value: d.acuity?.tier
                  ? `${d.acuity.tier.name} (total ${d.acuity.total})`
                  : 'No completed assessment yet',
              },
            ]}
          />
          <h3>Review dates</h3>
          <ul>
            {d.phase.reviews.map((r) => (
              <li key={r.phase}>
                End of {r.title}: {formatDate(r.reviewDate)}{' '}
                {r.isPast ? <span className="muted">(past)</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>No move-in date yet: the plan’s phase starts at move-in (pre-CTI until then).</p>
      )}
    </section>
  );
}
