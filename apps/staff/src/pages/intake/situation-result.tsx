import { formatDate, Reasons, type RouterOutputs } from '@hearth/ui';
import { CATEGORY_LABELS, HOMELESS_EVIDENCE_LABELS, SOURCE_LABELS } from './labels';

export type LatestSituation = RouterOutputs['staff']['applications']['get']['latestSituation'];
type Recorded = RouterOutputs['staff']['homelessness']['recordSituation'];

/** The answer to a situation just recorded: accepted or refused, and why. */
export function SituationResult({ result }: { result: Recorded }) {
  return (
    <div className={`alert ${result.acceptedByProgram ? 'alert-ok' : 'alert-error'}`} role="status">
      <h3>
        {result.acceptedByProgram
          ? 'Accepted: the situation meets a category the program accepts'
          : 'Refused: the program does not accept this situation'}
      </h3>
      <Reasons reasons={result.reasons} label="Reasons:" />
      {!result.evidence.acceptable && (
        <Reasons reasons={result.evidence.reasons} label="About the evidence:" />
      )}
    </div>
  );
}

/** The situation on file, before a new one is recorded. */
export function SituationOnFile({ latest }: { latest: NonNullable<LatestSituation> }) {
  return (
    <div className="card">
      <h3>On file</h3>
      <p>
        <span className={`badge ${latest.acceptedByProgram ? 'badge-ok' : 'badge-danger'}`}>
          {latest.acceptedByProgram ? 'Accepted' : 'Refused'}
        </span>{' '}
        {latest.categories.length
          ? latest.categories.map((c) => CATEGORY_LABELS[c]).join('; ')
          : 'No HUD category met'}
      </p>
      <p>
        Evidence: {HOMELESS_EVIDENCE_LABELS[latest.evidenceType]}
        {latest.evidenceSource ? ` (${SOURCE_LABELS[latest.evidenceSource]})` : ''},{' '}
        {formatDate(latest.evidenceDate)}
      </p>
      <Reasons reasons={latest.reasons} label="Reasons:" />
    </div>
  );
}
