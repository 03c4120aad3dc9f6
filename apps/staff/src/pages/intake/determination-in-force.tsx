import { formatDate, Reasons, Timestamp, type RouterOutputs } from '@hearth/ui';
import { CATEGORY_LABELS, StatusBadge } from './labels';

type Determination = RouterOutputs['staff']['determinations']['list'][number];

/** The determination in force: its result, reasons, who recorded it and the policy it used. */
export function DeterminationInForce({ determination: d }: { determination: Determination }) {
  return (
    <div className="card" aria-labelledby="current-determination">
      <h3 id="current-determination">In force: determined {formatDate(d.determinationDate)}</h3>
      <p>
        <StatusBadge status={d.status} />
      </p>
      {d.disabilityVerificationDeadline && (
        <p>
          <strong>Disability confirmation due by {formatDate(d.disabilityVerificationDeadline)}</strong>
        </p>
      )}
      <p>
        Homeless categories:{' '}
        {d.homelessCategories.length
          ? d.homelessCategories.map((c) => CATEGORY_LABELS[c]).join('; ')
          : 'none'}
      </p>
      <Reasons reasons={d.reasons} label="Reasons:" />
      <p className="muted">
        Recorded <Timestamp at={d.determinedAt} /> by {d.determinedByName}.
        {d.notes ? ` Notes: ${d.notes}` : ''}
      </p>
      <details>
        <summary>Program policy used</summary>
        <ul>
          {Object.entries(d.policy as Record<string, unknown>).map(([key, value]) => (
            <li key={key}>
              {key}: {Array.isArray(value) ? value.join(', ') : String(value)}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
