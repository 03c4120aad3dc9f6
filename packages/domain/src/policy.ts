import { z } from 'zod';

import { LEASE_ISSUE_TYPES } from './lease-issues';
import { parseInput } from './validation';

export const ZHomelessCategory = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type THomelessCategory = z.infer<typeof ZHomelessCategory>;

/** Program settings where programs may differ (RULES.md §8). */
export const ZProgramPolicy = z.object({
  acceptedCategories: z.array(ZHomelessCategory).min(1),
  ttpRounding: z.enum(['nearest_dollar', 'none']),
  disabilityHolder: z.enum(['any_member', 'adult_only']),
  literalHomelessnessDocumentationDays: z.number().int().nonnegative(),
  ctiPhaseLengthMonths: z.number().int().positive(),
  grievanceResponseBusinessDays: z.number().int().positive(),
  disabilityConfirmationDays: z.number().int().positive(),
  /** Kinds of lease issue that may go to a written notice without an unmet cure first. */
  seriousLeaseIssueTypes: z.array(z.enum(LEASE_ISSUE_TYPES)),
  /** Days a written lease-violation notice gives before a referral to the legal process. */
  violationNoticePeriodDays: z.number().int().positive(),
  /** Days from the housing move-in by which the tenant has gone over every rights topic (POLICY). */
  rightsAcknowledgementDays: z.number().int().positive(),
  /** Days after rent is charged during which it is due but not yet in arrears. */
  rentGraceDays: z.number().int().nonnegative(),
});
export type TProgramPolicy = z.infer<typeof ZProgramPolicy>;
export type ProgramPolicy = TProgramPolicy;

export const DEFAULT_POLICY: ProgramPolicy = Object.freeze({
  acceptedCategories: [1, 4],
  ttpRounding: 'nearest_dollar',
  disabilityHolder: 'any_member',
  literalHomelessnessDocumentationDays: 14,
  ctiPhaseLengthMonths: 3,
  grievanceResponseBusinessDays: 10,
  disabilityConfirmationDays: 45,
  seriousLeaseIssueTypes: ['safety'],
  violationNoticePeriodDays: 30,
  rightsAcknowledgementDays: 30,
  rentGraceDays: 5,
}) as ProgramPolicy;

/** Merges a partial policy over the defaults; absent (undefined) settings keep the default. */
export function resolvePolicy(policy?: Partial<ProgramPolicy> | null): ProgramPolicy {
  const given = Object.fromEntries(Object.entries(policy ?? {}).filter(([, value]) => value !== undefined));
  return parseInput(ZProgramPolicy, { ...DEFAULT_POLICY, ...given }, 'policy');
}
