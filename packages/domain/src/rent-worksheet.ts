import type { z } from 'zod';

import { addYears, wholeMonthsBetween } from './dates';
import { badInput } from './errors';
import { rentArithmetic, type ZRentInput } from './intake-inputs';
import { resolvePolicy, type ProgramPolicy } from './policy';
import { calculateRent, type RentCalculation, type TCalculateRentInput, type THouseholdMember } from './rent';

/**
 * The rent a case manager enters (incomes by source, the household from the record or listed)
 * turned into calculateRent's input, and the worksheet saved with a rent determination.
 */

type RelationshipToHead = 'self' | 'spouse' | 'partner' | 'child' | 'other_relative' | 'other';

/** A household member as the record keeps them. */
export interface RecordedMember {
  firstName: string;
  lastName: string;
  relationshipToHead: RelationshipToHead;
  dateOfBirth: string | null;
}

const RELATIONSHIP_FOR_RENT = {
  self: 'head',
  spouse: 'spouse',
  partner: 'co_head',
  child: 'child',
  other_relative: 'other_adult',
  other: 'other_adult',
} as const satisfies Record<RelationshipToHead, THouseholdMember['relationship']>;

/**
 * The household for the rent rules from the record: each member's age at the effective date, and
 * a relative under 18 counted as a child. Every member needs a recorded date of birth.
 */
export function rentHouseholdOf(
  members: readonly RecordedMember[],
  effectiveDate: string,
): THouseholdMember[] {
  return members.map((m) => {
    if (!m.dateOfBirth) {
      badInput(
        'householdMembers',
        `The date of birth of ${m.firstName} ${m.lastName} is not recorded: list the household members.`,
      );
    }
    const age = Math.max(0, Math.floor(wholeMonthsBetween(m.dateOfBirth, effectiveDate) / 12));
    const relationship = RELATIONSHIP_FOR_RENT[m.relationshipToHead];
    return { relationship: relationship === 'other_adult' && age < 18 ? 'child' : relationship, age };
  });
}

export type TRentEntry = z.output<typeof ZRentInput>;

export interface RentWorksheet {
  effectiveDate: string;
  annualIncomeCents: number;
  calculationInput: TCalculateRentInput;
  calculation: RentCalculation;
  arithmetic: string[];
  /** A year after the effective date. */
  nextRecertificationDue: string;
}

/** The calculation of an entered rent, with its arithmetic; the recorded household when none is listed. */
export function rentWorksheet(
  entry: TRentEntry,
  recordedMembers: readonly RecordedMember[],
  policy?: Partial<ProgramPolicy>,
): RentWorksheet {
  const calculationInput: TCalculateRentInput = {
    ruleSet: entry.ruleSet ?? null,
    effectiveDate: entry.effectiveDate,
    annualIncomeCents: entry.incomes.reduce((sum, income) => sum + income.annualCents, 0),
    householdMembers: entry.householdMembers ?? rentHouseholdOf(recordedMembers, entry.effectiveDate),
    elderlyOrDisabledFamily: entry.elderlyOrDisabledFamily ?? null,
    unreimbursedHealthMedicalCents: entry.unreimbursedHealthMedicalCents ?? null,
    attendantCareAuxiliaryCents: entry.attendantCareAuxiliaryCents ?? null,
    attendantCareEnabledEarnedIncomeCents: entry.attendantCareEnabledEarnedIncomeCents ?? null,
    childCareCents: entry.childCareCents ?? null,
    childCareEmploymentIncomeCapCents: entry.childCareEmploymentIncomeCapCents ?? null,
    welfareRentMonthlyCents: entry.welfareRentMonthlyCents ?? null,
    utilityAllowanceMonthlyCents: entry.utilityAllowanceMonthlyCents ?? null,
    contractRentMonthlyCents: entry.contractRentMonthlyCents,
  };
  const calculation = calculateRent(calculationInput, policy);
  return {
    effectiveDate: entry.effectiveDate,
    annualIncomeCents: calculationInput.annualIncomeCents,
    calculationInput,
    calculation,
    arithmetic: rentArithmetic(
      calculationInput.annualIncomeCents,
      calculation,
      resolvePolicy(policy).ttpRounding,
    ),
    nextRecertificationDue: addYears(entry.effectiveDate, 1),
  };
}

/** HUD's elderly family (24 CFR 5.403): the head, spouse or co-head is 62 or older. */
export const ELDERLY_AGE = 62;

export interface ElderlyOrDisabledFamilyOfFile {
  elderlyOrDisabledFamily: boolean;
  reasons: string[];
}

/**
 * Whether the household is an elderly or disabled family (24 CFR 5.403), from the record: the
 * head, spouse or co-head is 62 or older on the effective date, or the disability of the head or
 * spouse is documented by acceptable evidence (self-report never counts). The rent form starts
 * from this answer; the staff can still change it.
 */
export function elderlyOrDisabledFamilyOfFile(input: {
  members: readonly RecordedMember[];
  disability: readonly { type: string; isAcceptable: boolean; disabledMember: string }[];
  effectiveDate: string;
}): ElderlyOrDisabledFamilyOfFile {
  const reasons: string[] = [];
  const documented = input.disability.find(
    (d) =>
      d.isAcceptable &&
      d.type !== 'self_report' &&
      (d.disabledMember === 'head_of_household' || d.disabledMember === 'spouse'),
  );
  if (documented) {
    reasons.push(
      `The disability of the ${documented.disabledMember === 'spouse' ? 'spouse' : 'head of household'} is documented: a disabled family.`,
    );
  }
  const elderly = input.members.find(
    (m) =>
      (m.relationshipToHead === 'self' ||
        m.relationshipToHead === 'spouse' ||
        m.relationshipToHead === 'partner') &&
      m.dateOfBirth !== null &&
      Math.floor(wholeMonthsBetween(m.dateOfBirth, input.effectiveDate) / 12) >= ELDERLY_AGE,
  );
  if (elderly) {
    reasons.push(`${elderly.firstName} ${elderly.lastName} is ${ELDERLY_AGE} or older: an elderly family.`);
  }
  return { elderlyOrDisabledFamily: reasons.length > 0, reasons };
}
