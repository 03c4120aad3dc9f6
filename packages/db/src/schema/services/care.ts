import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  GOAL_PROPOSAL_STATUSES,
  GOAL_STATUSES,
  LINKAGE_STATUSES,
  PLAN_RESPONSES,
  RESOURCE_CATEGORIES,
  type StepOwner,
  type THarmReductionOption,
  type THomelessnessHistory,
  type THousingHistory,
  type TDomainEntry,
} from '@hearth/domain';
import { id, timestamps, version } from '../columns';
import { users } from '../identity';
import { people } from '../people';
import { programs } from '../program';

/**
 * Engagement, assessment & acuity, service plans, harm-reduction plans and resource linkages
 * (issue 4, CT PSH training). Services data: property code never reaches this file.
 */

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

// ---------- Program data: acuity domains, anchors and tiers ----------

export const acuityDomains = pgTable(
  'acuity_domains',
  {
    id: id(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    key: text('key').notNull(),
    name: text('name').notNull(),
    /** What a 1 means (least need) and what a 5 means (most need). */
    anchorLow: text('anchor_low').notNull(),
    anchorHigh: text('anchor_high').notNull(),
    sortOrder: integer('sort_order').notNull(),
    isActive: boolean('is_active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [uniqueIndex('acuity_domains_program_key_uq').on(t.programId, t.key)],
);

export const acuityTiers = pgTable(
  'acuity_tiers',
  {
    id: id(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    name: text('name').notNull(),
    minTotal: integer('min_total').notNull(),
    maxTotal: integer('max_total').notNull(),
    /** The service intensity the tier implies, e.g. "weekly home visits". */
    intensity: text('intensity').notNull(),
    ...timestamps(),
  },
  (t) => [index('acuity_tiers_program_idx').on(t.programId)],
);

// ---------- Engagement ----------

export const warmHandoffs = pgTable(
  'warm_handoffs',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    handoffDate: date('handoff_date', { mode: 'string' }).notNull(),
    fromProvider: text('from_provider').notNull(),
    fromWorker: text('from_worker').notNull(),
    participants: text('participants').notNull(),
    programAndRolesExplained: text('program_and_roles_explained').notNull(),
    strengths: text('strengths').notNull(),
    planForWorkingTogether: text('plan_for_working_together').notNull(),
    recordedById: uuid('recorded_by_id')
      .notNull()
      .references(() => users.id),
    ...timestamps(),
  },
  (t) => [index('warm_handoffs_person_idx').on(t.personId)],
);

// ---------- Assessment & acuity ----------

export const assessmentStatus = pgEnum('assessment_status', ['draft', 'completed']);

/**
 * A living document: one draft at a time per person, saved section by section over several
 * visits; completing it freezes it as a numbered version. Completed rows are never updated.
 */
export const assessments = pgTable(
  'assessments',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    status: assessmentStatus('status').notNull().default('draft'),
    /** Optimistic concurrency: every save names the version it read. */
    version: version(),
    /** 1, 2, … once completed; null while a draft. */
    versionNumber: integer('version_number'),
    housingHistory: jsonb('housing_history').$type<THousingHistory>(),
    homelessnessHistory: jsonb('homelessness_history').$type<THomelessnessHistory>(),
    domains: jsonb('domains').$type<Record<string, TDomainEntry>>().notNull().default({}),
    housingHistorySavedAt: timestamp('housing_history_saved_at', { withTimezone: true, mode: 'date' }),
    homelessnessHistorySavedAt: timestamp('homelessness_history_saved_at', {
      withTimezone: true,
      mode: 'date',
    }),
    domainsSavedAt: timestamp('domains_saved_at', { withTimezone: true, mode: 'date' }),
    totalScore: integer('total_score'),
    tierName: text('tier_name'),
    completedOn: date('completed_on', { mode: 'string' }),
    startedById: uuid('started_by_id')
      .notNull()
      .references(() => users.id),
    lastSavedById: uuid('last_saved_by_id').references(() => users.id),
    completedById: uuid('completed_by_id').references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    index('assessments_person_idx').on(t.personId),
    uniqueIndex('assessments_one_draft_uq')
      .on(t.personId)
      .where(sql`status = 'draft'`),
    uniqueIndex('assessments_version_uq').on(t.personId, t.versionNumber),
  ],
);

/** Between full assessments: a change in one domain (date, new score, why). Never edited. */
export const assessmentInterimUpdates = pgTable(
  'assessment_interim_updates',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    /** The completed version this update follows. */
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id),
    updateDate: date('update_date', { mode: 'string' }).notNull(),
    domainKey: text('domain_key').notNull(),
    previousScore: integer('previous_score'),
    newScore: integer('new_score').notNull(),
    reason: text('reason').notNull(),
    recordedById: uuid('recorded_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('assessment_interim_person_idx').on(t.personId)],
);

// ---------- Service plan ----------

export const planResponse = pgEnum('plan_response', PLAN_RESPONSES);

/** One service plan per person; its version goes up whenever the goals change. */
export const servicePlans = pgTable(
  'service_plans',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    version: version(),
    /** The tenant's answer in the portal, and to which version of the plan. */
    tenantResponse: planResponse('tenant_response'),
    tenantResponseVersion: integer('tenant_response_version'),
    tenantResponseAt: timestamp('tenant_response_at', { withTimezone: true, mode: 'date' }),
    tenantComment: text('tenant_comment'),
    ...timestamps(),
  },
  (t) => [uniqueIndex('service_plans_person_uq').on(t.personId)],
);

export const goalStatus = pgEnum('goal_status', GOAL_STATUSES);

export interface StoredMarker {
  description: string;
  targetDate: string;
  metOn: string | null;
}
export interface StoredStep {
  description: string;
  owner: StepOwner;
  partnerName: string | null;
  dueDate: string | null;
  isDone: boolean;
}

export const goals = pgTable(
  'goals',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => servicePlans.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    status: goalStatus('status').notNull().default('active'),
    statement: text('statement').notNull(),
    markers: jsonb('markers').$type<StoredMarker[]>().notNull(),
    steps: jsonb('steps').$type<StoredStep[]>().notNull(),
    soThat: text('so_that').notNull(),
    longTermGoal: text('long_term_goal').notNull(),
    targetDate: date('target_date', { mode: 'string' }).notNull(),
    domainKeys: jsonb('domain_keys').$type<string[]>().notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    endReason: text('end_reason'),
    fromProposalId: uuid('from_proposal_id'),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    ...timestamps(),
  },
  (t) => [index('goals_person_idx').on(t.personId), index('goals_plan_idx').on(t.planId)],
);

export const goalNoteAuthor = pgEnum('goal_note_author', ['tenant', 'staff']);

export const goalProgressNotes = pgTable(
  'goal_progress_notes',
  {
    id: id(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id),
    noteDate: date('note_date', { mode: 'string' }).notNull(),
    body: text('body').notNull(),
    authorKind: goalNoteAuthor('author_kind').notNull(),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('goal_notes_goal_idx').on(t.goalId)],
);

export const goalProposalStatus = pgEnum('goal_proposal_status', GOAL_PROPOSAL_STATUSES);

/** A goal the tenant proposes: it reaches the case manager, and never becomes active on its own. */
export const goalProposals = pgTable(
  'goal_proposals',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    goal: text('goal').notNull(),
    soThat: text('so_that').notNull().default(''),
    proposedOn: date('proposed_on', { mode: 'string' }).notNull(),
    status: goalProposalStatus('status').notNull().default('open'),
    response: text('response'),
    answeredById: uuid('answered_by_id').references(() => users.id),
    answeredOn: date('answered_on', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [index('goal_proposals_person_idx').on(t.personId)],
);

// ---------- Harm-reduction plan to prevent eviction ----------

export const harmReductionPlans = pgTable(
  'harm_reduction_plans',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    identifiedOn: date('identified_on', { mode: 'string' }).notNull(),
    housingRisk: text('housing_risk').notNull(),
    /** The seed's table: option, factors in favour, factors against, non-negotiables. */
    options: jsonb('options').$type<THarmReductionOption[]>().notNull(),
    chosenOption: integer('chosen_option'),
    followUpDate: date('follow_up_date', { mode: 'string' }).notNull(),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    ...timestamps(),
  },
  (t) => [index('harm_reduction_person_idx').on(t.personId)],
);

// ---------- Resources and linkages ----------

export const resourceCategory = pgEnum('resource_category', RESOURCE_CATEGORIES);

/** The program's resource directory, kept by program admins. */
export const resources = pgTable(
  'resources',
  {
    id: id(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    name: text('name').notNull(),
    category: resourceCategory('category').notNull(),
    contact: text('contact').notNull(),
    provides: text('provides').notNull(),
    hasMou: boolean('has_mou').notNull().default(false),
    isActive: boolean('is_active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [uniqueIndex('resources_program_name_uq').on(t.programId, t.name)],
);

export const linkageStatus = pgEnum('linkage_status', LINKAGE_STATUSES);

/** "A referral is not a linkage": referred → connected (first contact) → engaged → ended. */
export const linkages = pgTable(
  'linkages',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id),
    status: linkageStatus('status').notNull().default('referred'),
    purpose: text('purpose').notNull(),
    isWarmHandoff: boolean('is_warm_handoff').notNull().default(false),
    referredOn: date('referred_on', { mode: 'string' }).notNull(),
    /** The first contact, kept once recorded. */
    connectedOn: date('connected_on', { mode: 'string' }),
    engagedOn: date('engaged_on', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
    endNote: text('end_note'),
    createdById: uuid('created_by_id')
      .notNull()
      .references(() => users.id),
    ...timestamps(),
  },
  (t) => [index('linkages_person_idx').on(t.personId)],
);

export const linkageCheckIns = pgTable(
  'linkage_check_ins',
  {
    id: id(),
    linkageId: uuid('linkage_id')
      .notNull()
      .references(() => linkages.id),
    checkInDate: date('check_in_date', { mode: 'string' }).notNull(),
    isWorking: boolean('is_working').notNull(),
    note: text('note').notNull(),
    recordedById: uuid('recorded_by_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('linkage_check_ins_linkage_idx').on(t.linkageId)],
);
