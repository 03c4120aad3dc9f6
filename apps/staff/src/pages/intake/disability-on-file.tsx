import { EmptyState, formatDate, Reasons, type RouterOutputs } from '@hearth/ui';
import { DISABLED_MEMBER_OPTIONS, disabilityTypeLabel, StatusBadge } from './labels';

type OnFile = RouterOutputs['staff']['disability']['list'];

/** The eligibility the disability evidence gives today, and the evidence on file. */
export function DisabilityOnFile({ eligibility, evidence }: OnFile) {
  return (
    <>
      <div className="card" aria-labelledby="eligibility-now">
        <h3 id="eligibility-now">Eligibility on the file today</h3>
        <p>
          <StatusBadge status={eligibility.status} />
        </p>
        {eligibility.disabilityVerificationDeadline && (
          <p>
            <strong>
              Disability confirmation due by {formatDate(eligibility.disabilityVerificationDeadline)}
            </strong>{' '}
            (45 days from the application date): a licensed professional’s, SSA’s or a disability benefit’s
            written verification.
          </p>
        )}
        <Reasons reasons={eligibility.reasons} label="Reasons:" />
      </div>
      {evidence.length === 0 ? (
        <EmptyState title="No disability evidence yet" />
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Disability evidence on file</caption>
            <thead>
              <tr>
                <th scope="col">Evidence</th>
                <th scope="col">Date</th>
                <th scope="col">Who</th>
                <th scope="col">Accepted?</th>
              </tr>
            </thead>
            <tbody>
              {evidence.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    {disabilityTypeLabel(e.type)}
                    {e.credential
                      ? ` (${e.credential}${e.professionalName ? `, ${e.professionalName}` : ''})`
                      : ''}
                    {e.benefit ? ` (${e.benefit})` : ''}
                  </th>
                  <td>{formatDate(e.evidenceDate)}</td>
                  <td>
                    {DISABLED_MEMBER_OPTIONS.find((o) => o.value === e.disabledMember)?.label ??
                      e.disabledMember}
                  </td>
                  <td>
                    {e.isAcceptable ? (e.isProvisional ? 'Provisionally' : 'Yes') : 'No'}
                    <Reasons reasons={e.reasons} />
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
