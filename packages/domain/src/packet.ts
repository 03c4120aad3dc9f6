import type { ChronicAssessment } from './chronic';
import { countedDisabilityEvidence } from './disability-evidence';
import {
  chronicAssessmentOfFile,
  currentHomelessCategories,
  type FileDisability,
  type FileSituation,
  type FileStay,
} from './eligibility-file';
import { missingFromFile, type MissingFromFileResult } from './eligibility';
import { compareDates } from './dates';
import {
  CONFIRMING_DISABILITY_EVIDENCE,
  evidenceRank,
  THIRD_PARTY_SOURCE_PREFERENCE,
  type TDisabilityEvidenceType,
  type THomelessEvidenceType,
} from './evidence-catalog';
import type { ProgramPolicy } from './policy';

/**
 * The eligibility packet: the file's evidence in HUD's order and what is still missing.
 */

const DISABILITY_ORDER: readonly TDisabilityEvidenceType[] = [
  ...CONFIRMING_DISABILITY_EVIDENCE,
  'intake_staff_observation',
  'self_report',
];

const sourceRank = (source: string | null) =>
  THIRD_PARTY_SOURCE_PREFERENCE.find((entry) => entry.source === source)?.rank ?? 99;

/** Homeless evidence by HUD's order of priority, then the order of preference of sources, newest first. */
export function orderHomelessEvidence<
  T extends Pick<FileSituation, 'evidenceType' | 'evidenceSource' | 'evidenceDate'>,
>(situations: readonly T[]): T[] {
  return [...situations].sort(
    (a, b) =>
      evidenceRank(a.evidenceType) - evidenceRank(b.evidenceType) ||
      sourceRank(a.evidenceSource) - sourceRank(b.evidenceSource) ||
      compareDates(b.evidenceDate, a.evidenceDate),
  );
}

/** Disability evidence: confirming kinds first (professional, SSA, benefit), then observation, then self-report; oldest first. */
export function orderDisabilityEvidence<T extends Pick<FileDisability, 'type' | 'evidenceDate'>>(
  records: readonly T[],
): T[] {
  return [...records].sort(
    (a, b) =>
      DISABILITY_ORDER.indexOf(a.type) - DISABILITY_ORDER.indexOf(b.type) ||
      compareDates(a.evidenceDate, b.evidenceDate),
  );
}

/** The months counted on the facts, by the best evidence that documents each. */
export function monthsByBestEvidence(chronic: ChronicAssessment): Record<THomelessEvidenceType, number> {
  const months = { third_party: 0, intake_observation: 0, self_certification: 0 };
  for (const month of chronic.months) {
    if (month.countedOnFacts && month.bestEvidence) months[month.bestEvidence] += 1;
  }
  return months;
}

/** The history is episodic (four occasions) rather than one continuous year. */
export function isEpisodic(chronic: ChronicAssessment): boolean {
  return (
    chronic.path === 'four_occasions_12_months' ||
    (chronic.occasions >= 4 && chronic.currentOccasionMonths < 12)
  );
}

export interface EligibilityPacketInput<S extends FileSituation, D extends FileDisability> {
  situations: readonly S[];
  stays: readonly FileStay[];
  disability: readonly D[];
  applicationDate: string;
  /** The determination in force's date, or today when there is none. */
  determinationDate: string;
  hasCesReferral: boolean;
  requiresChronicHomelessness: boolean;
}

export interface EligibilityPacket<S, D> {
  homelessEvidence: S[];
  disabilityEvidence: D[];
  chronic: ChronicAssessment;
  missing: MissingFromFileResult;
}

/**
 * Every piece of evidence in HUD's order (homelessness by priority and preference, disability by
 * kind) with the chronic assessment as of the determination, and what the file still lacks.
 */
export function eligibilityPacket<S extends FileSituation, D extends FileDisability>(
  input: EligibilityPacketInput<S, D>,
  policy?: Partial<ProgramPolicy>,
): EligibilityPacket<S, D> {
  const chronic = chronicAssessmentOfFile(input, input.determinationDate);
  const homelessEvidence = orderHomelessEvidence(input.situations);
  const missing = missingFromFile(
    {
      determinationDate: input.determinationDate,
      applicationDate: input.applicationDate,
      hasCesReferral: input.hasCesReferral,
      homelessCategories: input.situations.length > 0 ? currentHomelessCategories(input) : null,
      homelessEvidence: homelessEvidence.map((s) => ({
        type: s.evidenceType,
        date: s.evidenceDate,
        source: s.evidenceSource,
        dueDiligenceForHigherPriorityDocumented: s.dueDiligenceDocumented,
      })),
      disabilityEvidence: countedDisabilityEvidence(input.disability).map((d) => ({
        type: d.type,
        date: d.evidenceDate,
      })),
      chronicHomelessness: {
        required: input.requiresChronicHomelessness,
        monthsByBestEvidence: monthsByBestEvidence(chronic),
        episodic: isEpisodic(chronic),
        documentedBreaks: chronic.breaks.length,
      },
    },
    policy,
  );
  return {
    homelessEvidence,
    disabilityEvidence: orderDisabilityEvidence(input.disability),
    chronic,
    missing,
  };
}
