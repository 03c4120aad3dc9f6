import { EmptyState, formatDate, formatMonth, Reasons, type RouterOutputs } from '@hearth/ui';
import { chronicStanding } from '@hearth/domain';
import { HOMELESS_EVIDENCE_LABELS, SOURCE_LABELS, STAY_LOCATION_LABELS, TONE_BADGE } from './labels';

type History = RouterOutputs['staff']['stays']['list'];

const MONTH_STATUS: Record<string, string> = {
  counted: 'Counted',
  self_certified: 'Counted (self-certified)',
  break: 'Break (7 nights or more housed)',
  not_documented: 'Not documented',
  not_homeless: 'Not homeless',
};

/** The stays on file, oldest first, each with a Remove button. */
export function StaysTable({
  stays,
  removing,
  onRemove,
}: {
  stays: History['stays'];
  removing: boolean;
  onRemove: (stayId: string) => void;
}) {
  if (stays.length === 0) return <EmptyState title="No stays recorded yet" />;
  return (
    <div className="table-wrap">
      <table>
        <caption>Stays, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Dates</th>
            <th scope="col">Where</th>
            <th scope="col">Evidence</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {stays.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                {formatDate(s.startDate)} to {formatDate(s.endDate)}
              </th>
              <td>
                {STAY_LOCATION_LABELS[s.location] ?? s.location}
                {s.locationDescription ? `: ${s.locationDescription}` : ''}
              </td>
              <td>
                {s.documentation ? HOMELESS_EVIDENCE_LABELS[s.documentation] : 'None'}
                {s.source ? ` (${SOURCE_LABELS[s.source]})` : ''}
              </td>
              <td>
                <button type="button" className="button" disabled={removing} onClick={() => onRemove(s.id)}>
                  Remove
                  <span className="visually-hidden"> the stay from {formatDate(s.startDate)}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The chronic-homelessness assessment, and what each month of the look-back counts as. */
export function ChronicMonths({ chronic }: { chronic: History['chronic'] }) {
  const standing = chronicStanding(chronic);
  return (
    <>
      <div className="card" aria-labelledby="chronic-heading">
        <h3 id="chronic-heading">
          Chronic homelessness: <span className={`badge ${TONE_BADGE[standing.tone]}`}>{standing.label}</span>
        </h3>
        <ul>
          <li>{standing.onFacts}</li>
          <li>{standing.documentation}</li>
        </ul>
        <p>
          {chronic.monthsCounted} month(s) counted of 12, on {chronic.occasions} occasion(s);{' '}
          {chronic.selfCertifiedMonths} self-certified (3 at most).
        </p>
        <Reasons reasons={chronic.reasons} label="Reasons:" />
      </div>
      {chronic.months.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>
              Month by month since {formatDate(chronic.lookbackStart)}: what each month counts as, and the
              evidence that would change it
            </caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Status</th>
                <th scope="col">Best evidence</th>
                <th scope="col">Nights homeless</th>
              </tr>
            </thead>
            <tbody>
              {chronic.months.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{formatMonth(m.month)}</th>
                  <td>
                    {MONTH_STATUS[m.status] ?? m.status}
                    {m.inCurrentOccasion ? ' — current occasion' : ''}
                  </td>
                  <td>
                    {m.bestEvidence
                      ? HOMELESS_EVIDENCE_LABELS[m.bestEvidence]
                      : m.status === 'not_documented'
                        ? 'None: add third-party or intake-worker evidence to count it'
                        : '—'}
                  </td>
                  <td>{m.homelessNights}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
