import { assessChronicHomelessness, type ChronicAssessment, type TStay, type TStayLocation } from './chronic';
import { longDate } from './dates';
import { evidenceLabel } from './evidence';
import { currentSituationStay, type SituationStay } from './stays';
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
  /** The situation itself (intake step 1), e.g. `place_not_meant_for_habitation`, with its facts. */
  livingSituation?: string | null | undefined;
  facts?: Record<string, unknown> | null | undefined;
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

/**
 * The stays the chronic assessment reads as of a date: the recorded stays, and the current
 * situation of step 1 for the nights from its date to `asOfDate` that no stay covers.
 */
export function chronicStaysOfFile(
  file: Pick<EligibilityFile, 'situations' | 'stays'>,
  asOfDate: string,
): { stays: TStay[]; fromSituation: SituationStay | null } {
  const stays: TStay[] = file.stays.map((s) => ({
    start: s.startDate,
    end: s.endDate,
    location: s.location,
    documentation: s.documentation,
  }));
  const fromSituation = currentSituationStay(file.situations[0], file.stays, asOfDate);
  return { stays: fromSituation ? [...stays, fromSituation] : stays, fromSituation };
}

/** The chronic homelessness assessment of the file's history (with the current situation), as of a date. */
export function chronicAssessmentOfFile(
  file: Pick<EligibilityFile, 'situations' | 'stays' | 'disability'>,
  asOfDate: string,
): ChronicAssessment {
  const { stays, fromSituation } = chronicStaysOfFile(file, asOfDate);
  const chronic = assessChronicHomelessness({
    asOfDate,
    hasQualifyingDisability: hasQualifyingDisabilityOnFile(file.disability),
    stays,
  });
  if (!fromSituation) return chronic;
  const nights =
    fromSituation.start === fromSituation.end
      ? `The night of ${longDate(fromSituation.end)}`
      : `The nights from ${longDate(fromSituation.start)} to ${longDate(fromSituation.end)}`;
  return {
    ...chronic,
    reasons: [
      `${nights}: ${STAY_LOCATION_WORDS[fromSituation.location]}, as the current living situation records (${evidenceLabel(fromSituation.documentation).toLowerCase()}).`,
      ...chronic.reasons,
    ],
  };
}

const STAY_LOCATION_WORDS: Record<TStayLocation, string> = {
  place_not_meant_for_habitation: 'a place not meant for human habitation',
  emergency_shelter: 'an emergency shelter',
  safe_haven: 'a safe haven',
  institution: 'an institution',
  transitional_housing: 'transitional housing',
  housed: 'housed',
  unknown: 'an unknown place',
};

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

export const SELF_CERTIFICATION_UNUSABLE_REASON =
  "The self-certification of homelessness cannot be used: the worker's record of the attempts to get third-party evidence or an intake observation is missing.";

/** The facts and the documentation of chronic homelessness, said apart (RULES.md §9.1). */
export function chronicFactsAndDocumentation(
  chronic: Pick<ChronicAssessment, 'meetsDefinitionOnFacts' | 'documentationSufficient'>,
): string[] {
  return [
    chronic.meetsDefinitionOnFacts
      ? 'On the facts, the household meets the definition of chronic homelessness.'
      : 'On the facts, the household does not meet the definition of chronic homelessness.',
    chronic.documentationSufficient === null
      ? 'The documentation is not weighed: no 12 months are counted on the facts.'
      : chronic.documentationSufficient
        ? 'The documentation of chronic homelessness is sufficient.'
        : chronic.meetsDefinitionOnFacts
          ? 'The documentation of chronic homelessness is short of what HUD requires: only the documentation is missing.'
          : 'The documentation of chronic homelessness is short of what HUD requires.',
  ];
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
  if (latest && latest.evidenceType === 'self_certification' && !latest.dueDiligenceDocumented) {
    reasons.push(SELF_CERTIFICATION_UNUSABLE_REASON);
  }
  reasons.push(...window.reasons);
  // Eligibility rests on homelessness documented by usable evidence within the window: without
  // it the file cannot be eligible, whatever the disability evidence says.
  if (!window.withinWindow) status = 'ineligible';
  let chronic: ChronicAssessment | null = null;
  if (facts.requiresChronicHomelessness) {
    chronic = chronicAssessmentOfFile(file, facts.determinationDate);
    if (!chronic.chronic) {
      status = 'ineligible';
      reasons.push(CHRONIC_REQUIRED_REASON, ...chronicFactsAndDocumentation(chronic), ...chronic.reasons);
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
        ? {
            chronic: chronic.chronic,
            path: chronic.path,
            monthsCounted: chronic.monthsCounted,
            meetsDefinitionOnFacts: chronic.meetsDefinitionOnFacts,
            documentationSufficient: chronic.documentationSufficient,
          }
        : null,
    },
    chronic,
  };
}
