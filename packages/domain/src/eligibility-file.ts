import { assessChronicHomelessness, type ChronicAssessment, type TStayLocation } from './chronic';
import {
  countedDisabilityEvidence,
  hasQualifyingDisabilityOnFile,
  type DisabilityRecord,
} from './disability-evidence';
import {
  checkLiteralHomelessnessWindow,
  determineEligibility,
  type EligibilityDetermination,
  type EligibilityStatus,
  type TDetermineEligibilityInput,
} from './eligibility';
import type { THomelessEvidenceType, ThirdPartySource } from './evidence-catalog';
import type { ProgramPolicy, THomelessCategory } from './policy';

/**
 * The eligibility file of an application (what intake recorded), turned into the inputs of the
 * RULES.md §9 functions, and the determination made from it.
 */

/** A recorded living situation with its classification and evidence. */
export interface FileSituation {
  categories: readonly number[];
  acceptedByProgram: boolean;
  reasons: readonly string[];
  evidenceType: THomelessEvidenceType;
  evidenceSource: ThirdPartySource | null;
  evidenceDate: string;
  dueDiligenceDocumented: boolean;
}

export interface FileStay {
  startDate: string;
  endDate: string;
  location: TStayLocation;
  documentation: THomelessEvidenceType | null;
}

export interface FileDisability extends DisabilityRecord {
  disabledMember: 'head_of_household' | 'spouse' | 'other_adult' | 'child';
}

export interface EligibilityFile {
  /** The latest first: the first is the current situation. */
  situations: readonly FileSituation[];
  stays: readonly FileStay[];
  disability: readonly FileDisability[];
}

/** Dates of the homeless evidence usable for literal homelessness: self-certification needs due diligence. */
export function usableHomelessEvidenceDates(
  situations: readonly Pick<FileSituation, 'evidenceType' | 'dueDiligenceDocumented' | 'evidenceDate'>[],
): string[] {
  return situations
    .filter((s) => s.evidenceType !== 'self_certification' || s.dueDiligenceDocumented)
    .map((s) => s.evidenceDate);
}

/** The homeless categories of the current situation (none when no situation is recorded). */
export function currentHomelessCategories(file: Pick<EligibilityFile, 'situations'>): THomelessCategory[] {
  return [...(file.situations[0]?.categories ?? [])] as THomelessCategory[];
}

/** The input of determineEligibility from the file, as of a date. */
export function eligibilityInputOfFile(
  file: Pick<EligibilityFile, 'situations' | 'disability'>,
  dates: { applicationDate: string; asOfDate: string },
): TDetermineEligibilityInput {
  const counted = countedDisabilityEvidence(file.disability);
  const qualifying = counted.find((d) => d.type !== 'self_report');
  return {
    applicationDate: dates.applicationDate,
    asOfDate: dates.asOfDate,
    homelessCategories: currentHomelessCategories(file),
    disability: {
      qualifying: qualifying ? true : null,
      disabledMember: qualifying?.disabledMember ?? null,
      evidence: counted.map((d) => ({ type: d.type, date: d.evidenceDate })),
    },
  };
}

/** Eligibility on the file as it stands on a date (what the disability screens show). */
export function eligibilityOfFile(
  file: Pick<EligibilityFile, 'situations' | 'disability'>,
  dates: { applicationDate: string; asOfDate: string },
  policy?: Partial<ProgramPolicy>,
): EligibilityDetermination {
  return determineEligibility(eligibilityInputOfFile(file, dates), policy);
}

/** The chronic homelessness assessment of the file's stays, as of a date. */
export function chronicAssessmentOfFile(
  file: Pick<EligibilityFile, 'stays' | 'disability'>,
  asOfDate: string,
): ChronicAssessment {
  return assessChronicHomelessness({
    asOfDate,
    hasQualifyingDisability: hasQualifyingDisabilityOnFile(file.disability),
    stays: file.stays.map((s) => ({
      start: s.startDate,
      end: s.endDate,
      location: s.location,
      documentation: s.documentation,
    })),
  });
}

export interface FileDetermination {
  status: EligibilityStatus;
  homelessCategories: THomelessCategory[];
  disabilityVerificationDeadline: string | null;
  reasons: string[];
  /** What the determination rested on, kept with it. */
  basis: Record<string, unknown>;
  /** The chronic assessment, when the unit requires chronic homelessness. */
  chronic: ChronicAssessment | null;
}

export const CHRONIC_REQUIRED_REASON =
  'The unit is dedicated to chronically homeless households and chronic homelessness is not established.';

/**
 * The eligibility determination made from the file on a date: determineEligibility, with the
 * program's refusal of the current situation, the 14-day documentation window, and — when the
 * unit is dedicated to chronically homeless households — ineligible unless chronic is established.
 */
export function determineFromFile(
  file: EligibilityFile,
  facts: { applicationDate: string; determinationDate: string; requiresChronicHomelessness: boolean },
  policy?: Partial<ProgramPolicy>,
): FileDetermination {
  const input = eligibilityInputOfFile(file, {
    applicationDate: facts.applicationDate,
    asOfDate: facts.determinationDate,
  });
  const result = determineEligibility(input, policy);
  let status = result.status;
  const reasons = [...result.reasons];
  const latest = file.situations[0];
  if (latest && !latest.acceptedByProgram) {
    reasons.push(...latest.reasons.filter((r) => r.startsWith('Not accepted')));
  }
  const evidenceDates = usableHomelessEvidenceDates(file.situations);
  const window = checkLiteralHomelessnessWindow(
    { determinationDate: facts.determinationDate, evidenceDates },
    policy,
  );
  reasons.push(...window.reasons);
  let chronic: ChronicAssessment | null = null;
  if (facts.requiresChronicHomelessness) {
    chronic = chronicAssessmentOfFile(file, facts.determinationDate);
    if (!chronic.chronic) {
      status = 'ineligible';
      reasons.push(CHRONIC_REQUIRED_REASON, ...chronic.reasons);
    }
  }
  return {
    status,
    homelessCategories: [...input.homelessCategories],
    disabilityVerificationDeadline: result.disabilityVerificationDeadline,
    reasons,
    basis: {
      ...input,
      homelessEvidenceDates: evidenceDates,
      literalHomelessnessWindow: { withinWindow: window.withinWindow, windowStart: window.windowStart },
      chronic: chronic
        ? { chronic: chronic.chronic, path: chronic.path, monthsCounted: chronic.monthsCounted }
        : null,
    },
    chronic,
  };
}
