import { z } from 'zod';

import { addDays, compareDates, longDate } from './dates';
import {
  CONFIRMING_DISABILITY_EVIDENCE,
  disabilityEvidenceLabel,
  evidenceRank,
  THIRD_PARTY_SOURCE_PREFERENCE,
  ZDisabilityEvidenceType,
  ZHomelessEvidenceType,
  ZThirdPartySource,
} from './evidence';
import type { TDisabilityEvidenceType } from './evidence';
import type { ProgramPolicy } from './policy';
import { resolvePolicy, ZHomelessCategory } from './policy';
import { parseInput, ZIsoDate } from './validation';

export const ZDisabledMember = z.enum(['head_of_household', 'spouse', 'other_adult', 'child']);

export const ZDisabilityEvidence = z.object({ type: ZDisabilityEvidenceType, date: ZIsoDate });

export const ZDetermineEligibilityInput = z.object({
  applicationDate: ZIsoDate,
  asOfDate: ZIsoDate,
  homelessCategories: z.array(ZHomelessCategory),
  disability: z.object({
    qualifying: z.boolean().nullish(),
    disabledMember: ZDisabledMember.nullish(),
    evidence: z.array(ZDisabilityEvidence).nullish(),
  }),
});
export type TDetermineEligibilityInput = z.input<typeof ZDetermineEligibilityInput>;

export type EligibilityStatus =
  'eligible' | 'pending_disability_verification' | 'verification_overdue' | 'ineligible';

export interface EligibilityDetermination {
  status: EligibilityStatus;
  disabilityVerificationDeadline: string | null;
  reasons: string[];
}

/**
 * The 45-day rule (RULES.md §3): with an intake staff observation on file, the disability must be
 * confirmed by the application date plus `disabilityConfirmationDays`; with none, there is no
 * deadline. The one source of the date: eligibility and the Deadlines page both take it from here.
 */
export function disabilityConfirmationDeadline(
  file: { applicationDate: string; evidence: readonly { type: TDisabilityEvidenceType }[] },
  policy?: Partial<ProgramPolicy>,
): string | null {
  const observation = file.evidence.some((item) => item.type === 'intake_staff_observation');
  return observation ? addDays(file.applicationDate, resolvePolicy(policy).disabilityConfirmationDays) : null;
}

/** Eligibility for CoC PSH: an accepted homeless category and a documented qualifying disability. */
export function determineEligibility(
  input: TDetermineEligibilityInput,
  policy?: Partial<ProgramPolicy>,
): EligibilityDetermination {
  const parsed = parseInput(ZDetermineEligibilityInput, input);
  const settings = resolvePolicy(policy);
  const { applicationDate, asOfDate, disability } = parsed;
  const reasons: string[] = [];
  let isIneligible = false;

  const accepted = parsed.homelessCategories.filter((c) => settings.acceptedCategories.includes(c));
  const acceptedList = [...settings.acceptedCategories].sort().join(' and ');
  if (accepted.length) {
    reasons.push(`Homeless under Category ${accepted.join(' and ')}, which the program accepts.`);
  } else {
    isIneligible = true;
    reasons.push(
      parsed.homelessCategories.length
        ? `Homeless under Category ${parsed.homelessCategories.join(' and ')} only; the program accepts Categories ${acceptedList}.`
        : `No HUD homeless category is established; the program accepts Categories ${acceptedList}.`,
    );
  }

  if (disability.qualifying !== true) {
    isIneligible = true;
    reasons.push(
      disability.qualifying === false
        ? 'The condition recorded is not a qualifying disability.'
        : 'A qualifying disability is not established.',
    );
  }
  // With `adult_only` (24 CFR 582.5) a child's disability does not qualify the household, and an
  // unrecorded member is "not established" like any other absent fact.
  const member = disability.disabledMember;
  if (settings.disabilityHolder === 'adult_only' && (member === 'child' || member == null)) {
    isIneligible = true;
    reasons.push(
      member === 'child'
        ? 'The program requires an adult with the disability; a child does not qualify the household.'
        : 'The program requires an adult with the disability; which member has it is not recorded.',
    );
  }

  const evidence = (disability.evidence ?? []).filter((item) => {
    if (compareDates(item.date, asOfDate) <= 0) return true;
    reasons.push(
      `${capitalize(disabilityEvidenceLabel(item.type))} dated ${longDate(item.date)} is after ${longDate(asOfDate)} and is ignored.`,
    );
    return false;
  });
  if (evidence.some((item) => item.type === 'self_report')) {
    reasons.push('Self-report is never evidence of a disability.');
  }
  const confirming = evidence
    .filter((item) => CONFIRMING_DISABILITY_EVIDENCE.includes(item.type))
    .sort((a, b) => compareDates(a.date, b.date));
  const deadline = disabilityConfirmationDeadline({ applicationDate, evidence }, settings);

  let disabilityStatus: EligibilityStatus;
  const first = confirming[0];
  if (first) {
    disabilityStatus = 'eligible';
    reasons.push(
      `Disability is documented by ${disabilityEvidenceLabel(first.type)} dated ${longDate(first.date)}.`,
    );
    if (deadline && compareDates(first.date, deadline) > 0) {
      reasons.push(
        `The intake observation was confirmed late: the confirmation is dated ${longDate(first.date)}, after the deadline of ${longDate(deadline)}; the observation-only period was not compliant.`,
      );
    }
  } else if (deadline) {
    if (compareDates(asOfDate, deadline) <= 0) {
      disabilityStatus = 'pending_disability_verification';
      reasons.push(
        `Disability is documented by intake observation only; professional verification due by ${longDate(deadline)}.`,
      );
    } else {
      disabilityStatus = 'verification_overdue';
      reasons.push(
        `Disability is documented by intake observation only and was not confirmed by ${longDate(deadline)}; the voucher is withdrawn and rental assistance stops unless it is confirmed.`,
      );
    }
  } else {
    disabilityStatus = 'ineligible';
    reasons.push(
      'No acceptable disability documentation is on file (professional verification, SSA verification, disability benefit receipt, or an intake observation to be confirmed).',
    );
  }

  return {
    status: isIneligible ? 'ineligible' : disabilityStatus,
    disabilityVerificationDeadline: deadline,
    reasons,
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// The 14-day window for literal homelessness (Maine PSHP rule; POLICY in RULES.md §1 and §8)

export const ZLiteralHomelessnessWindowInput = z.object({
  determinationDate: ZIsoDate,
  evidenceDates: z.array(ZIsoDate),
});
export type TLiteralHomelessnessWindowInput = z.input<typeof ZLiteralHomelessnessWindowInput>;

export interface LiteralHomelessnessWindowResult {
  withinWindow: boolean;
  windowStart: string;
  windowEnd: string;
  latestEvidenceDate: string | null;
  reasons: string[];
}

/**
 * Literal homelessness must be documented within N days (default 14) of the eligibility
 * determination. Evidence dated after the determination cannot have supported it, so it is not used.
 */
export function checkLiteralHomelessnessWindow(
  input: TLiteralHomelessnessWindowInput,
  policy?: Partial<ProgramPolicy>,
): LiteralHomelessnessWindowResult {
  const parsed = parseInput(ZLiteralHomelessnessWindowInput, input);
  const days = resolvePolicy(policy).literalHomelessnessDocumentationDays;
  const windowEnd = parsed.determinationDate;
  const windowStart = addDays(windowEnd, -days);
  const usable = parsed.evidenceDates.filter((date) => compareDates(date, windowEnd) <= 0).sort(compareDates);
  const latest = usable[usable.length - 1] ?? null;
  const withinWindow = latest !== null && compareDates(latest, windowStart) >= 0;
  const reasons: string[] = [];
  if (latest === null) {
    reasons.push(
      `No evidence of literal homelessness dated on or before the determination (${longDate(windowEnd)}).`,
    );
  } else if (withinWindow) {
    reasons.push(
      `Literal homelessness is documented on ${longDate(latest)}, within ${days} days of the determination on ${longDate(windowEnd)}.`,
    );
  } else {
    reasons.push(
      `The latest evidence of literal homelessness is dated ${longDate(latest)}; it must be dated ${longDate(windowStart)} or later (within ${days} days of the determination on ${longDate(windowEnd)}).`,
    );
  }
  return { withinWindow, windowStart, windowEnd, latestEvidenceDate: latest, reasons };
}

// ---------------------------------------------------------------------------------------------
// What is still missing from an eligibility file

export const ZHomelessEvidenceItem = z.object({
  type: ZHomelessEvidenceType,
  date: ZIsoDate,
  source: ZThirdPartySource.nullish(),
  dueDiligenceForHigherPriorityDocumented: z.boolean().nullish(),
});

export const ZMissingFromFileInput = z.object({
  determinationDate: ZIsoDate,
  applicationDate: ZIsoDate.nullish(),
  hasCesReferral: z.boolean().nullish(),
  homelessCategories: z.array(ZHomelessCategory).nullish(),
  homelessEvidence: z.array(ZHomelessEvidenceItem).nullish(),
  disabilityEvidence: z.array(ZDisabilityEvidence).nullish(),
  chronicHomelessness: z
    .object({
      required: z.boolean(),
      monthsByBestEvidence: z
        .object({
          third_party: z.number().int().nonnegative().nullish(),
          intake_observation: z.number().int().nonnegative().nullish(),
          self_certification: z.number().int().nonnegative().nullish(),
        })
        .nullish(),
      episodic: z.boolean().nullish(),
      documentedBreaks: z.number().int().nonnegative().nullish(),
    })
    .nullish(),
});
export type TMissingFromFileInput = z.input<typeof ZMissingFromFileInput>;

export type MissingItemCode =
  | 'ces_referral'
  | 'homeless_category'
  | 'homeless_evidence'
  | 'due_diligence_for_self_certification'
  | 'homeless_evidence_within_window'
  | 'disability_evidence'
  | 'disability_confirmation'
  | 'chronic_months'
  | 'chronic_self_certification_limit'
  | 'chronic_breaks';

export interface MissingItem {
  code: MissingItemCode;
  description: string;
}

export interface MissingFromFileResult {
  complete: boolean;
  missing: MissingItem[];
  reasons: string[];
}

const REQUIRED_CHRONIC_MONTHS = 12;
const MAX_SELF_CERTIFIED_MONTHS = 3;
const EPISODIC_MIN_BREAKS = 3;

/**
 * Lists what an eligibility file still lacks, in the order HUD's recordkeeping follows: the
 * referral, homeless status (by the order of priority of evidence), disability, then chronic
 * homelessness when the unit requires it.
 */
export function missingFromFile(
  input: TMissingFromFileInput,
  policy?: Partial<ProgramPolicy>,
): MissingFromFileResult {
  const parsed = parseInput(ZMissingFromFileInput, input);
  const settings = resolvePolicy(policy);
  const missing: MissingItem[] = [];
  const add = (code: MissingItemCode, description: string) => missing.push({ code, description });

  if (parsed.hasCesReferral !== true) {
    add('ces_referral', 'A referral from the Coordinated Entry (CES) Service Hub.');
  }

  const categories = parsed.homelessCategories;
  if (categories && !categories.some((c) => settings.acceptedCategories.includes(c))) {
    add(
      'homeless_category',
      `A homeless category the program accepts (Category ${[...settings.acceptedCategories].sort().join(' or ')}).`,
    );
  }

  const homeless = [...(parsed.homelessEvidence ?? [])].sort(
    (a, b) => evidenceRank(a.type) - evidenceRank(b.type),
  );
  const usable = homeless.filter(
    (item) => item.type !== 'self_certification' || item.dueDiligenceForHigherPriorityDocumented === true,
  );
  if (homeless.length === 0) {
    add(
      'homeless_evidence',
      `Evidence of homelessness, in HUD's order of priority: third-party verification (${THIRD_PARTY_SOURCE_PREFERENCE.slice(
        0,
        4,
      )
        .map((entry) => entry.label)
        .join(', then ')}), then intake-worker observation, then self-certification.`,
    );
  } else if (usable.length === 0) {
    add(
      'due_diligence_for_self_certification',
      "The worker's record of the attempts to get third-party evidence or an intake observation, needed before self-certification can be used.",
    );
  }
  if (usable.length > 0) {
    const window = checkLiteralHomelessnessWindow(
      {
        determinationDate: parsed.determinationDate,
        evidenceDates: usable.map((item) => item.date),
      },
      settings,
    );
    if (!window.withinWindow) {
      add(
        'homeless_evidence_within_window',
        `Evidence of literal homelessness dated between ${longDate(window.windowStart)} and ${longDate(window.windowEnd)}.`,
      );
    }
  }

  const disability = (parsed.disabilityEvidence ?? []).filter(
    (item) => compareDates(item.date, parsed.determinationDate) <= 0,
  );
  const confirmed = disability.some((item) => CONFIRMING_DISABILITY_EVIDENCE.includes(item.type));
  const observed = disability.some((item) => item.type === 'intake_staff_observation');
  if (!confirmed) {
    const options: TDisabilityEvidenceType[] = [...CONFIRMING_DISABILITY_EVIDENCE];
    const optionText = options.map(disabilityEvidenceLabel).join(', or ');
    if (observed) {
      const deadline = parsed.applicationDate
        ? addDays(parsed.applicationDate, settings.disabilityConfirmationDays)
        : null;
      add(
        'disability_confirmation',
        `Confirmation of the intake observation of disability by ${optionText}${deadline ? `, due by ${longDate(deadline)}` : ''}.`,
      );
    } else {
      add('disability_evidence', `Documentation of a qualifying disability: ${optionText}.`);
    }
  }

  const chronic = parsed.chronicHomelessness;
  if (chronic?.required) {
    const months = chronic.monthsByBestEvidence ?? {};
    const strong = (months.third_party ?? 0) + (months.intake_observation ?? 0);
    const selfCertified = months.self_certification ?? 0;
    const documented = strong + selfCertified;
    if (documented < REQUIRED_CHRONIC_MONTHS) {
      add(
        'chronic_months',
        `Documentation for ${REQUIRED_CHRONIC_MONTHS - documented} more month(s) of homelessness (12 needed; one documented day credits its calendar month).`,
      );
    }
    if (
      strong + Math.min(selfCertified, MAX_SELF_CERTIFIED_MONTHS) < REQUIRED_CHRONIC_MONTHS &&
      selfCertified > MAX_SELF_CERTIFIED_MONTHS
    ) {
      add(
        'chronic_self_certification_limit',
        `Third-party or intake-worker evidence for ${REQUIRED_CHRONIC_MONTHS - MAX_SELF_CERTIFIED_MONTHS - strong} more month(s): at most 3 of the 12 months may be self-certified.`,
      );
    }
    if (chronic.episodic === true && (chronic.documentedBreaks ?? 0) < EPISODIC_MIN_BREAKS) {
      add(
        'chronic_breaks',
        `Documentation of ${EPISODIC_MIN_BREAKS - (chronic.documentedBreaks ?? 0)} more break(s) of 7 or more nights (3 needed for four occasions; self-certification is enough).`,
      );
    }
  }

  const reasons = missing.length
    ? [
        `${missing.length} item(s) still missing from the eligibility file.`,
        ...missing.map((m) => m.description),
      ]
    : ['The eligibility file has everything it needs.'];
  return { complete: missing.length === 0, missing, reasons };
}
