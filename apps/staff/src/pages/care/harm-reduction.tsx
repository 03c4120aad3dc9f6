import { formatDate, type RouterOutputs } from '@hearth/ui';
import { HarmReductionForm } from './harm-reduction-form';

const PRE_LINE = { whiteSpace: 'pre-line' } as const;

type Plans = RouterOutputs['staff']['harmReduction']['list'];

/** Harm-reduction plans to prevent eviction: the options weighed with the tenant, and a new plan. */
export function HarmReduction({
  personId,
  plans,
  onDone,
}: {
  personId: string;
  plans: Plans;
  onDone: () => void;
}) {
  return (
    <section aria-labelledby="hr-heading">
      <h2 id="hr-heading">Harm-reduction plans to prevent eviction</h2>
      {plans.map((p) => (
        <article
          key={p.id}
          className="card"
          aria-label={`Harm-reduction plan of ${formatDate(p.identifiedOn)}`}
        >
          <p>
            <strong>Housing risk:</strong> {p.housingRisk}
          </p>
          <div className="table-wrap">
            <table>
              <caption>
                Options weighed with the tenant ({formatDate(p.identifiedOn)}); follow up{' '}
                {formatDate(p.followUpDate)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Option</th>
                  <th scope="col">Factors in favour</th>
                  <th scope="col">Factors against</th>
                  <th scope="col">Non-negotiable: landlord</th>
                  <th scope="col">Non-negotiable: tenant</th>
                </tr>
              </thead>
              <tbody>
                {p.options.map((o, i) => (
                  <tr key={i}>
                    <th scope="row">
                      {o.option}
                      {p.chosenOption === i && (
                        <>
                          {' '}
                          <span className="badge badge-ok">Chosen</span>
                        </>
                      )}
                    </th>
                    <td style={PRE_LINE}>{o.factorsFor}</td>
                    <td style={PRE_LINE}>{o.factorsAgainst}</td>
                    <td style={PRE_LINE}>{o.landlordNonNegotiable}</td>
                    <td style={PRE_LINE}>{o.tenantNonNegotiable}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </article>
      ))}
      <HarmReductionForm personId={personId} onDone={onDone} />
    </section>
  );
}
