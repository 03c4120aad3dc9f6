import { relations } from 'drizzle-orm';
import { integer, jsonb, pgTable, text, uuid, uniqueIndex, index } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns';

export const programs = pgTable('programs', {
  id: id(),
  name: text('name').notNull(),
  /** Program policy settings (RULES.md §8); absent keys take the domain defaults. */
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  ...timestamps(),
});

export const properties = pgTable(
  'properties',
  {
    id: id(),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id),
    name: text('name').notNull(),
    addressLine: text('address_line').notNull(),
    city: text('city').notNull(),
    state: text('state').notNull(),
    postalCode: text('postal_code').notNull(),
    /** Days of written notice before entering a unit (property setting; Maine: at least 24 hours). */
    entryNoticeDays: integer('entry_notice_days').notNull().default(1),
    /** The number a tenant calls for an urgent repair outside office hours (property setting). */
    emergencyMaintenancePhone: text('emergency_maintenance_phone'),
    ...timestamps(),
  },
  (t) => [index('properties_program_idx').on(t.programId)],
);

export const units = pgTable(
  'units',
  {
    id: id(),
    propertyId: uuid('property_id')
      .notNull()
      .references(() => properties.id),
    label: text('label').notNull(),
    bedrooms: integer('bedrooms').notNull(),
    /** The monthly contract rent a new lease of the unit takes; set by property management. */
    contractRentCents: integer('contract_rent_cents'),
    ...timestamps(),
  },
  (t) => [uniqueIndex('units_property_label_uq').on(t.propertyId, t.label)],
);

export const programsRelations = relations(programs, ({ many }) => ({
  properties: many(properties),
}));

export const propertiesRelations = relations(properties, ({ one, many }) => ({
  program: one(programs, { fields: [properties.programId], references: [programs.id] }),
  units: many(units),
}));

export const unitsRelations = relations(units, ({ one }) => ({
  property: one(properties, { fields: [units.propertyId], references: [properties.id] }),
}));
