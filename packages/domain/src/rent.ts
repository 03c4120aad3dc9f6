import { z } from 'zod';

import { compareDates, longDate, yearOf } from './dates';
import type { ProgramPolicy } from './policy';
import { resolvePolicy } from './policy';
import { parseInput, ZCents, ZIsoDate } from './validation';

export interface DeductionTable {
  id: 'PRE_HOTMA' | 'HOTMA_CY2024' | 'HOTMA_CY2025' | 'HOTMA_CY2026';
  dependentCents: number;
  elderlyDisabledFamilyCents: number;
  /** Share of annual income that medical and disability-assistance expenses must exceed. */
  medicalThresholdPercent: number;
}

/** 24 CFR 5.611(a) amounts (RULES.md §4). New years are added here as HUD publishes them. */
export const DEDUCTION_TABLES: Readonly<Record<DeductionTable['id'], DeductionTable>> = {
  PRE_HOTMA: {
    id: 'PRE_HOTMA',
    dependentCents: 48_000,
    elderlyDisabledFamilyCents: 40_000,
    medicalThresholdPercent: 3,
  },
  HOTMA_CY2024: {
    id: 'HOTMA_CY2024',
    dependentCents: 48_000,
    elderlyDisabledFamilyCents: 52_500,
    medicalThresholdPercent: 10,
  },
  HOTMA_CY2025: {
    id: 'HOTMA_CY2025',
    dependentCents: 48_000,
    elderlyDisabledFamilyCents: 52_500,
    medicalThresholdPercent: 10,
  },
  HOTMA_CY2026: {
    id: 'HOTMA_CY2026',
    dependentCents: 50_000,
    elderlyDisabledFamilyCents: 55_000,
    medicalThresholdPercent: 10,
  },
};

const HOTMA_TABLES_BY_YEAR: ReadonlyArray<readonly [number, DeductionTable]> = [
  [2024, DEDUCTION_TABLES.HOTMA_CY2024],
  [2025, DEDUCTION_TABLES.HOTMA_CY2025],
  [2026, DEDUCTION_TABLES.HOTMA_CY2026],
];

const HOTMA_CPD_COMPLIANCE_DATE = '2026-01-01';

export type RuleSet = 'HOTMA' | 'PRE_HOTMA';

/** The table for a rule set and an effective date: HOTMA values by the date's calendar year. */
export function deductionTableFor(ruleSet: RuleSet, effectiveDate: string): DeductionTable {
  if (ruleSet === 'PRE_HOTMA') return DEDUCTION_TABLES.PRE_HOTMA;
  const year = yearOf(effectiveDate);
  // Before 2024 HOTMA had no values of its own; the first table is the closest. After the last
  // published year the latest table stays in force until a new one is added.
  let table: DeductionTable = DEDUCTION_TABLES.HOTMA_CY2024;
  for (const [tableYear, candidate] of HOTMA_TABLES_BY_YEAR) {
    if (tableYear <= year) table = candidate;
  }
  return table;
}

export const ZHouseholdMember = z.object({
  relationship: z.enum([
    'head',
    'spouse',
    'co_head',
    'child',
    'other_adult',
    'foster_child',
    'foster_adult',
    'live_in_aide',
  ]),
  age: z.number().int().nonnegative(),
  disabled: z.boolean().nullish(),
  fullTimeStudent: z.boolean().nullish(),
});
export type THouseholdMember = z.input<typeof ZHouseholdMember>;

export const ZCalculateRentInput = z.object({
  ruleSet: z.enum(['HOTMA', 'PRE_HOTMA']).nullish(),
  effectiveDate: ZIsoDate,
  annualIncomeCents: ZCents,
  dependents: z.number().int().nonnegative().nullish(),
  householdMembers: z.array(ZHouseholdMember).nullish(),
  elderlyOrDisabledFamily: z.boolean().nullish(),
  unreimbursedHealthMedicalCents: ZCents.nullish(),
  attendantCareAuxiliaryCents: ZCents.nullish(),
  attendantCareEnabledEarnedIncomeCents: ZCents.nullish(),
  childCareCents: ZCents.nullish(),
  childCareEmploymentIncomeCapCents: ZCents.nullish(),
  welfareRentMonthlyCents: ZCents.nullish(),
  utilityAllowanceMonthlyCents: ZCents.nullish(),
  contractRentMonthlyCents: ZCents,
});
export type TCalculateRentInput = z.input<typeof ZCalculateRentInput>;

export interface RentCalculation {
  ruleSet: RuleSet;
  deductionTable: DeductionTable['id'];
  dependentsCounted: number;
  deductions: {
    dependentCents: number;
    elderlyDisabledFamilyCents: number;
    medicalAndDisabilityAssistanceCents: number;
    childCareCents: number;
  };
  adjustedAnnualIncomeCents: number;
  thirtyPctMonthlyAdjustedCents: number;
  tenPctMonthlyGrossCents: number;
  welfareRentMonthlyCents: number;
  ttpCents: number;
  tenantRentCents: number;
  utilityReimbursementCents: number;
  rentalAssistanceToOwnerCents: number;
  overIncomeForUnit: boolean;
  reasons: string[];
}

const NOT_DEPENDENTS = new Set(['head', 'spouse', 'co_head', 'foster_child', 'foster_adult', 'live_in_aide']);
const HEAD_OR_SPOUSE = new Set(['head', 'spouse', 'co_head']);
const ELDERLY_AGE = 62;
const ADULT_AGE = 18;

/** Non-negative integer division rounded to the nearest whole number, half up. */
function divideRoundHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

const dollars = (cents: number): string =>
  `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/**
 * Tenant rent for CoC rental assistance (24 CFR 578.77(c)): the highest of 30% of monthly adjusted
 * income, 10% of monthly gross income and welfare rent, less the utility allowance.
 */
export function calculateRent(input: TCalculateRentInput, policy?: Partial<ProgramPolicy>): RentCalculation {
  const parsed = parseInput(ZCalculateRentInput, input);
  const settings = resolvePolicy(policy);
  const reasons: string[] = [];
  const ruleSet: RuleSet = parsed.ruleSet ?? 'HOTMA';
  const table = deductionTableFor(ruleSet, parsed.effectiveDate);
  reasons.push(
    `Deductions from the ${table.id.replace('_', ' ')} table (effective ${longDate(parsed.effectiveDate)}).`,
  );
  if (ruleSet === 'PRE_HOTMA' && compareDates(parsed.effectiveDate, HOTMA_CPD_COMPLIANCE_DATE) >= 0) {
    reasons.push('CoC programs must follow HOTMA for examinations effective on or after 2026-01-01.');
  }

  const annual = parsed.annualIncomeCents;
  const members = parsed.householdMembers;
  // Members, when listed, are the better record: the count is derived from them.
  const dependentsCounted = members
    ? members.filter(
        (m) =>
          !NOT_DEPENDENTS.has(m.relationship) &&
          (m.age < ADULT_AGE || m.disabled === true || m.fullTimeStudent === true),
      ).length
    : (parsed.dependents ?? 0);
  const elderlyOrDisabledFamily =
    parsed.elderlyOrDisabledFamily ??
    (members ?? []).some(
      (m) => HEAD_OR_SPOUSE.has(m.relationship) && (m.age >= ELDERLY_AGE || m.disabled === true),
    );

  const dependentCents = dependentsCounted * table.dependentCents;
  const elderlyDisabledFamilyCents = elderlyOrDisabledFamily ? table.elderlyDisabledFamilyCents : 0;

  // HUD worksheet order: the threshold is used up by attendant care first, then by medical costs.
  const threshold = divideRoundHalfUp(annual * table.medicalThresholdPercent, 100);
  const attendantCare = parsed.attendantCareAuxiliaryCents ?? 0;
  const disabilityAssistance = Math.min(
    Math.max(0, attendantCare - threshold),
    parsed.attendantCareEnabledEarnedIncomeCents ?? Number.POSITIVE_INFINITY,
  );
  const thresholdLeft = Math.max(0, threshold - attendantCare);
  const medical = elderlyOrDisabledFamily
    ? Math.max(0, (parsed.unreimbursedHealthMedicalCents ?? 0) - thresholdLeft)
    : 0;
  const medicalAndDisabilityAssistanceCents = disabilityAssistance + medical;
  if (!elderlyOrDisabledFamily && (parsed.unreimbursedHealthMedicalCents ?? 0) > 0) {
    reasons.push('Medical expenses are deducted only for elderly or disabled families.');
  }

  const childCareCents = Math.min(
    parsed.childCareCents ?? 0,
    parsed.childCareEmploymentIncomeCapCents ?? Number.POSITIVE_INFINITY,
  );

  const totalDeductions =
    dependentCents + elderlyDisabledFamilyCents + medicalAndDisabilityAssistanceCents + childCareCents;
  const adjustedAnnualIncomeCents = Math.max(0, annual - totalDeductions);
  const thirtyPctMonthlyAdjustedCents = divideRoundHalfUp(adjustedAnnualIncomeCents * 3, 120);
  const tenPctMonthlyGrossCents = divideRoundHalfUp(annual, 120);
  const welfareRentMonthlyCents = parsed.welfareRentMonthlyCents ?? 0;

  const highest = Math.max(thirtyPctMonthlyAdjustedCents, tenPctMonthlyGrossCents, welfareRentMonthlyCents);
  const ttpCents =
    settings.ttpRounding === 'nearest_dollar' ? divideRoundHalfUp(highest, 100) * 100 : highest;

  const basis =
    highest === thirtyPctMonthlyAdjustedCents
      ? '30% of monthly adjusted income'
      : highest === tenPctMonthlyGrossCents
        ? '10% of monthly gross income'
        : 'the welfare rent';
  reasons.push(
    `Adjusted income ${dollars(adjustedAnnualIncomeCents)} a year; 30% of monthly adjusted income is ${dollars(thirtyPctMonthlyAdjustedCents)}, 10% of monthly gross income is ${dollars(tenPctMonthlyGrossCents)}${welfareRentMonthlyCents ? `, welfare rent is ${dollars(welfareRentMonthlyCents)}` : ''}.`,
  );
  reasons.push(
    `Total tenant payment is ${dollars(ttpCents)}, from ${basis}${settings.ttpRounding === 'nearest_dollar' ? ', rounded to the nearest dollar' : ''}.`,
  );

  const utilityAllowance = parsed.utilityAllowanceMonthlyCents ?? 0;
  const contractRent = parsed.contractRentMonthlyCents;
  const overIncomeForUnit = ttpCents - utilityAllowance > contractRent;
  let tenantRentCents: number;
  let utilityReimbursementCents: number;
  if (overIncomeForUnit) {
    tenantRentCents = contractRent;
    utilityReimbursementCents = 0;
    reasons.push(
      `The payment less the utility allowance is more than the contract rent of ${dollars(contractRent)}: the tenant pays the contract rent and the program pays nothing.`,
    );
  } else {
    tenantRentCents = Math.max(0, ttpCents - utilityAllowance);
    utilityReimbursementCents = Math.max(0, utilityAllowance - ttpCents);
    if (utilityAllowance > 0) {
      reasons.push(
        utilityReimbursementCents > 0
          ? `The utility allowance of ${dollars(utilityAllowance)} is more than the total tenant payment: rent is $0 and the tenant is reimbursed ${dollars(utilityReimbursementCents)} for utilities.`
          : `Tenant rent is the total tenant payment less the utility allowance of ${dollars(utilityAllowance)}.`,
      );
    }
  }
  const rentalAssistanceToOwnerCents = contractRent - tenantRentCents;
  reasons.push(
    `The tenant pays ${dollars(tenantRentCents)} a month; the program pays the owner ${dollars(rentalAssistanceToOwnerCents)}.`,
  );

  return {
    ruleSet,
    deductionTable: table.id,
    dependentsCounted,
    deductions: {
      dependentCents,
      elderlyDisabledFamilyCents,
      medicalAndDisabilityAssistanceCents,
      childCareCents,
    },
    adjustedAnnualIncomeCents,
    thirtyPctMonthlyAdjustedCents,
    tenPctMonthlyGrossCents,
    welfareRentMonthlyCents,
    ttpCents,
    tenantRentCents,
    utilityReimbursementCents,
    rentalAssistanceToOwnerCents,
    overIncomeForUnit,
    reasons,
  };
}
