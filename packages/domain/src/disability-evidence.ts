import { z } from 'zod';

import { addDays, compareDates, longDate } from './dates';
import {
  CONFIRMING_DISABILITY_EVIDENCE,
  DISABILITY_CREDENTIALS,
  disabilityEvidenceLabel,
  ZDisabilityEvidenceType,
  type TDisabilityEvidenceType,
} from './evidence-catalog';
import { parseInput, ZIsoDate } from './validation';

/** Which disability evidence is acceptable, provisional or late (RULES.md §9.2, disabilityEvidence). */

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

export interface DisabilityEvidenceResult {
  check: 'disabilityEvidence';
  acceptable: boolean;
  reasons: string[];
  provisional: boolean;
  confirmationDeadline?: string;
  overdue?: boolean;
}

function confirmingType(
  confirmedBy: z.output<typeof ZConfirmedBy> | null | undefined,
): { type: TDisabilityEvidenceType; date: string | null } | null {
  if (confirmedBy == null) return null;
  return typeof confirmedBy === 'string'
    ? { type: confirmedBy, date: null }
    : { type: confirmedBy.type, date: confirmedBy.date ?? null };
}

/** The verdict on one record of disability evidence; checkEvidence's `disabilityEvidence` check. */
export function checkDisability(
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
      `Intake staff observation confirmed by ${disabilityEvidenceLabel(confirmation.type)}${confirmation.date ? ` on ${longDate(confirmation.date)}` : ''}.`,
    );
    if (late) {
      reasons.push(
        `The confirmation came after the ${confirmationDays}-day deadline (${longDate(deadline)}); the observation-only period was not compliant.`,
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
      `Disability is documented by intake observation only and the ${confirmationDays}-day deadline (${longDate(deadline as string)}) has passed; assistance must be withdrawn unless it is confirmed.`,
    );
  } else {
    reasons.push(
      `Disability is documented by intake observation only; it is acceptable but provisional until confirmed by a professional verification, SSA verification or disability benefit receipt${deadline ? `, due by ${longDate(deadline)}` : ` within ${confirmationDays} days of the application`}.`,
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

// ---------------------------------------------------------------------------------------------
// Records on file: each keeps the verdict it got when it was recorded.

/** A record of disability evidence as the file keeps it. */
export interface DisabilityRecord {
  type: TDisabilityEvidenceType;
  evidenceDate: string;
  isAcceptable: boolean;
  isProvisional: boolean;
}

/** What is entered for one record of disability evidence. */
export interface DisabilityRecordInput {
  type: TDisabilityEvidenceType;
  evidenceDate: string;
  credential?: string | null | undefined;
  licensedByStateToDiagnoseAndTreat?: boolean | null | undefined;
  certifiesLongContinuingOrIndefinite?: boolean | null | undefined;
  certifiesSubstantiallyImpedesIndependentLiving?: boolean | null | undefined;
  benefit?: string | null | undefined;
}

/**
 * The verdict kept with a new record: the record on its own terms as of its own date. Whether an
 * intake observation later runs past its 45 days is for the eligibility rules to say, on the day.
 */
export function checkDisabilityRecord(
  record: DisabilityRecordInput,
  applicationDate: string,
  confirmationDays: number,
): DisabilityEvidenceResult {
  return checkDisability(
    parseInput(ZDisabilityEvidenceCheck, {
      check: 'disabilityEvidence',
      type: record.type,
      credential: record.credential ?? null,
      licensedByStateToDiagnoseAndTreat: record.licensedByStateToDiagnoseAndTreat ?? null,
      certifiesLongContinuingOrIndefinite: record.certifiesLongContinuingOrIndefinite ?? null,
      certifiesSubstantiallyImpedesIndependentLiving:
        record.certifiesSubstantiallyImpedesIndependentLiving ?? null,
      benefit: record.benefit ?? null,
      applicationDate,
      asOfDate: record.evidenceDate,
    }),
    confirmationDays,
  );
}

/**
 * The disability evidence given to the eligibility rules: records acceptable on their own terms,
 * and every intake observation and self-report (the rules decide pending, overdue, and that
 * self-report never counts). A professional verification lacking its certifications is left out.
 */
export function countedDisabilityEvidence<T extends Pick<DisabilityRecord, 'type' | 'isAcceptable'>>(
  records: readonly T[],
): T[] {
  return records.filter(
    (r) => r.isAcceptable || r.type === 'intake_staff_observation' || r.type === 'self_report',
  );
}

/** A qualifying disability is on file when counted evidence other than self-report is. */
export function hasQualifyingDisabilityOnFile(
  records: readonly Pick<DisabilityRecord, 'type' | 'isAcceptable'>[],
): boolean {
  return countedDisabilityEvidence(records).some((r) => r.type !== 'self_report');
}

/** Evidence that confirms a disability outright: acceptable and not provisional. */
export function hasConfirmingDisabilityEvidence(
  records: readonly Pick<DisabilityRecord, 'isAcceptable' | 'isProvisional'>[],
): boolean {
  return records.some((r) => r.isAcceptable && !r.isProvisional);
}
