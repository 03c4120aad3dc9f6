import { date, index, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { GRIEVANCE_ABOUT, GRIEVANCE_STATUSES, APPEAL_OUTCOMES } from '@hearth/domain';
import { id, timestamps } from './columns';
import { users } from './identity';
import { households, people } from './people';
import { programs, properties } from './program';

export const grievanceAbout = pgEnum('grievance_about', GRIEVANCE_ABOUT);
export const grievanceStatus = pgEnum('grievance_status', GRIEVANCE_STATUSES);
export const appealOutcome = pgEnum('appeal_outcome', APPEAL_OUTCOMES);

/**
 * A tenant's grievance goes to one side only: `services` to a supervisor, `housing` to the
 * property manager of the tenant's property. Property queries filter about = 'housing' always.
 * One appeal, decided by the program admin.
 */
export const grievances = pgTable(
  'grievances',
  {
    id: id(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    /** For housing grievances: the property whose manager answers. */
    propertyId: uuid('property_id').references(() => properties.id),
    about: grievanceAbout('about').notNull(),
    description: text('description').notNull(),
    filedOn: date('filed_on', { mode: 'string' }).notNull(),
    responseDueOn: date('response_due_on', { mode: 'string' }).notNull(),
    status: grievanceStatus('status').notNull().default('awaiting_response'),
    response: text('response'),
    respondedOn: date('responded_on', { mode: 'string' }),
    respondedBy: uuid('responded_by').references(() => users.id),
    appealReason: text('appeal_reason'),
    appealedOn: date('appealed_on', { mode: 'string' }),
    decision: text('decision'),
    decisionOutcome: appealOutcome('decision_outcome'),
    decidedOn: date('decided_on', { mode: 'string' }),
    decidedBy: uuid('decided_by').references(() => users.id),
    /** What the decision requires be done (e.g. assign a new case manager); shown until marked done. */
    followUp: text('follow_up'),
    followUpDoneOn: date('follow_up_done_on', { mode: 'string' }),
    followUpDoneBy: uuid('follow_up_done_by').references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    index('grievances_person_idx').on(t.personId),
    index('grievances_about_status_idx').on(t.programId, t.about, t.status),
    index('grievances_property_idx').on(t.propertyId),
  ],
);
