import type { ChronicAssessment } from './chronic';
import type { FileDisability, FileSituation, FileStay } from './eligibility-file';
import type { MissingFromFileResult } from './eligibility';
import { compareDates } from './dates';
import {
  CONFIRMING_DISABILITY_EVIDENCE,
  evidenceRank,
  THIRD_PARTY_SOURCE_PREFERENCE,
  type TDisabilityEvidenceType,
} from './evidence-catalog';
import type { ProgramPolicy } from './policy';
import { fileStanding, type FileStanding } from './standing';

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
  /** Where the file stands on the determination date: the same answer the intake steps give. */
  standing: FileStanding;
}

/**
 * Every piece of evidence in HUD's order (homelessness by priority and preference, disability by
 * kind) with the standing of the file as of the determination: its chronic assessment and what
 * the file still lacks.
 */
export function eligibilityPacket<S extends FileSituation, D extends FileDisability>(
  input: EligibilityPacketInput<S, D>,
  policy?: Partial<ProgramPolicy>,
): EligibilityPacket<S, D> {
  const standing = fileStanding(
    {
      file: input,
      applicationDate: input.applicationDate,
      asOfDate: input.determinationDate,
      hasCesReferral: input.hasCesReferral,
      requiresChronicHomelessness: input.requiresChronicHomelessness,
    },
    policy,
  );
  return {
    homelessEvidence: orderHomelessEvidence(input.situations),
    disabilityEvidence: orderDisabilityEvidence(input.disability),
    chronic: standing.chronic,
    missing: standing.missing,
    standing,
  };
}
