import type { ChronicAssessment } from './chronic';
import { countedDisabilityEvidence } from './disability-evidence';
import type { THomelessEvidenceType } from './evidence-catalog';
import {
  chronicAssessmentOfFile,
  chronicFactsAndDocumentation,
  determineFromFile,
  currentHomelessCategories,
  type EligibilityFile,
  type FileDetermination,
  type FileSituation,
} from './eligibility-file';
import { missingFromFile, type EligibilityStatus, type MissingFromFileResult } from './eligibility';
import type { ProgramPolicy } from './policy';

/**
 * The standing of an eligibility file: one answer, from one function, to "where does this file
 * stand?", so the intake steps, the determination and the packet never contradict one another.
 */

export type Tone = 'ok' | 'warn' | 'danger' | 'neutral';

/** Self-certification of homelessness is usable only with the worker's record of due diligence. */
export function homelessEvidenceUsable(
  situation: Pick<FileSituation, 'evidenceType' | 'dueDiligenceDocumented'>,
): boolean {
  return situation.evidenceType !== 'self_certification' || situation.dueDiligenceDocumented;
}

export interface SituationStanding {
  state: 'accepted' | 'evidence_short' | 'refused';
  tone: Tone;
  label: string;
}

/**
 * A recorded living situation: accepted only when its category is one the program accepts *and*
 * its evidence can be used; a category met on evidence that cannot be used yet is not "accepted".
 */
export function situationStanding(situation: {
  acceptedByProgram: boolean;
  evidenceUsable: boolean;
}): SituationStanding {
  if (!situation.acceptedByProgram) {
    return { state: 'refused', tone: 'danger', label: 'Refused: the program does not accept this situation' };
  }
  if (!situation.evidenceUsable) {
    return {
      state: 'evidence_short',
      tone: 'warn',
      label: 'The situation meets a category the program accepts, but its evidence cannot be used yet',
    };
  }
  return {
    state: 'accepted',
    tone: 'ok',
    label: 'Accepted: the situation meets a category the program accepts',
  };
}

export interface ChronicStanding {
  state: 'chronic' | 'documentation_short' | 'not_on_facts';
  tone: Tone;
  label: string;
  /** RULES.md §9.1: the facts alone, whatever the evidence. */
  meetsDefinitionOnFacts: boolean;
  onFacts: string;
  /** RULES.md §9.1: null when neither time test is met on the facts. */
  documentationSufficient: boolean | null;
  documentation: string;
}

/** Chronic homelessness, with the facts and the documentation said apart (RULES.md §9.1). */
export function chronicStanding(
  chronic: Pick<ChronicAssessment, 'chronic' | 'meetsDefinitionOnFacts' | 'documentationSufficient'>,
): ChronicStanding {
  const [onFacts = '', documentation = ''] = chronicFactsAndDocumentation(chronic);
  const facts = {
    meetsDefinitionOnFacts: chronic.meetsDefinitionOnFacts,
    onFacts,
    documentationSufficient: chronic.documentationSufficient,
    documentation,
  };
  if (chronic.chronic) {
    return {
      state: 'chronic',
      tone: 'ok',
      label: 'Chronically homeless: met on the facts and documented',
      ...facts,
    };
  }
  if (chronic.meetsDefinitionOnFacts) {
    return {
      state: 'documentation_short',
      tone: 'warn',
      label: 'Meets the definition of chronic homelessness on the facts; the documentation is short',
      ...facts,
    };
  }
  return {
    state: 'not_on_facts',
    tone: 'danger',
    label: 'Does not meet the definition of chronic homelessness on the facts',
    ...facts,
  };
}

export type FileStandingStatus = EligibilityStatus | 'not_determined';

export const FILE_STANDING_LABELS: Record<FileStandingStatus, { label: string; tone: Tone }> = {
  eligible: { label: 'Eligible', tone: 'ok' },
  pending_disability_verification: { label: 'Pending disability verification', tone: 'warn' },
  verification_overdue: { label: 'Disability verification overdue', tone: 'danger' },
  ineligible: { label: 'Ineligible', tone: 'danger' },
  not_determined: { label: 'Not determined yet', tone: 'neutral' },
};

export interface FileStandingInput {
  file: EligibilityFile;
  applicationDate: string;
  /** The determination's date, or today for the file as it stands. */
  asOfDate: string;
  hasCesReferral: boolean;
  requiresChronicHomelessness: boolean;
}

export interface FileStanding {
  status: FileStandingStatus;
  label: string;
  tone: Tone;
  /** Why: the determination's reasons, or what has not been entered yet. */
  reasons: string[];
  disabilityVerificationDeadline: string | null;
  situation: SituationStanding | null;
  chronic: ChronicAssessment;
  chronicStanding: ChronicStanding;
  missing: MissingFromFileResult;
  /** What a determination recorded on `asOfDate` would say. */
  determination: FileDetermination;
}

/**
 * Where the file stands on a date: the determination it would get (determineFromFile), what is
 * still missing (missingFromFile), the current situation and chronic homelessness, all from the
 * same file. Before a living situation and any disability evidence are entered it is "not
 * determined yet", not "ineligible" (unless the situation recorded is one the program refuses).
 */
export function fileStanding(input: FileStandingInput, policy?: Partial<ProgramPolicy>): FileStanding {
  const { file } = input;
  const determination = determineFromFile(
    file,
    {
      applicationDate: input.applicationDate,
      determinationDate: input.asOfDate,
      requiresChronicHomelessness: input.requiresChronicHomelessness,
    },
    policy,
  );
  const chronic = determination.chronic ?? chronicAssessmentOfFile(file, input.asOfDate);
  const missing = missingFromFile(
    {
      determinationDate: input.asOfDate,
      applicationDate: input.applicationDate,
      hasCesReferral: input.hasCesReferral,
      homelessCategories: file.situations.length > 0 ? currentHomelessCategories(file) : null,
      homelessEvidence: file.situations.map((s) => ({
        type: s.evidenceType,
        date: s.evidenceDate,
        source: s.evidenceSource,
        dueDiligenceForHigherPriorityDocumented: s.dueDiligenceDocumented,
      })),
      disabilityEvidence: countedDisabilityEvidence(file.disability).map((d) => ({
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
  const latest = file.situations[0] ?? null;
  const situation = latest
    ? situationStanding({
        acceptedByProgram: latest.acceptedByProgram,
        evidenceUsable: homelessEvidenceUsable(latest),
      })
    : null;

  const notEntered: string[] = [];
  if (!latest) notEntered.push('No living situation is recorded yet (step 1).');
  if (file.disability.length === 0) notEntered.push('No disability evidence is entered yet.');
  const refused = situation?.state === 'refused';
  const status: FileStandingStatus =
    notEntered.length > 0 && !refused ? 'not_determined' : determination.status;
  const { label, tone } = FILE_STANDING_LABELS[status];
  return {
    status,
    label,
    tone,
    reasons: status === 'not_determined' ? notEntered : determination.reasons,
    disabilityVerificationDeadline: determination.disabilityVerificationDeadline,
    situation,
    chronic,
    chronicStanding: chronicStanding(chronic),
    missing,
    determination,
  };
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
