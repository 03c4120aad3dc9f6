import { z } from 'zod';

import { ZStayLocation } from './chronic';
import { compareDates } from './dates';
import { ZDisabledMember } from './eligibility';
import {
  DISABILITY_CREDENTIALS,
  ZDisabilityEvidenceType,
  ZHomelessEvidenceType,
  ZThirdPartySource,
} from './evidence';
import { ZClassifyHomelessnessInput, ZRvCamperFactors } from './homelessness';
import { ZUuid } from './identity';
import { ZHouseholdMember } from './rent';
import type { RentCalculation } from './rent';
import { DEFAULT_POLICY, type ProgramPolicy } from './policy';
import { INT32_MAX, ZCents, zCents, ZIsoDate, ZRequiredText, ZText } from './validation';

/**
 * Inputs of the intake-and-eligibility workflow (issue 3), shared by the API and the staff portal's
 * forms. Shape and order rules live here; rules that need the clock ("not in the future") are
 * checked by the API against its own `now`.
 */

// ---------------------------------------------------------------------------------------------
// Service hubs (Maine CES: 9 hubs, seed data a program may edit)

export const ZServiceHubCreateInput = z.object({
  number: z.number().int().positive().max(99),
  name: ZRequiredText(120, 'Enter the hub name'),
  area: ZText(500).optional(),
});
export type TServiceHubCreateInput = z.infer<typeof ZServiceHubCreateInput>;

export const ZServiceHubUpdateInput = z.object({
  serviceHubId: ZUuid,
  number: z.number().int().positive().max(99).optional(),
  name: ZRequiredText(120, 'Enter the hub name').optional(),
  area: ZText(500).nullable().optional(),
  isActive: z.boolean().optional(),
});
export type TServiceHubUpdateInput = z.infer<typeof ZServiceHubUpdateInput>;

export const ZServiceHubListInput = z.object({ includeInactive: z.boolean().optional() }).optional();
export type TServiceHubListInput = z.infer<typeof ZServiceHubListInput>;

// ---------------------------------------------------------------------------------------------
// Referrals

export const PRIORITY_POPULATIONS = ['veteran', 'fleeing_dv', 'family', 'youth'] as const;
export const ZPriorityPopulation = z.enum(PRIORITY_POPULATIONS);
export type TPriorityPopulation = z.infer<typeof ZPriorityPopulation>;
export const PRIORITY_POPULATION_LABELS: Record<TPriorityPopulation, string> = {
  veteran: 'Veteran',
  fleeing_dv: 'Fleeing domestic violence',
  family: 'Family',
  youth: 'Youth',
};

export const ZNewPersonInput = z.object({
  firstName: ZRequiredText(80, 'Enter the first name'),
  lastName: ZRequiredText(80, 'Enter the last name'),
  preferredName: ZText(80).optional(),
  dateOfBirth: ZIsoDate.optional(),
  phone: ZText(40).optional(),
  isVawaProtected: z.boolean().optional(),
});
export type TNewPersonInput = z.infer<typeof ZNewPersonInput>;

export const ZReferralCreateInput = z
  .object({
    /** An existing person on the caseload, or `person` to create the household and person. */
    personId: ZUuid.optional(),
    person: ZNewPersonInput.optional(),
    serviceHubId: ZUuid,
    byNameListRank: z.number().int().positive().max(100_000).optional(),
    referralDate: ZIsoDate,
    priorityPopulations: z.array(ZPriorityPopulation).max(4).default([]),
    caseConferencingNotes: ZText(5000).optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.personId === !value.person) {
      ctx.addIssue({
        code: 'custom',
        message: 'Choose an existing person or enter a new one, not both.',
        path: [value.personId ? 'person' : 'personId'],
      });
    }
    if (new Set(value.priorityPopulations).size !== value.priorityPopulations.length) {
      ctx.addIssue({
        code: 'custom',
        message: 'A priority population is listed twice.',
        path: ['priorityPopulations'],
      });
    }
  });
export type TReferralCreateInput = z.input<typeof ZReferralCreateInput>;

export const ZReferralListInput = z.object({ serviceHubId: ZUuid.optional() }).optional();
export type TReferralListInput = z.infer<typeof ZReferralListInput>;

export const ZByPersonInput = z.object({ personId: ZUuid });
export type TByPersonInput = z.infer<typeof ZByPersonInput>;

// ---------------------------------------------------------------------------------------------
// Applications (opened on a referral only)

export const ZApplicationOpenInput = z.object({
  referralId: ZUuid,
  applicationDate: ZIsoDate,
  /** The unit is dedicated to chronically homeless households, so chronic status must be shown. */
  requiresChronicHomelessness: z.boolean().default(false),
});
export type TApplicationOpenInput = z.input<typeof ZApplicationOpenInput>;

export const ZApplicationIdInput = z.object({ applicationId: ZUuid });
export type TApplicationIdInput = z.infer<typeof ZApplicationIdInput>;

// ---------------------------------------------------------------------------------------------
// Homelessness: the current living situation, with the evidence that documents it

const ZHomelessEvidenceFields = {
  evidenceType: ZHomelessEvidenceType,
  /** Required for third-party evidence: which source, in the Maine order of preference. */
  evidenceSource: ZThirdPartySource.optional(),
  evidenceDate: ZIsoDate,
  dueDiligenceForHigherPriorityDocumented: z.boolean().optional(),
};

function refineEvidenceSource(
  value: { evidenceType: string; evidenceSource?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if (value.evidenceType === 'third_party' && !value.evidenceSource) {
    ctx.addIssue({
      code: 'custom',
      message: 'Name the third-party source.',
      path: ['evidenceSource'],
    });
  }
}

export const ZRecordSituationInput = z
  .object({
    applicationId: ZUuid,
    situation: ZClassifyHomelessnessInput,
    /** The Maine page's RV/camper checklist, when the person lives in an RV or camper. */
    rvCamper: ZRvCamperFactors.optional(),
    ...ZHomelessEvidenceFields,
    notes: ZText(5000).optional(),
  })
  .superRefine((value, ctx) => {
    refineEvidenceSource(value, ctx);
    if (!value.situation.livingSituation) {
      ctx.addIssue({
        code: 'custom',
        message: 'Choose the current living situation.',
        path: ['situation', 'livingSituation'],
      });
    }
  });
export type TRecordSituationInput = z.input<typeof ZRecordSituationInput>;

// ---------------------------------------------------------------------------------------------
// Homelessness history: stays

export const ZStayAddInput = z
  .object({
    applicationId: ZUuid,
    start: ZIsoDate,
    /** The last night spent there, inclusive. */
    end: ZIsoDate,
    location: ZStayLocation,
    locationDescription: ZText(300).optional(),
    documentation: ZHomelessEvidenceType.optional(),
    source: ZThirdPartySource.optional(),
    notes: ZText(2000).optional(),
  })
  .superRefine((value, ctx) => {
    if (compareDates(value.end, value.start) < 0) {
      ctx.addIssue({ code: 'custom', message: 'The end is before the start.', path: ['end'] });
    }
    if (value.documentation === 'third_party' && !value.source) {
      ctx.addIssue({ code: 'custom', message: 'Name the third-party source.', path: ['source'] });
    }
  });
export type TStayAddInput = z.input<typeof ZStayAddInput>;

export const ZStayRemoveInput = z.object({ stayId: ZUuid });
export type TStayRemoveInput = z.infer<typeof ZStayRemoveInput>;

export const ZStayListInput = z.object({
  applicationId: ZUuid,
  /** The date the chronic assessment is made as of; the application date when absent. */
  asOfDate: ZIsoDate.optional(),
});
export type TStayListInput = z.infer<typeof ZStayListInput>;

// ---------------------------------------------------------------------------------------------
// Disability evidence

export const ZDisabilityCredential = z.enum(
  DISABILITY_CREDENTIALS.map((entry) => entry.credential) as [
    (typeof DISABILITY_CREDENTIALS)[number]['credential'],
    ...(typeof DISABILITY_CREDENTIALS)[number]['credential'][],
  ],
);
export type TDisabilityCredential = z.infer<typeof ZDisabilityCredential>;

export const ZDisabilityEvidenceAddInput = z
  .object({
    applicationId: ZUuid,
    type: ZDisabilityEvidenceType,
    disabledMember: ZDisabledMember,
    evidenceDate: ZIsoDate,
    credential: ZDisabilityCredential.optional(),
    professionalName: ZText(120).optional(),
    licensedByStateToDiagnoseAndTreat: z.boolean().optional(),
    certifiesLongContinuingOrIndefinite: z.boolean().optional(),
    certifiesSubstantiallyImpedesIndependentLiving: z.boolean().optional(),
    /** For a benefit receipt: SSDI, VA disability compensation, … */
    benefit: ZText(120).optional(),
    notes: ZText(5000).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.type === 'professional_verification' && !value.credential) {
      ctx.addIssue({
        code: 'custom',
        message: "choose the professional's credential",
        path: ['credential'],
      });
    }
    if (value.type === 'disability_benefit_receipt' && !value.benefit) {
      ctx.addIssue({ code: 'custom', message: 'Name the benefit.', path: ['benefit'] });
    }
  });
export type TDisabilityEvidenceAddInput = z.input<typeof ZDisabilityEvidenceAddInput>;

// ---------------------------------------------------------------------------------------------
// Determinations (immutable; a new one supersedes)

export const ZDeterminationRecordInput = z.object({
  applicationId: ZUuid,
  determinationDate: ZIsoDate,
  notes: ZText(5000).optional(),
});
export type TDeterminationRecordInput = z.infer<typeof ZDeterminationRecordInput>;

// ---------------------------------------------------------------------------------------------
// Enrollment, rent, move-in

export const ZEnrollmentUpsertInput = z.object({
  applicationId: ZUuid,
  projectStartDate: ZIsoDate,
  /** People to add to the household as members of the enrollment. */
  newMembers: z
    .array(
      ZNewPersonInput.extend({
        relationshipToHead: z.enum(['spouse', 'partner', 'child', 'other_relative', 'other']),
      }),
    )
    .max(20)
    .default([]),
});
export type TEnrollmentUpsertInput = z.input<typeof ZEnrollmentUpsertInput>;

export const ZIncomeSource = z.object({
  label: ZRequiredText(120, 'Name the income source'),
  annualCents: zCents('An annual income cannot be below zero. Enter 0 or more.'),
});

export const ZRentInput = z
  .object({
    applicationId: ZUuid,
    effectiveDate: ZIsoDate,
    ruleSet: z.enum(['HOTMA', 'PRE_HOTMA']).optional(),
    /** Annual income by source, already net of the 24 CFR 5.609 exclusions. */
    incomes: z.array(ZIncomeSource).max(30),
    /** When absent, the household's members are taken from the record (age at the effective date). */
    householdMembers: z.array(ZHouseholdMember).max(30).optional(),
    elderlyOrDisabledFamily: z.boolean().optional(),
    unreimbursedHealthMedicalCents: ZCents.optional(),
    attendantCareAuxiliaryCents: ZCents.optional(),
    attendantCareEnabledEarnedIncomeCents: ZCents.optional(),
    childCareCents: ZCents.optional(),
    childCareEmploymentIncomeCapCents: ZCents.optional(),
    welfareRentMonthlyCents: ZCents.optional(),
    utilityAllowanceMonthlyCents: ZCents.optional(),
    contractRentMonthlyCents: ZCents,
  })
  .superRefine((value, ctx) => {
    // The annual income is saved as one 32-bit amount: the sources together must fit it too.
    const total = value.incomes.reduce((sum, income) => sum + income.annualCents, 0);
    if (total > INT32_MAX) {
      ctx.addIssue({
        code: 'custom',
        message: 'The incomes add up to more than $21,474,836.47 a year. Check the amounts.',
        path: ['incomes'],
      });
    }
  });
export type TRentInput = z.input<typeof ZRentInput>;

export const ZMoveInRecordInput = z.object({
  applicationId: ZUuid,
  unitId: ZUuid,
  housingMoveInDate: ZIsoDate,
});
export type TMoveInRecordInput = z.infer<typeof ZMoveInRecordInput>;

export const DEADLINES_PAGE_SIZE = 50;
export const ZDeadlinesListInput = z
  .object({
    withinDays: z
      .number({ error: 'Give the number of days ahead as a whole number' })
      .int({ error: 'Give the number of days ahead as a whole number' })
      .positive({ error: 'Look at least one day ahead' })
      .max(3660, { error: 'Look at most ten years ahead' })
      .optional(),
    /** Only this application's deadlines (the application page). */
    applicationId: ZUuid.optional(),
    page: z
      .number({ error: 'Choose a page by its number' })
      .int({ error: 'Choose a page by its number' })
      .positive({ error: 'Pages count from 1' })
      .max(10_000, { error: 'There are not that many pages' })
      .optional(),
    pageSize: z
      .number({ error: 'Give how many deadlines a page shows' })
      .int({ error: 'Give how many deadlines a page shows' })
      .positive({ error: 'A page shows at least one deadline' })
      .max(100, { error: 'A page shows at most 100 deadlines' })
      .optional(),
  })
  .optional();
export type TDeadlinesListInput = z.infer<typeof ZDeadlinesListInput>;

// ---------------------------------------------------------------------------------------------

const dollars = (cents: number): string =>
  `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** What the rent form starts from, as of an effective date (today when absent). */
export const ZRentDefaultsInput = z.object({ applicationId: ZUuid, effectiveDate: ZIsoDate.optional() });
export type TRentDefaultsInput = z.input<typeof ZRentDefaultsInput>;

/** The rent worksheet, line by line, from a calculation: what the tenant and the file are shown. */
export function rentArithmetic(
  annualIncomeCents: number,
  calc: RentCalculation,
  ttpRounding: ProgramPolicy['ttpRounding'] = DEFAULT_POLICY.ttpRounding,
): string[] {
  const d = calc.deductions;
  const total =
    d.dependentCents +
    d.elderlyDisabledFamilyCents +
    d.medicalAndDisabilityAssistanceCents +
    d.childCareCents;
  return [
    `Annual income: ${dollars(annualIncomeCents)}`,
    `Deductions: dependents ${dollars(d.dependentCents)} (${calc.dependentsCounted}) + elderly/disabled family ${dollars(d.elderlyDisabledFamilyCents)} + medical and disability assistance ${dollars(d.medicalAndDisabilityAssistanceCents)} + child care ${dollars(d.childCareCents)} = ${dollars(total)}`,
    `Adjusted annual income: ${dollars(annualIncomeCents)} − ${dollars(total)} = ${dollars(calc.adjustedAnnualIncomeCents)}`,
    `30% of monthly adjusted income: ${dollars(calc.adjustedAnnualIncomeCents)} × 30% ÷ 12 = ${dollars(calc.thirtyPctMonthlyAdjustedCents)}`,
    `10% of monthly gross income: ${dollars(annualIncomeCents)} × 10% ÷ 12 = ${dollars(calc.tenPctMonthlyGrossCents)}`,
    `Welfare rent: ${dollars(calc.welfareRentMonthlyCents)}`,
    ttpLine(calc, ttpRounding),
    `Tenant rent: ${dollars(calc.tenantRentCents)}; utility reimbursement: ${dollars(calc.utilityReimbursementCents)}`,
    `Rental assistance to the owner: ${dollars(calc.rentalAssistanceToOwnerCents)}`,
  ];
}

/**
 * The total tenant payment line, saying how it was rounded: the rounding is a program setting
 * (RULES.md §8, `ttpRounding`), so the worksheet names it rather than showing $196.00 unexplained.
 */
function ttpLine(calc: RentCalculation, ttpRounding: ProgramPolicy['ttpRounding']): string {
  const highest = Math.max(
    calc.thirtyPctMonthlyAdjustedCents,
    calc.tenPctMonthlyGrossCents,
    calc.welfareRentMonthlyCents,
  );
  if (ttpRounding === 'none') {
    return `Total tenant payment (the highest): ${dollars(calc.ttpCents)}, not rounded (a program setting)`;
  }
  return highest === calc.ttpCents
    ? `Total tenant payment (the highest): ${dollars(calc.ttpCents)}, a whole dollar amount (rounded to the nearest dollar, a program setting)`
    : `Total tenant payment (the highest): ${dollars(highest)}, rounded to the nearest dollar, a program setting: ${dollars(calc.ttpCents)}`;
}
