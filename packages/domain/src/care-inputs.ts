import { z } from 'zod';

import { GOAL_END_STATUSES, STEP_OWNERS } from './goals';
import { LINKAGE_STATUSES, RESOURCE_CATEGORIES } from './linkages';
import { PLAN_RESPONSES } from './service-plan';
import { ZInt32, ZIsoDate, ZRequiredText, ZText } from './validation';

/** Inputs of assessment & acuity, service plans, engagement and linkages (issue 4). */

const required = (max = 4000) => ZRequiredText(max, 'Fill this in.');
const optionalText = (max = 4000) => ZText(max).default('');
/** An acuity domain's key, as the program's domains name them. */
const ZDomainKey = ZRequiredText(60, 'Choose an acuity domain.');

/** A record keyed by acuity domain: each key is a domain key (a record's own key check has no words). */
function domainKeysAreKeys(value: Record<string, unknown>, ctx: z.RefinementCtx) {
  for (const key of Object.keys(value)) {
    const parsed = ZDomainKey.safeParse(key);
    if (!parsed.success || parsed.data !== key) {
      ctx.addIssue({
        code: 'custom',
        message: parsed.error?.issues[0]?.message ?? 'Choose an acuity domain.',
      });
      return;
    }
  }
}
const ZId = z.uuid('Choose an item from the list.');

export const ZCarePersonInput = z.object({ personId: ZId });
export type TCarePersonInput = z.input<typeof ZCarePersonInput>;

// ---------- Engagement ----------

export const ZRecordWarmHandoffInput = z.object({
  personId: ZId,
  handoffDate: ZIsoDate,
  fromProvider: required(200),
  fromWorker: required(200),
  participants: required(1000),
  /** How the PSH program and roles (case manager, property manager) were explained. */
  programAndRolesExplained: required(),
  /** What the tenant is good at, in the tenant's words where possible. */
  strengths: required(),
  planForWorkingTogether: required(),
});
export type TRecordWarmHandoffInput = z.input<typeof ZRecordWarmHandoffInput>;
export type TRecordWarmHandoff = z.output<typeof ZRecordWarmHandoffInput>;

// ---------- Assessment & acuity ----------

export const ZHousingHistory = z.object({
  placesLived: optionalText(),
  leaseholderExperience: optionalText(),
  rolesAndResponsibilities: optionalText(),
  whatWorked: optionalText(),
  whatDidNotWork: optionalText(),
  satisfaction: optionalText(),
  housingGoals: optionalText(),
});
export type THousingHistory = z.output<typeof ZHousingHistory>;

export const ZHomelessnessHistory = z.object({
  causeOfFirstEpisode: optionalText(),
  lengthOfTime: optionalText(),
  placesStayed: optionalText(),
  routine: optionalText(),
  supports: optionalText(),
});
export type THomelessnessHistory = z.output<typeof ZHomelessnessHistory>;

export const ZAcuityScore = z
  .number()
  .int('Enter a whole number from 1 to 5.')
  .min(1, 'Enter a whole number from 1 to 5.')
  .max(5, 'Enter a whole number from 1 to 5.');

export const ZDomainEntry = z.object({
  score: ZAcuityScore.nullable(),
  strengths: optionalText(),
  challenges: optionalText(),
});
export type TDomainEntry = z.output<typeof ZDomainEntry>;

export const ZStartAssessmentInput = z.object({ personId: ZId });
export type TStartAssessmentInput = z.input<typeof ZStartAssessmentInput>;

const sectionBase = { assessmentId: ZId, version: ZInt32.positive() };

export const ZSaveAssessmentSectionInput = z.discriminatedUnion('section', [
  z.object({ ...sectionBase, section: z.literal('housing_history'), housingHistory: ZHousingHistory }),
  z.object({
    ...sectionBase,
    section: z.literal('homelessness_history'),
    homelessnessHistory: ZHomelessnessHistory,
  }),
  z.object({
    ...sectionBase,
    section: z.literal('domains'),
    domains: z.record(z.string(), ZDomainEntry).superRefine(domainKeysAreKeys),
  }),
]);
export type TSaveAssessmentSectionInput = z.input<typeof ZSaveAssessmentSectionInput>;
/** Parsed, defaults applied: what the server stores. */
export type TSaveAssessmentSection = z.output<typeof ZSaveAssessmentSectionInput>;

export const ZCompleteAssessmentInput = z.object({ ...sectionBase, completedOn: ZIsoDate });
export type TCompleteAssessmentInput = z.input<typeof ZCompleteAssessmentInput>;

export const ZAssessmentByIdInput = z.object({ assessmentId: ZId });

export const ZInterimUpdateInput = z.object({
  personId: ZId,
  updateDate: ZIsoDate,
  domainKey: required(60),
  newScore: ZAcuityScore,
  reason: required(),
});
export type TInterimUpdateInput = z.input<typeof ZInterimUpdateInput>;

// ---------- Service plan ----------

export const ZGoalMarker = z.object({ description: required(500), targetDate: ZIsoDate });
export const ZGoalStep = z.object({
  description: required(500),
  owner: z.enum(STEP_OWNERS, 'Choose who does this step.'),
  partnerName: ZText(200).nullish(),
  dueDate: ZIsoDate.nullish(),
});

export const ZCreateGoalInput = z.object({
  personId: ZId,
  /** Specific: one task or issue at a time. */
  statement: required(500),
  /** Measurable: markers of progress, with dates. */
  markers: z.array(ZGoalMarker).min(1, 'Add at least one progress marker.').max(10),
  /** Achievable: steps, each with who does it. */
  steps: z.array(ZGoalStep).min(1, 'Add at least one step.').max(12),
  /** Relevant: the tenant's own "so that …", in their words. */
  soThat: required(1000),
  longTermGoal: required(1000),
  /** Time-bound. */
  targetDate: ZIsoDate,
  domainKeys: z.array(ZDomainKey).min(1, 'Choose the acuity domain(s) this goal addresses.').max(10),
  fromProposalId: ZId.nullish(),
});
export type TCreateGoalInput = z.input<typeof ZCreateGoalInput>;

export const ZGoalNoteInput = z.object({ goalId: ZId, noteDate: ZIsoDate, body: required(2000) });
export type TGoalNoteInput = z.input<typeof ZGoalNoteInput>;

export const ZEndGoalInput = z.object({
  goalId: ZId,
  endStatus: z.enum(GOAL_END_STATUSES, 'Choose achieved, revised or dropped.'),
  endedOn: ZIsoDate,
  reason: required(1000),
});
export type TEndGoalInput = z.input<typeof ZEndGoalInput>;

export const ZSetStepDoneInput = z.object({
  goalId: ZId,
  stepIndex: ZInt32.nonnegative(),
  isDone: z.boolean(),
});
export type TSetStepDoneInput = z.input<typeof ZSetStepDoneInput>;

export const ZSetMarkerMetInput = z.object({
  goalId: ZId,
  markerIndex: ZInt32.nonnegative(),
  metOn: ZIsoDate.nullable(),
});
export type TSetMarkerMetInput = z.input<typeof ZSetMarkerMetInput>;

export const ZAnswerProposalInput = z.object({
  proposalId: ZId,
  response: required(1000),
});
export type TAnswerProposalInput = z.input<typeof ZAnswerProposalInput>;

export const ZTenantGoalNoteInput = z.object({ goalId: ZId, body: required(2000) });
export type TTenantGoalNoteInput = z.input<typeof ZTenantGoalNoteInput>;

export const ZProposeGoalInput = z.object({
  goal: required(1000),
  soThat: optionalText(1000),
});
export type TProposeGoalInput = z.input<typeof ZProposeGoalInput>;

export const ZPlanResponseInput = z.object({
  planVersion: ZInt32.positive(),
  response: z.enum(PLAN_RESPONSES, 'Choose whether you accept the plan or want to talk about it.'),
  comment: optionalText(1000),
});
export type TPlanResponseInput = z.input<typeof ZPlanResponseInput>;

// ---------- Harm-reduction plan to prevent eviction ----------

export const ZHarmReductionOption = z.object({
  option: required(1000),
  factorsFor: optionalText(2000),
  factorsAgainst: optionalText(2000),
  landlordNonNegotiable: optionalText(1000),
  tenantNonNegotiable: optionalText(1000),
});
export type THarmReductionOption = z.output<typeof ZHarmReductionOption>;

export const ZCreateHarmReductionPlanInput = z.object({
  personId: ZId,
  identifiedOn: ZIsoDate,
  housingRisk: required(2000),
  options: z.array(ZHarmReductionOption).min(1, 'Add at least one option.').max(8),
  /** Index into options of the option chosen with the tenant; null while still deciding. */
  chosenOption: ZInt32.nonnegative().nullable(),
  followUpDate: ZIsoDate,
});
export type TCreateHarmReductionPlanInput = z.input<typeof ZCreateHarmReductionPlanInput>;
export type TCreateHarmReductionPlan = z.output<typeof ZCreateHarmReductionPlanInput>;

// ---------- Resources and linkages ----------

export const ZResourceFields = z.object({
  name: required(200),
  category: z.enum(RESOURCE_CATEGORIES, 'Choose a category.'),
  contact: required(500),
  provides: required(2000),
  hasMou: z.boolean(),
});
export const ZCreateResourceInput = ZResourceFields;
export type TCreateResourceInput = z.input<typeof ZCreateResourceInput>;
export const ZUpdateResourceInput = ZResourceFields.partial().extend({
  resourceId: ZId,
  isActive: z.boolean().optional(),
});
export type TUpdateResourceInput = z.input<typeof ZUpdateResourceInput>;
export const ZResourceListInput = z
  .object({ category: z.enum(RESOURCE_CATEGORIES).optional(), includeInactive: z.boolean().optional() })
  .optional();

export const ZCreateLinkageInput = z.object({
  personId: ZId,
  resourceId: ZId,
  referredOn: ZIsoDate,
  purpose: required(1000),
  isWarmHandoff: z.boolean(),
});
export type TCreateLinkageInput = z.input<typeof ZCreateLinkageInput>;

export const ZMoveLinkageInput = z.object({
  linkageId: ZId,
  status: z.enum(LINKAGE_STATUSES),
  date: ZIsoDate,
  note: optionalText(1000),
});
export type TMoveLinkageInput = z.input<typeof ZMoveLinkageInput>;

export const ZLinkageCheckInInput = z.object({
  linkageId: ZId,
  checkInDate: ZIsoDate,
  isWorking: z.boolean(),
  note: required(2000),
});
export type TLinkageCheckInInput = z.input<typeof ZLinkageCheckInInput>;
