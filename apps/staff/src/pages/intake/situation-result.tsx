import {
  homelessEvidenceUsable,
  SELF_CERTIFICATION_UNUSABLE_REASON,
  situationStanding,
} from '@hearth/domain';
import { formatDate, Reasons, type RouterOutputs } from '@hearth/ui';
import { CATEGORY_LABELS, HOMELESS_EVIDENCE_LABELS, SOURCE_LABELS, TONE_ALERT, TONE_BADGE } from './labels';

export type LatestSituation = RouterOutputs['staff']['applications']['get']['latestSituation'];
type Recorded = RouterOutputs['staff']['homelessness']['recordSituation'];

/**
 * The answer to a situation just recorded: accepted, refused, or a category met on evidence that
 * cannot be used yet (never "Accepted" in green with the evidence refused inside it), and why.
 */
export function SituationResult({ result }: { result: Recorded }) {
  const standing = situationStanding({
    acceptedByProgram: result.acceptedByProgram,
    evidenceUsable: result.evidence.acceptable,
  });
  return (
    <div className={`alert ${TONE_ALERT[standing.tone]}`} role="status">
      <h3>{standing.label}</h3>
      <Reasons reasons={result.reasons} label="Reasons:" />
      {!result.evidence.acceptable && (
        <Reasons reasons={result.evidence.reasons} label="About the evidence:" />
      )}
    </div>
  );
}

/** The situation on file, before a new one is recorded. */
export function SituationOnFile({ latest }: { latest: NonNullable<LatestSituation> }) {
  const standing = situationStanding({
    acceptedByProgram: latest.acceptedByProgram,
    evidenceUsable: homelessEvidenceUsable(latest),
  });
  return (
    <div className="card">
      <h3>On file</h3>
      <p>
        <span className={`badge ${TONE_BADGE[standing.tone]}`}>{SITUATION_BADGE[standing.state]}</span>{' '}
        {latest.categories.length
          ? latest.categories.map((c) => CATEGORY_LABELS[c]).join('; ')
          : 'No HUD category met'}
      </p>
      <p>
        Evidence: {HOMELESS_EVIDENCE_LABELS[latest.evidenceType]}
        {latest.evidenceSource ? ` (${SOURCE_LABELS[latest.evidenceSource]})` : ''},{' '}
        {formatDate(latest.evidenceDate)}
      </p>
      {standing.state === 'evidence_short' && <p>{SELF_CERTIFICATION_UNUSABLE_REASON}</p>}
      <Reasons reasons={latest.reasons} label="Reasons:" />
    </div>
  );
}

const SITUATION_BADGE = {
  accepted: 'Accepted',
  evidence_short: 'Evidence cannot be used yet',
  refused: 'Refused',
} as const;
