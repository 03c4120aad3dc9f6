import { relations } from 'drizzle-orm';
import { boolean, date, index, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns';
import { programs, units } from './program';

export const personStatus = pgEnum('person_status', ['referred', 'applicant', 'tenant', 'exited']);

export const relationshipToHead = pgEnum('relationship_to_head', [
  'self',
  'spouse',
  'partner',
  'child',
  'other_relative',
  'other',
]);

export const households = pgTable(
  'households',
  {
    id: id(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    /** The unit the household lives in now; null before move-in and after exit. */
    unitId: uuid('unit_id').references(() => units.id),
    ...timestamps(),
  },
  (t) => [index('households_program_idx').on(t.programId), index('households_unit_idx').on(t.unitId)],
);

export const people = pgTable(
  'people',
  {
    id: id(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    preferredName: text('preferred_name'),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    relationshipToHead: relationshipToHead('relationship_to_head').notNull(),
    status: personStatus('status').notNull(),
    phone: text('phone'),
    /**
     * VAWA: survivors' records get the strictest visibility. Nothing about location history or
     * the reason leaves the program; property management knows the unit and nothing else.
     */
    isVawaProtected: boolean('is_vawa_protected').notNull().default(false),
    ...timestamps(),
  },
  (t) => [index('people_program_idx').on(t.programId), index('people_household_idx').on(t.householdId)],
);

export const householdsRelations = relations(households, ({ one, many }) => ({
  program: one(programs, { fields: [households.programId], references: [programs.id] }),
  unit: one(units, { fields: [households.unitId], references: [units.id] }),
  members: many(people),
}));

export const peopleRelations = relations(people, ({ one }) => ({
  household: one(households, { fields: [people.householdId], references: [households.id] }),
}));
