import { relations, sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  LEASE_ISSUE_NOTICE_BASES,
  LEASE_ISSUE_STEP_KINDS,
  LEASE_ISSUE_TYPES,
  REPAIR_URGENCIES,
  UNIT_ENTRY_BASES,
} from '@hearth/domain';
import { id, timestamps } from './columns';
import { users } from './identity';
import { households, people } from './people';
import { programs, units } from './program';

/**
 * The tenancy side: what property management keeps about the lease. Nothing here is services
 * data, so the property namespace may read it. Money is integer cents; dates are calendar dates.
 */

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const leases = pgTable(
  'leases',
  {
    id: id(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    contractRentCents: integer('contract_rent_cents').notNull(),
    /** The tenant's monthly portion (the amount only: never the income behind it). */
    tenantRentCents: integer('tenant_rent_cents').notNull(),
    utilityAllowanceCents: integer('utility_allowance_cents').notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    index('leases_household_idx').on(t.householdId),
    index('leases_unit_idx').on(t.unitId),
    // At most one open lease per unit.
    uniqueIndex('leases_unit_open_uq')
      .on(t.unitId)
      .where(sql`${t.endDate} is null`),
  ],
);

export const ledgerEntryKind = pgEnum('ledger_entry_kind', ['charge', 'payment']);

export const rentLedgerEntries = pgTable(
  'rent_ledger_entries',
  {
    id: id(),
    leaseId: uuid('lease_id')
      .notNull()
      .references(() => leases.id),
    entryDate: date('entry_date', { mode: 'string' }).notNull(),
    kind: ledgerEntryKind('kind').notNull(),
    amountCents: integer('amount_cents').notNull(),
    memo: text('memo'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('rent_ledger_lease_idx').on(t.leaseId, t.entryDate)],
);

export const leaseIssueType = pgEnum('lease_issue_type', LEASE_ISSUE_TYPES);
export const leaseIssueStepKind = pgEnum('lease_issue_step_kind', LEASE_ISSUE_STEP_KINDS);
export const leaseIssueNoticeBasis = pgEnum('lease_issue_notice_basis', LEASE_ISSUE_NOTICE_BASES);

export const leaseIssues = pgTable(
  'lease_issues',
  {
    id: id(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    leaseId: uuid('lease_id').references(() => leases.id),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** The head of household: whose portal shows it, and whose case manager is alerted. */
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    type: leaseIssueType('type').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    /** What happened, in behavioural terms. */
    description: text('description').notNull(),
    loggedBy: uuid('logged_by')
      .notNull()
      .references(() => users.id),
    ...timestamps(),
  },
  (t) => [index('lease_issues_unit_idx').on(t.unitId), index('lease_issues_person_idx').on(t.personId)],
);

/** Append-only: a step is never changed or removed; each records who took it. */
export const leaseIssueSteps = pgTable(
  'lease_issue_steps',
  {
    id: id(),
    issueId: uuid('issue_id')
      .notNull()
      .references(() => leaseIssues.id),
    kind: leaseIssueStepKind('kind').notNull(),
    stepDate: date('step_date', { mode: 'string' }).notNull(),
    dueDate: date('due_date', { mode: 'string' }),
    /** A written notice: why the process allowed it (an unmet cure, or an issue the program treats as serious). */
    basis: leaseIssueNoticeBasis('basis'),
    note: text('note'),
    actorUserId: uuid('actor_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('lease_issue_steps_issue_idx').on(t.issueId, t.createdAt)],
);

/** The tenant's own answers: part of the record. */
export const leaseIssueResponses = pgTable(
  'lease_issue_responses',
  {
    id: id(),
    issueId: uuid('issue_id')
      .notNull()
      .references(() => leaseIssues.id),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('lease_issue_responses_issue_idx').on(t.issueId)],
);

export const repairUrgency = pgEnum('repair_urgency', REPAIR_URGENCIES);
export const repairStatus = pgEnum('repair_status', ['requested', 'scheduled', 'completed', 'confirmed']);
export const repairStepKind = pgEnum('repair_step_kind', [
  'requested',
  'triaged',
  'scheduled',
  'completed',
  'confirmed',
  'reopened',
]);
export const unitEntryBasis = pgEnum('unit_entry_basis', UNIT_ENTRY_BASES);

export const repairRequests = pgTable(
  'repair_requests',
  {
    id: id(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    description: text('description').notNull(),
    location: text('location').notNull(),
    urgency: repairUrgency('urgency').notNull(),
    /** Right to privacy: without this, entry needs the tenant there, notice, or an emergency. */
    canEnterWithoutTenant: boolean('can_enter_without_tenant').notNull(),
    accessNotes: text('access_notes'),
    status: repairStatus('status').notNull().default('requested'),
    requestedOn: date('requested_on', { mode: 'string' }).notNull(),
    scheduledFor: date('scheduled_for', { mode: 'string' }),
    completedOn: date('completed_on', { mode: 'string' }),
    confirmedOn: date('confirmed_on', { mode: 'string' }),
    ...timestamps(),
  },
  (t) => [
    index('repair_requests_unit_idx').on(t.unitId),
    index('repair_requests_household_idx').on(t.householdId),
  ],
);

export const repairRequestSteps = pgTable(
  'repair_request_steps',
  {
    id: id(),
    repairId: uuid('repair_id')
      .notNull()
      .references(() => repairRequests.id),
    kind: repairStepKind('kind').notNull(),
    stepDate: date('step_date', { mode: 'string' }).notNull(),
    note: text('note'),
    actorUserId: uuid('actor_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('repair_request_steps_repair_idx').on(t.repairId, t.createdAt)],
);

/** Every entry into a unit, with the basis and the notice given (right to privacy). */
export const unitEntries = pgTable(
  'unit_entries',
  {
    id: id(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    repairId: uuid('repair_id').references(() => repairRequests.id),
    enteredOn: date('entered_on', { mode: 'string' }).notNull(),
    basis: unitEntryBasis('basis').notNull(),
    noticeGivenOn: date('notice_given_on', { mode: 'string' }),
    reason: text('reason').notNull(),
    actorUserId: uuid('actor_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('unit_entries_unit_idx').on(t.unitId, t.enteredOn)],
);

export const rightsAcknowledgements = pgTable(
  'rights_acknowledgements',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    topic: text('topic').notNull(),
    acknowledgedOn: date('acknowledged_on', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('rights_ack_person_idx').on(t.personId, t.topic)],
);

export const leasesRelations = relations(leases, ({ one, many }) => ({
  household: one(households, { fields: [leases.householdId], references: [households.id] }),
  unit: one(units, { fields: [leases.unitId], references: [units.id] }),
  ledger: many(rentLedgerEntries),
}));

export const rentLedgerEntriesRelations = relations(rentLedgerEntries, ({ one }) => ({
  lease: one(leases, { fields: [rentLedgerEntries.leaseId], references: [leases.id] }),
}));

export const leaseIssuesRelations = relations(leaseIssues, ({ many }) => ({
  steps: many(leaseIssueSteps),
  responses: many(leaseIssueResponses),
}));

export const leaseIssueStepsRelations = relations(leaseIssueSteps, ({ one }) => ({
  issue: one(leaseIssues, { fields: [leaseIssueSteps.issueId], references: [leaseIssues.id] }),
}));

export const leaseIssueResponsesRelations = relations(leaseIssueResponses, ({ one }) => ({
  issue: one(leaseIssues, { fields: [leaseIssueResponses.issueId], references: [leaseIssues.id] }),
}));

export const repairRequestsRelations = relations(repairRequests, ({ many }) => ({
  steps: many(repairRequestSteps),
}));

export const repairRequestStepsRelations = relations(repairRequestSteps, ({ one }) => ({
  repair: one(repairRequests, { fields: [repairRequestSteps.repairId], references: [repairRequests.id] }),
}));
