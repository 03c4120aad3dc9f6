import { relations } from 'drizzle-orm';
import {
  date,
  index,
  inet,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns';
import { people } from './people';
import { programs, properties } from './program';

export const userRole = pgEnum('user_role', [
  'case_manager',
  'supervisor',
  'program_admin',
  'tenant',
  'property_manager',
]);

export const users = pgTable(
  'users',
  {
    id: id(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    role: userRole('role').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** A tenant account is linked to exactly one person; staff and property accounts to none. */
    personId: uuid('person_id').references(() => people.id),
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true, mode: 'date' }),
    ...timestamps(),
  },
  (t) => [uniqueIndex('users_email_uq').on(t.email), uniqueIndex('users_person_uq').on(t.personId)],
);

/**
 * Failed sign-ins per email, known account or not, keyed by the email's SHA-256: a lock says
 * nothing about whether an account exists, and the table holds no email.
 */
export const signInThrottles = pgTable('sign_in_throttles', {
  emailHash: text('email_hash').primaryKey(),
  failedCount: integer('failed_count').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
});

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked table does not hand out sessions. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    id: id(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    /** e.g. `person.read`, `auth.login`, `auth.login_failed`. */
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    /** Never case-note text or secrets: ids and field names only. */
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    ip: inet('ip'),
  },
  (t) => [
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_actor_idx').on(t.actorUserId, t.at),
  ],
);

export const caseloadAssignments = pgTable(
  'caseload_assignments',
  {
    id: id(),
    caseManagerId: uuid('case_manager_id')
      .notNull()
      .references(() => users.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    ...timestamps(),
  },
  (t) => [index('caseload_cm_idx').on(t.caseManagerId), index('caseload_person_idx').on(t.personId)],
);

export const propertyAssignments = pgTable(
  'property_assignments',
  {
    id: id(),
    propertyManagerId: uuid('property_manager_id')
      .notNull()
      .references(() => users.id),
    propertyId: uuid('property_id')
      .notNull()
      .references(() => properties.id),
    ...timestamps(),
  },
  (t) => [uniqueIndex('property_assignments_uq').on(t.propertyManagerId, t.propertyId)],
);

export const usersRelations = relations(users, ({ one, many }) => ({
  program: one(programs, { fields: [users.programId], references: [programs.id] }),
  person: one(people, { fields: [users.personId], references: [people.id] }),
  sessions: many(sessions),
}));

export const sessionsRelations = relations(sessions, ({ one }) => ({
  user: one(users, { fields: [sessions.userId], references: [users.id] }),
}));

export const caseloadAssignmentsRelations = relations(caseloadAssignments, ({ one }) => ({
  caseManager: one(users, { fields: [caseloadAssignments.caseManagerId], references: [users.id] }),
  person: one(people, { fields: [caseloadAssignments.personId], references: [people.id] }),
}));

export const propertyAssignmentsRelations = relations(propertyAssignments, ({ one }) => ({
  propertyManager: one(users, {
    fields: [propertyAssignments.propertyManagerId],
    references: [users.id],
  }),
  property: one(properties, {
    fields: [propertyAssignments.propertyId],
    references: [properties.id],
  }),
}));
