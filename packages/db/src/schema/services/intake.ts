import { relations } from 'drizzle-orm';
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
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { id, timestamps } from '../columns';
import { users } from '../identity';
import { households, people } from '../people';
import { programs, units } from '../program';

/**
 * Intake and eligibility (issue 3): CES referral → application → homelessness and disability
 * evidence → determination → enrollment, rent and move-in. Services data: property code never
 * reaches this file (checked by the import-boundary test).
 */

export const homelessEvidenceType = pgEnum('homeless_evidence_type', [
  'third_party',
  'intake_observation',
  'self_certification',
]);

export const thirdPartySource = pgEnum('third_party_source', [
  'hmis_record',
  'housing_or_service_provider_or_institution',
  'community_member_without_personal_relationship',
  'community_member_with_personal_relationship',
  'self_certification',
]);

export const stayLocation = pgEnum('stay_location', [
  'place_not_meant_for_habitation',
  'emergency_shelter',
  'safe_haven',
  'institution',
  'transitional_housing',
  'housed',
  'unknown',
]);

export const disabilityEvidenceType = pgEnum('disability_evidence_type', [
  'professional_verification',
  'ssa_verification',
  'disability_benefit_receipt',
  'intake_staff_observation',
  'self_report',
]);

export const disabledMember = pgEnum('disabled_member', [
  'head_of_household',
  'spouse',
  'other_adult',
  'child',
]);

export const eligibilityStatus = pgEnum('eligibility_status', [
  'eligible',
  'pending_disability_verification',
  'verification_overdue',
  'ineligible',
]);

/** Maine's Coordinated Entry Service Hubs: data a program may edit, not code. */
export const serviceHubs = pgTable(
  'service_hubs',
  {
    id: id(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    number: integer('number').notNull(),
    name: text('name').notNull(),
    /** Counties and towns the hub covers. */
    area: text('area'),
    isActive: boolean('is_active').notNull().default(true),
    ...timestamps(),
  },
  (t) => [uniqueIndex('service_hubs_program_name_uq').on(t.programId, t.name)],
);

export const referrals = pgTable(
  'referrals',
  {
    id: id(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    serviceHubId: uuid('service_hub_id')
      .notNull()
      .references(() => serviceHubs.id),
    byNameListRank: integer('by_name_list_rank'),
    referralDate: date('referral_date', { mode: 'string' }).notNull(),
    priorityPopulations: text('priority_populations').array().notNull().default([]),
    caseConferencingNotes: text('case_conferencing_notes'),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    ...timestamps(),
  },
  (t) => [index('referrals_person_idx').on(t.personId), index('referrals_program_idx').on(t.programId)],
);

/** A program application: it exists only on a referral (the column is required). */
export const applications = pgTable(
  'applications',
  {
    id: id(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    applicationDate: date('application_date', { mode: 'string' }).notNull(),
    requiresChronicHomelessness: boolean('requires_chronic_homelessness').notNull().default(false),
    openedByUserId: uuid('opened_by_user_id')
      .notNull()
      .references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('applications_referral_uq').on(t.referralId),
    index('applications_person_idx').on(t.personId),
  ],
);

/** The current living situation as recorded, with its classification at the time. */
export const livingSituations = pgTable(
  'living_situations',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    livingSituation: text('living_situation').notNull(),
    /** The facts given to classifyHomelessness, as entered. */
    facts: jsonb('facts').$type<Record<string, unknown>>().notNull(),
    rvCamper: jsonb('rv_camper').$type<Record<string, unknown>>(),
    categories: integer('categories').array().notNull(),
    acceptedByProgram: boolean('accepted_by_program').notNull(),
    reasons: jsonb('reasons').$type<string[]>().notNull(),
    evidenceType: homelessEvidenceType('evidence_type').notNull(),
    evidenceSource: thirdPartySource('evidence_source'),
    evidenceDate: date('evidence_date', { mode: 'string' }).notNull(),
    dueDiligenceDocumented: boolean('due_diligence_documented').notNull().default(false),
    notes: text('notes'),
    recordedByUserId: uuid('recorded_by_user_id')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** The database's clock: orders records made at the same stated time. */
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('living_situations_application_idx').on(t.applicationId, t.recordedAt)],
);

/** Homelessness history, one row per stay; `endDate` is the last night there, inclusive. */
export const homelessnessStays = pgTable(
  'homelessness_stays',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    location: stayLocation('location').notNull(),
    locationDescription: text('location_description'),
    documentation: homelessEvidenceType('documentation'),
    source: thirdPartySource('source'),
    notes: text('notes'),
    recordedByUserId: uuid('recorded_by_user_id')
      .notNull()
      .references(() => users.id),
    ...timestamps(),
  },
  (t) => [index('homelessness_stays_application_idx').on(t.applicationId, t.startDate)],
);

export const disabilityEvidence = pgTable(
  'disability_evidence',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    type: disabilityEvidenceType('type').notNull(),
    disabledMember: disabledMember('disabled_member').notNull(),
    evidenceDate: date('evidence_date', { mode: 'string' }).notNull(),
    credential: text('credential'),
    professionalName: text('professional_name'),
    licensedByStateToDiagnoseAndTreat: boolean('licensed_by_state_to_diagnose_and_treat'),
    certifiesLongContinuingOrIndefinite: boolean('certifies_long_continuing_or_indefinite'),
    certifiesSubstantiallyImpedesIndependentLiving: boolean(
      'certifies_substantially_impedes_independent_living',
    ),
    benefit: text('benefit'),
    /** checkEvidence's verdict when recorded. */
    isAcceptable: boolean('is_acceptable').notNull(),
    isProvisional: boolean('is_provisional').notNull(),
    reasons: jsonb('reasons').$type<string[]>().notNull(),
    notes: text('notes'),
    recordedByUserId: uuid('recorded_by_user_id')
      .notNull()
      .references(() => users.id),
    ...timestamps(),
  },
  (t) => [index('disability_evidence_application_idx').on(t.applicationId)],
);

/**
 * Eligibility determinations are never updated: a new one names the one it supersedes. The unique
 * index keeps the chain a line (two determinations cannot supersede the same one).
 */
export const eligibilityDeterminations = pgTable(
  'eligibility_determinations',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    supersedesId: uuid('supersedes_id').references((): AnyPgColumn => eligibilityDeterminations.id),
    determinationDate: date('determination_date', { mode: 'string' }).notNull(),
    status: eligibilityStatus('status').notNull(),
    homelessCategories: integer('homeless_categories').array().notNull(),
    disabilityVerificationDeadline: date('disability_verification_deadline', { mode: 'string' }),
    reasons: jsonb('reasons').$type<string[]>().notNull(),
    /** The resolved program policy the rules ran with. */
    policy: jsonb('policy').$type<Record<string, unknown>>().notNull(),
    /** What the rules were given (evidence types and dates, categories), for the record. */
    basis: jsonb('basis').$type<Record<string, unknown>>().notNull(),
    notes: text('notes'),
    determinedByUserId: uuid('determined_by_user_id')
      .notNull()
      .references(() => users.id),
    determinedAt: timestamp('determined_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    index('eligibility_determinations_application_idx').on(t.applicationId),
    uniqueIndex('eligibility_determinations_supersedes_uq').on(t.supersedesId),
  ],
);

export const enrollments = pgTable(
  'enrollments',
  {
    id: id(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    headPersonId: uuid('head_person_id')
      .notNull()
      .references(() => people.id),
    projectStartDate: date('project_start_date', { mode: 'string' }).notNull(),
    /** HMIS 3.20: one per enrollment, never removed once recorded. */
    housingMoveInDate: date('housing_move_in_date', { mode: 'string' }),
    unitId: uuid('unit_id').references(() => units.id),
    projectExitDate: date('project_exit_date', { mode: 'string' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('enrollments_application_uq').on(t.applicationId),
    index('enrollments_household_idx').on(t.householdId),
  ],
);

export const enrollmentMembers = pgTable(
  'enrollment_members',
  {
    id: id(),
    enrollmentId: uuid('enrollment_id')
      .notNull()
      .references(() => enrollments.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    ...timestamps(),
  },
  (t) => [uniqueIndex('enrollment_members_uq').on(t.enrollmentId, t.personId)],
);

export const rentDeterminations = pgTable(
  'rent_determinations',
  {
    id: id(),
    enrollmentId: uuid('enrollment_id')
      .notNull()
      .references(() => enrollments.id),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    annualIncomeCents: integer('annual_income_cents').notNull(),
    ttpCents: integer('ttp_cents').notNull(),
    tenantRentCents: integer('tenant_rent_cents').notNull(),
    utilityReimbursementCents: integer('utility_reimbursement_cents').notNull(),
    rentalAssistanceToOwnerCents: integer('rental_assistance_to_owner_cents').notNull(),
    contractRentCents: integer('contract_rent_cents').notNull(),
    /** The income and expenses as entered. */
    input: jsonb('input').$type<Record<string, unknown>>().notNull(),
    /** calculateRent's full result, reasons included. */
    calculation: jsonb('calculation').$type<Record<string, unknown>>().notNull(),
    arithmetic: jsonb('arithmetic').$type<string[]>().notNull(),
    nextRecertificationDue: date('next_recertification_due', { mode: 'string' }).notNull(),
    recordedByUserId: uuid('recorded_by_user_id')
      .notNull()
      .references(() => users.id),
    ...timestamps(),
  },
  (t) => [index('rent_determinations_enrollment_idx').on(t.enrollmentId, t.effectiveDate)],
);

export const referralsRelations = relations(referrals, ({ one }) => ({
  person: one(people, { fields: [referrals.personId], references: [people.id] }),
  serviceHub: one(serviceHubs, { fields: [referrals.serviceHubId], references: [serviceHubs.id] }),
}));

export const applicationsRelations = relations(applications, ({ one }) => ({
  referral: one(referrals, { fields: [applications.referralId], references: [referrals.id] }),
  person: one(people, { fields: [applications.personId], references: [people.id] }),
}));

export const enrollmentsRelations = relations(enrollments, ({ one }) => ({
  application: one(applications, {
    fields: [enrollments.applicationId],
    references: [applications.id],
  }),
}));
