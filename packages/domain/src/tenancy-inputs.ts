import { z } from 'zod';

import { ZUuid } from './identity';
import { LEASE_ISSUE_STEP_KINDS, LEASE_ISSUE_TYPES } from './lease-issues';
import { MAX_ENTRY_NOTICE_DAYS } from './repairs';
import { ZCents, ZIsoDate, ZRequiredText, ZText } from './validation';

/**
 * Inputs of the tenancy side (issue 5): leases, lease issues, repairs, rights and grievances,
 * shared by the API and the three portals' forms. Rules that need the clock or stored steps
 * (order of steps, "not in the future") live in lease-issues.ts and are checked by the API.
 */

const ZOptionalText = (max: number) => ZText(max).optional();

// ---------------------------------------------------------------------------------------------
// Lease issues

export const ZLeaseIssueType = z.enum(LEASE_ISSUE_TYPES, { error: 'Choose the type of issue' });
export const ZLeaseIssueStepKind = z.enum(LEASE_ISSUE_STEP_KINDS, { error: 'Choose the next step' });

export const ZLeaseIssueCreateInput = z.object({
  unitId: ZUuid,
  type: ZLeaseIssueType,
  occurredOn: ZIsoDate,
  /** What happened, in behavioural terms: what was seen or heard, not a diagnosis. */
  description: ZRequiredText(2000, 'Describe what happened'),
});
export type TLeaseIssueCreateInput = z.infer<typeof ZLeaseIssueCreateInput>;

export const ZLeaseIssueStepInput = z.object({
  issueId: ZUuid,
  kind: ZLeaseIssueStepKind,
  stepDate: ZIsoDate,
  dueDate: ZIsoDate.optional(),
  note: ZOptionalText(2000),
});
export type TLeaseIssueStepInput = z.infer<typeof ZLeaseIssueStepInput>;

export const ZLeaseIssueIdInput = z.object({ issueId: ZUuid });
export type TLeaseIssueIdInput = z.infer<typeof ZLeaseIssueIdInput>;

export const ZLeaseIssueRespondInput = z.object({
  issueId: ZUuid,
  body: ZRequiredText(2000, 'Write your answer'),
});
export type TLeaseIssueRespondInput = z.infer<typeof ZLeaseIssueRespondInput>;

// ---------------------------------------------------------------------------------------------
// Rights and responsibilities

export const RIGHTS_TOPICS = [
  'privacy',
  'safe_housing',
  'due_process',
  'the_lease',
  'services_voluntary',
  'grievances',
] as const;
export const ZRightsTopic = z.enum(RIGHTS_TOPICS);
export type TRightsTopic = z.infer<typeof ZRightsTopic>;

export const ZRightsAcknowledgeInput = z.object({ topic: ZRightsTopic });
export type TRightsAcknowledgeInput = z.infer<typeof ZRightsAcknowledgeInput>;

// ---------------------------------------------------------------------------------------------
// Repairs

export const REPAIR_URGENCIES = ['emergency', 'urgent', 'routine'] as const;
export const ZRepairUrgency = z.enum(REPAIR_URGENCIES, { error: 'Choose how urgent it is' });
export type TRepairUrgency = z.infer<typeof ZRepairUrgency>;
export const REPAIR_URGENCY_LABELS: Record<TRepairUrgency, string> = {
  emergency: 'Emergency: danger now (no heat, flooding, gas smell, no way to lock the door)',
  urgent: 'Soon: something important is broken',
  routine: 'When you can: small things',
};

export const UNIT_ENTRY_BASES = ['tenant_permission', 'notice_given', 'emergency'] as const;
export const ZUnitEntryBasis = z.enum(UNIT_ENTRY_BASES, { error: 'Choose why entry was allowed' });
export type TUnitEntryBasis = z.infer<typeof ZUnitEntryBasis>;
export const UNIT_ENTRY_BASIS_LABELS: Record<TUnitEntryBasis, string> = {
  tenant_permission: 'The tenant gave permission',
  notice_given: 'Written notice was given in advance',
  emergency: 'Emergency',
};

export const ZRepairCreateInput = z.object({
  description: ZRequiredText(2000, 'Tell us what needs fixing'),
  location: ZRequiredText(200, 'Tell us where it is'),
  urgency: ZRepairUrgency,
  canEnterWithoutTenant: z.boolean({ error: 'Tell us if we may come in when you are not home' }),
  accessNotes: ZOptionalText(500),
});
export type TRepairCreateInput = z.infer<typeof ZRepairCreateInput>;

export const ZRepairIdInput = z.object({ repairId: ZUuid });
export type TRepairIdInput = z.infer<typeof ZRepairIdInput>;

export const ZRepairTriageInput = z.object({
  repairId: ZUuid,
  urgency: ZRepairUrgency,
  note: ZOptionalText(1000),
});
export type TRepairTriageInput = z.infer<typeof ZRepairTriageInput>;

export const ZRepairScheduleInput = z.object({
  repairId: ZUuid,
  scheduledFor: ZIsoDate,
  /** The notice given to the tenant about the visit (how and when). */
  noticeGiven: ZRequiredText(500, 'Say how and when the tenant was told about the visit'),
});
export type TRepairScheduleInput = z.infer<typeof ZRepairScheduleInput>;

export const ZRepairCompleteInput = z.object({
  repairId: ZUuid,
  completedOn: ZIsoDate,
  note: ZOptionalText(1000),
  /** Entering the unit is logged: on what basis, and the notice given (right to privacy). */
  entryBasis: ZUnitEntryBasis,
  noticeGivenOn: ZIsoDate.optional(),
});
export type TRepairCompleteInput = z.infer<typeof ZRepairCompleteInput>;

export const ZRepairConfirmInput = z.object({
  repairId: ZUuid,
  isFixed: z.boolean({ error: 'Tell us if it is fixed' }),
  comment: ZOptionalText(1000),
});
export type TRepairConfirmInput = z.infer<typeof ZRepairConfirmInput>;

// ---------------------------------------------------------------------------------------------
// Property settings (kept by the property manager)

/** A phone number as people write it: digits with spaces, dashes, dots, brackets or a leading +. */
function isPhoneNumber(value: string): boolean {
  return /^\+?[0-9().\-\s]+$/.test(value) && value.replace(/\D/g, '').length >= 7;
}

export const ZPropertySettingsInput = z.object({
  propertyId: ZUuid,
  /** Days of written notice before entering a unit (Maine: at least 24 hours, so at least 1 day). */
  entryNoticeDays: z
    .number({ error: 'Enter the days of notice as a number' })
    .int({ error: 'Enter a whole number of days' })
    .min(1, { error: 'Notice must be at least 1 day (24 hours)' })
    .max(MAX_ENTRY_NOTICE_DAYS, { error: `Notice can be at most ${MAX_ENTRY_NOTICE_DAYS} days` }),
  /** The number a tenant calls for an urgent repair; empty to remove it. */
  emergencyMaintenancePhone: z
    .string()
    .trim()
    .max(40, { error: 'Keep the phone number to 40 characters' })
    .refine((v) => v === '' || isPhoneNumber(v), {
      error: 'Enter a phone number, for example 207-555-0100',
    }),
});
export type TPropertySettingsInput = z.infer<typeof ZPropertySettingsInput>;

// ---------------------------------------------------------------------------------------------
// Grievances

export const GRIEVANCE_ABOUT = ['services', 'housing'] as const;
export const ZGrievanceAbout = z.enum(GRIEVANCE_ABOUT, { error: 'Choose what it is about' });
export type TGrievanceAbout = z.infer<typeof ZGrievanceAbout>;

export const ZGrievanceCreateInput = z.object({
  about: ZGrievanceAbout,
  description: ZRequiredText(4000, 'Tell us what is wrong'),
});
export type TGrievanceCreateInput = z.infer<typeof ZGrievanceCreateInput>;

export const ZGrievanceIdInput = z.object({ grievanceId: ZUuid });
export type TGrievanceIdInput = z.infer<typeof ZGrievanceIdInput>;

export const ZGrievanceRespondInput = z.object({
  grievanceId: ZUuid,
  response: ZRequiredText(4000, 'Write the response'),
});
export type TGrievanceRespondInput = z.infer<typeof ZGrievanceRespondInput>;

export const ZGrievanceAppealInput = z.object({
  grievanceId: ZUuid,
  reason: ZRequiredText(4000, 'Tell us why you want to appeal'),
});
export type TGrievanceAppealInput = z.infer<typeof ZGrievanceAppealInput>;

export const APPEAL_OUTCOMES = ['upheld', 'changed'] as const;
export const ZAppealOutcome = z.enum(APPEAL_OUTCOMES, { error: 'Choose the outcome' });
export const APPEAL_OUTCOME_LABELS: Record<(typeof APPEAL_OUTCOMES)[number], string> = {
  upheld: 'The first answer stands',
  changed: 'The first answer is changed',
};

export const ZGrievanceDecideInput = z.object({
  grievanceId: ZUuid,
  outcome: ZAppealOutcome,
  decision: ZRequiredText(4000, 'Write the decision'),
  /** What the decision requires be done (e.g. assign a new case manager): shown until marked done. */
  followUp: ZOptionalText(500),
});
export type TGrievanceDecideInput = z.infer<typeof ZGrievanceDecideInput>;

export const ZGrievanceFollowUpDoneInput = z.object({ grievanceId: ZUuid });
export type TGrievanceFollowUpDoneInput = z.infer<typeof ZGrievanceFollowUpDoneInput>;

// ---------------------------------------------------------------------------------------------
// Leases and the rent ledger

export const ZLeaseIdInput = z.object({ leaseId: ZUuid });
export type TLeaseIdInput = z.infer<typeof ZLeaseIdInput>;

/** The unit's monthly contract rent, which a new lease of the unit takes. */
export const ZUnitContractRentInput = z.object({
  unitId: ZUuid,
  contractRentCents: z
    .number({ error: 'Enter the contract rent in dollars, such as 950.00' })
    .int({ error: 'Enter the contract rent in dollars and cents, such as 950.00' })
    .min(1, { error: 'Enter a contract rent above zero' })
    .max(10_000_000, { error: 'Enter a contract rent under $100,000.00 a month' }),
});
export type TUnitContractRentInput = z.infer<typeof ZUnitContractRentInput>;

export const LEDGER_KINDS = ['charge', 'payment'] as const;
export const ZLedgerEntryInput = z.object({
  leaseId: ZUuid,
  kind: z.enum(LEDGER_KINDS, { error: 'Choose charge or payment' }),
  entryDate: ZIsoDate,
  amountCents: ZCents.min(1, { error: 'Enter an amount above zero' }),
  memo: ZOptionalText(200),
});
export type TLedgerEntryInput = z.infer<typeof ZLedgerEntryInput>;
