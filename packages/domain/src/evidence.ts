import { z } from 'zod';

import { addDays, compareDates } from './dates';
import type { ProgramPolicy } from './policy';
import { resolvePolicy } from './policy';
import { parseInput, ZIsoDate } from './validation';

/** HUD's order of priority for homelessness documentation (578.103(a)(4); Maine PSHP page). */
export const EVIDENCE_PRIORITY = [
  {
    type: 'third_party',
    rank: 1,
    label: 'Third-party verification',
    description:
      'HMIS record, written referral or written observation by an outreach worker, provider or community member',
  },
  {
    type: 'intake_observation',
    rank: 2,
    label: 'Intake-worker observation',
    description:
      "The intake worker's written observation, used where third-party verification is not available",
  },
  {
    type: 'self_certification',
    rank: 3,
    label: 'Self-certification',
    description:
      "The applicant's signed certification, with the worker's record of the attempts to get higher-priority evidence",
  },
] as const;

export const ZHomelessEvidenceType = z.enum(['third_party', 'intake_observation', 'self_certification']);
export type THomelessEvidenceType = z.infer<typeof ZHomelessEvidenceType>;

/** Rank of an evidence type, 1 (best) to 3. */
export function evidenceRank(type: THomelessEvidenceType): number {
  return EVIDENCE_PRIORITY.findIndex((entry) => entry.type === type) + 1;
}

export function evidenceLabel(type: THomelessEvidenceType): string {
  return EVIDENCE_PRIORITY.find((entry) => entry.type === type)?.label ?? type;
}

/** The Maine PSHP order of preference among third-party sources (then self-certification). */
export const THIRD_PARTY_SOURCE_PREFERENCE = [
  {
    source: 'hmis_record',
    rank: 1,
    label: 'HMIS record',
    description:
      'A report designed by the CoC HMIS lead agency, or a screenshot showing the client name, shelter name and entry/exit dates (or dates and place of case manager observation), with the name and signature of the person submitting it',
  },
  {
    source: 'housing_or_service_provider_or_institution',
    rank: 2,
    label: 'Housing or service provider, or institution',
    description:
      'Third-party verification from a housing or service provider, or institutional documentation',
  },
  {
    source: 'community_member_without_personal_relationship',
    rank: 3,
    label: 'Community member without a personal relationship',
    description:
      'Third-party verification from a community member who has no personal relationship with the applicant',
  },
  {
    source: 'community_member_with_personal_relationship',
    rank: 4,
    label: 'Community member with a personal relationship',
    description:
      'Third-party verification from a community member who has a personal relationship with the applicant',
  },
  {
    source: 'self_certification',
    rank: 5,
    label: 'Self-certification',
    description:
      'Self-certification, acknowledged by a provider who notes every attempt made to get primary or third-party verification',
  },
] as const;

export type ThirdPartySource = (typeof THIRD_PARTY_SOURCE_PREFERENCE)[number]['source'];
export const ZThirdPartySource = z.enum([
  'hmis_record',
  'housing_or_service_provider_or_institution',
  'community_member_without_personal_relationship',
  'community_member_with_personal_relationship',
  'self_certification',
]);

/** Credentials the Maine PSHP page accepts for a professional verification of disability. */
export const DISABILITY_CREDENTIALS = [
  { credential: 'MD', label: 'Doctor of Medicine' },
  { credential: 'DO', label: 'Doctor of Osteopathic Medicine' },
  { credential: 'LCPC', label: 'Licensed Clinical Professional Counselor' },
  { credential: 'APRN-BC', label: 'Advanced Practice Registered Nurse, Board Certified' },
  { credential: 'NP', label: 'Nurse Practitioner' },
  { credential: 'PA', label: 'Physician Assistant' },
  { credential: 'psychologist', label: 'Psychologist' },
  {
    credential: 'other_state_licensed',
    label: 'Another person licensed by the State to diagnose and treat the condition',
  },
] as const;

export type DisabilityCredential = (typeof DISABILITY_CREDENTIALS)[number]['credential'];

export const ZDisabilityEvidenceType = z.enum([
  'professional_verification',
  'ssa_verification',
  'disability_benefit_receipt',
  'intake_staff_observation',
  'self_report',
]);
export type TDisabilityEvidenceType = z.infer<typeof ZDisabilityEvidenceType>;

/** Evidence that, on its own, documents a disability (578.103(a)(4)(i)–(iii)). */
export const CONFIRMING_DISABILITY_EVIDENCE: readonly TDisabilityEvidenceType[] = [
  'professional_verification',
  'ssa_verification',
  'disability_benefit_receipt',
];

const DISABILITY_EVIDENCE_LABELS: Record<TDisabilityEvidenceType, string> = {
  professional_verification: 'written verification by a licensed professional',
  ssa_verification: 'written verification from the Social Security Administration',
  disability_benefit_receipt: 'receipt of a disability benefit',
  intake_staff_observation: "intake staff's recorded observation",
  self_report: 'self-report',
};

export function disabilityEvidenceLabel(type: TDisabilityEvidenceType): string {
  return DISABILITY_EVIDENCE_LABELS[type];
}

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

const ZConfirmedBy = z.union([
  ZDisabilityEvidenceType,
  z.object({ type: ZDisabilityEvidenceType, date: ZIsoDate.nullish() }),
]);

export const ZDisabilityEvidenceCheck = z.object({
  check: z.literal('disabilityEvidence'),
  type: ZDisabilityEvidenceType,
  credential: z.string().nullish(),
  licensedByStateToDiagnoseAndTreat: z.boolean().nullish(),
  certifiesLongContinuingOrIndefinite: z.boolean().nullish(),
  certifiesSubstantiallyImpedesIndependentLiving: z.boolean().nullish(),
  benefit: z.string().nullish(),
  applicationDate: ZIsoDate.nullish(),
  asOfDate: ZIsoDate.nullish(),
  confirmedBy: ZConfirmedBy.nullish(),
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

export interface DisabilityEvidenceResult extends EvidenceResultBase {
  check: 'disabilityEvidence';
  provisional: boolean;
  confirmationDeadline?: string;
  overdue?: boolean;
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

function confirmingType(
  confirmedBy: z.output<typeof ZConfirmedBy> | null | undefined,
): { type: TDisabilityEvidenceType; date: string | null } | null {
  if (confirmedBy == null) return null;
  return typeof confirmedBy === 'string'
    ? { type: confirmedBy, date: null }
    : { type: confirmedBy.type, date: confirmedBy.date ?? null };
}

function checkDisability(
  input: z.output<typeof ZDisabilityEvidenceCheck>,
  confirmationDays: number,
): DisabilityEvidenceResult {
  const reasons: string[] = [];
  const base = { check: 'disabilityEvidence' as const, provisional: false };
  switch (input.type) {
    case 'professional_verification': {
      const knownCredential = DISABILITY_CREDENTIALS.some(
        (entry) => entry.credential.toLowerCase() === input.credential?.toLowerCase(),
      );
      const licensed = input.licensedByStateToDiagnoseAndTreat === true || knownCredential;
      const missing: string[] = [];
      if (!licensed)
        missing.push('the professional is licensed by the State to diagnose and treat the condition');
      if (input.certifiesLongContinuingOrIndefinite !== true) {
        missing.push('the condition is expected to be long-continuing or of indefinite duration');
      }
      if (input.certifiesSubstantiallyImpedesIndependentLiving !== true) {
        missing.push('the condition substantially impedes the ability to live independently');
      }
      if (missing.length === 0) {
        reasons.push(
          'Professional verification from a licensed professional with both certifications: acceptable.',
        );
      } else {
        reasons.push(
          `Professional verification is not acceptable yet; it must show that ${missing.join('; that ')}.`,
        );
      }
      return { ...base, acceptable: missing.length === 0, reasons };
    }
    case 'ssa_verification':
      reasons.push('Written verification from the Social Security Administration: acceptable as it is.');
      return { ...base, acceptable: true, reasons };
    case 'disability_benefit_receipt':
      reasons.push(
        `Receipt of a disability benefit${input.benefit ? ` (${input.benefit})` : ''}: acceptable as it is.`,
      );
      return { ...base, acceptable: true, reasons };
    case 'self_report':
      reasons.push('Self-report alone is never acceptable documentation of a disability.');
      return { ...base, acceptable: false, reasons };
    case 'intake_staff_observation':
      return checkIntakeObservation(input, confirmationDays);
  }
}

function checkIntakeObservation(
  input: z.output<typeof ZDisabilityEvidenceCheck>,
  confirmationDays: number,
): DisabilityEvidenceResult {
  const reasons: string[] = [];
  const deadline = input.applicationDate ? addDays(input.applicationDate, confirmationDays) : undefined;
  const confirmation = confirmingType(input.confirmedBy);
  const deadlineFields = deadline ? { confirmationDeadline: deadline } : {};

  if (confirmation && CONFIRMING_DISABILITY_EVIDENCE.includes(confirmation.type)) {
    const late = deadline && confirmation.date && compareDates(confirmation.date, deadline) > 0;
    reasons.push(
      `Intake staff observation confirmed by ${disabilityEvidenceLabel(confirmation.type)}${confirmation.date ? ` on ${confirmation.date}` : ''}.`,
    );
    if (late) {
      reasons.push(
        `The confirmation came after the ${confirmationDays}-day deadline (${deadline}); the observation-only period was not compliant.`,
      );
    }
    return {
      check: 'disabilityEvidence',
      acceptable: true,
      provisional: false,
      ...deadlineFields,
      reasons,
    };
  }
  if (confirmation) {
    reasons.push(`${disabilityEvidenceLabel(confirmation.type)} cannot confirm an intake observation.`);
  }

  const overdue = Boolean(deadline && input.asOfDate && compareDates(input.asOfDate, deadline) > 0);
  if (overdue) {
    reasons.push(
      `Disability is documented by intake observation only and the ${confirmationDays}-day deadline (${deadline}) has passed; assistance must be withdrawn unless it is confirmed.`,
    );
  } else {
    reasons.push(
      `Disability is documented by intake observation only; it is acceptable but provisional until confirmed by a professional verification, SSA verification or disability benefit receipt${deadline ? `, due by ${deadline}` : ` within ${confirmationDays} days of the application`}.`,
    );
  }
  return {
    check: 'disabilityEvidence',
    acceptable: !overdue,
    provisional: true,
    ...deadlineFields,
    ...(overdue ? { overdue: true } : {}),
    reasons,
  };
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
