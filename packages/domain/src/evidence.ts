import { z } from 'zod';

import {
  checkDisability,
  ZDisabilityEvidenceCheck,
  type DisabilityEvidenceResult,
} from './disability-evidence';
import {
  evidenceLabel,
  evidenceRank,
  THIRD_PARTY_SOURCE_PREFERENCE,
  ZHomelessEvidenceType,
  ZThirdPartySource,
} from './evidence-catalog';
import type { ProgramPolicy } from './policy';
import { resolvePolicy } from './policy';
import { parseInput } from './validation';

export * from './evidence-catalog';

const MAX_SELF_CERTIFIED_MONTHS = 3;
const REQUIRED_MONTHS = 12;
const BREAK_MIN_NIGHTS = 7;
const CATEGORY_1_INSTITUTION_MAX_NIGHTS = 90;

// ---------------------------------------------------------------------------------------------
// Input schemas

const ZMonthsByBestEvidence = z.object({
  third_party: z.number().int().nonnegative().nullish(),
  intake_observation: z.number().int().nonnegative().nullish(),
  self_certification: z.number().int().nonnegative().nullish(),
});

export const ZChronicDurationEvidenceCheck = z.object({
  check: z.literal('chronicDurationEvidence'),
  monthsCounted: z.number().int().nonnegative(),
  monthsByBestEvidence: ZMonthsByBestEvidence,
  rareCircumstanceException: z.boolean().nullish(),
  dueDiligenceForHigherPriorityDocumented: z.boolean().nullish(),
});

export const ZBreakEvidenceCheck = z.object({
  check: z.literal('breakEvidence'),
  breakNights: z.number().int().nonnegative(),
  evidence: ZHomelessEvidenceType.nullish(),
});

export const ZHomelessEvidenceCheck = z.object({
  check: z.literal('homelessEvidence'),
  type: ZHomelessEvidenceType,
  source: ZThirdPartySource.nullish(),
  dueDiligenceForHigherPriorityDocumented: z.boolean().nullish(),
});

export const ZHmisRecordAsThirdPartyCheck = z.object({
  check: z.literal('hmisRecordAsThirdParty'),
  auditableHistory: z.boolean().nullish(),
  preventsDateOverrides: z.boolean().nullish(),
});

export const ZInstitutionExitEvidenceType = z.enum([
  'discharge_paperwork',
  'written_third_party_statement',
  'self_certification',
]);

export const ZInstitutionExitEvidenceCheck = z.object({
  check: z.literal('institutionExitEvidence'),
  stayNights: z.number().int().nonnegative(),
  evidence: ZInstitutionExitEvidenceType.nullish(),
  // The situation before entry: which kind of evidence shows it, or simply whether it is evidenced.
  priorHomelessEvidence: z.union([ZHomelessEvidenceType, z.boolean()]).nullish(),
  dueDiligenceForHigherPriorityDocumented: z.boolean().nullish(),
});

export const ZCheckEvidenceInput = z.discriminatedUnion('check', [
  ZChronicDurationEvidenceCheck,
  ZBreakEvidenceCheck,
  ZDisabilityEvidenceCheck,
  ZHomelessEvidenceCheck,
  ZHmisRecordAsThirdPartyCheck,
  ZInstitutionExitEvidenceCheck,
]);
export type TCheckEvidenceInput = z.input<typeof ZCheckEvidenceInput>;

// ---------------------------------------------------------------------------------------------
// Results

interface EvidenceResultBase {
  acceptable: boolean;
  reasons: string[];
}

export interface ChronicDurationEvidenceResult extends EvidenceResultBase {
  check: 'chronicDurationEvidence';
  usableMonths: number;
  requiresException?: boolean;
}

export interface BreakEvidenceResult extends EvidenceResultBase {
  check: 'breakEvidence';
}

export interface HomelessEvidenceResult extends EvidenceResultBase {
  check: 'homelessEvidence';
  priorityRank: number;
  sourcePreferenceRank?: number;
}

export interface HmisRecordAsThirdPartyResult extends EvidenceResultBase {
  check: 'hmisRecordAsThirdParty';
}

export interface InstitutionExitEvidenceResult extends EvidenceResultBase {
  check: 'institutionExitEvidence';
}

export type CheckEvidenceResult =
  | ChronicDurationEvidenceResult
  | BreakEvidenceResult
  | DisabilityEvidenceResult
  | HomelessEvidenceResult
  | HmisRecordAsThirdPartyResult
  | InstitutionExitEvidenceResult;

type ResultFor<C extends TCheckEvidenceInput['check']> = Extract<CheckEvidenceResult, { check: C }>;

/** One entry point for the evidence rules of RULES.md §9.2, keyed by `check`. */
export function checkEvidence<I extends TCheckEvidenceInput>(
  input: I,
  policy?: Partial<ProgramPolicy>,
): ResultFor<I['check']>;
export function checkEvidence(
  input: TCheckEvidenceInput,
  policy?: Partial<ProgramPolicy>,
): CheckEvidenceResult {
  const parsed = parseInput(ZCheckEvidenceInput, input);
  const settings = resolvePolicy(policy);
  switch (parsed.check) {
    case 'chronicDurationEvidence':
      return checkChronicDuration(parsed);
    case 'breakEvidence':
      return checkBreak(parsed);
    case 'disabilityEvidence':
      return checkDisability(parsed, settings.disabilityConfirmationDays);
    case 'homelessEvidence':
      return checkHomeless(parsed);
    case 'hmisRecordAsThirdParty':
      return checkHmisRecord(parsed);
    case 'institutionExitEvidence':
      return checkInstitutionExit(parsed);
  }
}

function checkChronicDuration(
  input: z.output<typeof ZChronicDurationEvidenceCheck>,
): ChronicDurationEvidenceResult {
  const thirdParty = input.monthsByBestEvidence.third_party ?? 0;
  const intake = input.monthsByBestEvidence.intake_observation ?? 0;
  const selfCertified = input.monthsByBestEvidence.self_certification ?? 0;
  const reasons: string[] = [];
  const exceptionClaimed = input.rareCircumstanceException === true;
  const exceptionApplies = exceptionClaimed && input.dueDiligenceForHigherPriorityDocumented === true;

  const usableSelfCertified = exceptionApplies
    ? selfCertified
    : Math.min(selfCertified, MAX_SELF_CERTIFIED_MONTHS);
  const usableMonths = thirdParty + intake + usableSelfCertified;

  reasons.push(
    `${input.monthsCounted} months counted: ${thirdParty} by third-party evidence, ${intake} by intake-worker observation, ${selfCertified} by self-certification.`,
  );
  if (thirdParty + intake + selfCertified < input.monthsCounted) {
    const missing = input.monthsCounted - thirdParty - intake - selfCertified;
    reasons.push(`${missing} counted month(s) have no documentation at all and cannot be used.`);
  }
  if (exceptionApplies) {
    reasons.push(
      'Rare-circumstance exception with documented due diligence: every self-certified month is usable; the exception counts against the project-level cap.',
    );
  } else {
    if (exceptionClaimed) {
      reasons.push(
        "The rare-circumstance exception needs the worker's documented due diligence to get higher-priority evidence; it is not applied.",
      );
    }
    if (selfCertified > MAX_SELF_CERTIFIED_MONTHS) {
      reasons.push(
        `Only ${MAX_SELF_CERTIFIED_MONTHS} self-certified months may be used; ${selfCertified - MAX_SELF_CERTIFIED_MONTHS} are not usable.`,
      );
    }
  }
  const acceptable = usableMonths >= REQUIRED_MONTHS;
  reasons.push(
    acceptable
      ? `${usableMonths} usable months: enough to document 12 months.`
      : `${usableMonths} usable months: at least 12 are needed, with no more than 3 self-certified.`,
  );
  return {
    check: 'chronicDurationEvidence',
    acceptable,
    usableMonths,
    ...(exceptionApplies ? { requiresException: true } : {}),
    reasons,
  };
}

function checkBreak(input: z.output<typeof ZBreakEvidenceCheck>): BreakEvidenceResult {
  const reasons: string[] = [];
  const isBreak = input.breakNights >= BREAK_MIN_NIGHTS;
  if (!isBreak) {
    reasons.push(
      `${input.breakNights} night(s) away from street, shelter or safe haven is not a break; a break needs at least 7 consecutive nights.`,
    );
  }
  if (input.evidence == null) {
    reasons.push('The break has no documentation; any evidence, self-certification included, would do.');
  } else {
    reasons.push(
      `Breaks may be documented by any evidence, self-certification included; this one is documented by ${evidenceLabel(input.evidence).toLowerCase()}.`,
    );
  }
  return { check: 'breakEvidence', acceptable: isBreak && input.evidence != null, reasons };
}

function checkHomeless(input: z.output<typeof ZHomelessEvidenceCheck>): HomelessEvidenceResult {
  const reasons: string[] = [];
  const priorityRank = evidenceRank(input.type);
  const preference = THIRD_PARTY_SOURCE_PREFERENCE.find((entry) => entry.source === input.source);
  const sourceFields = preference ? { sourcePreferenceRank: preference.rank } : {};
  if (input.type !== 'self_certification') {
    reasons.push(`${evidenceLabel(input.type)} (priority ${priorityRank} of 3): acceptable.`);
    if (preference) reasons.push(`Source: ${preference.label} (preference ${preference.rank} of 5).`);
    return { check: 'homelessEvidence', acceptable: true, priorityRank, ...sourceFields, reasons };
  }
  const acceptable = input.dueDiligenceForHigherPriorityDocumented === true;
  reasons.push(
    acceptable
      ? "Self-certification with the worker's record of the attempts to get third-party evidence or an intake observation: acceptable."
      : "Self-certification is acceptable only with the worker's record of the attempts to get higher-priority evidence; that record is missing.",
  );
  return { check: 'homelessEvidence', acceptable, priorityRank, ...sourceFields, reasons };
}

function checkHmisRecord(input: z.output<typeof ZHmisRecordAsThirdPartyCheck>): HmisRecordAsThirdPartyResult {
  const reasons: string[] = [];
  if (input.auditableHistory !== true) {
    reasons.push('The HMIS must keep an auditable history of every entry (who, when, what changed).');
  }
  if (input.preventsDateOverrides !== true) {
    reasons.push('The HMIS must prevent overriding or changing entry dates.');
  }
  const acceptable = reasons.length === 0;
  if (acceptable) reasons.push('The HMIS record can be used as third-party documentation.');
  return { check: 'hmisRecordAsThirdParty', acceptable, reasons };
}

function checkInstitutionExit(
  input: z.output<typeof ZInstitutionExitEvidenceCheck>,
): InstitutionExitEvidenceResult {
  const reasons: string[] = [];
  const dueDiligence = input.dueDiligenceForHigherPriorityDocumented === true;
  let acceptable = true;

  if (input.stayNights > CATEGORY_1_INSTITUTION_MAX_NIGHTS) {
    acceptable = false;
    reasons.push(
      `The stay lasted ${input.stayNights} nights; a person exiting an institution is literally homeless only after a stay of 90 days or less.`,
    );
  }

  switch (input.evidence) {
    case 'discharge_paperwork':
    case 'written_third_party_statement':
      reasons.push(
        input.evidence === 'discharge_paperwork'
          ? 'Discharge paperwork gives the dates of the stay.'
          : 'A written third-party statement gives the dates of the stay.',
      );
      break;
    case 'self_certification':
      if (dueDiligence) {
        reasons.push(
          "The stay is self-certified, with the worker's record of attempts to get discharge paperwork.",
        );
      } else {
        acceptable = false;
        reasons.push(
          "A self-certified stay needs the worker's record of the attempts to get discharge paperwork or a third-party statement.",
        );
      }
      break;
    default:
      acceptable = false;
      reasons.push('There is no evidence of the institutional stay and its dates.');
  }

  const prior = input.priorHomelessEvidence;
  if (prior == null || prior === false) {
    acceptable = false;
    reasons.push(
      'The street or shelter stay immediately before entering the institution must itself be evidenced.',
    );
  } else if (prior === 'self_certification' && !dueDiligence) {
    acceptable = false;
    reasons.push(
      "The situation before entry is self-certified without the worker's record of attempts to get higher-priority evidence.",
    );
  } else {
    reasons.push('The street or shelter stay before entry is evidenced.');
  }
  return { check: 'institutionExitEvidence', acceptable, reasons };
}
