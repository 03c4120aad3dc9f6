import { timestamp, uuid, integer } from 'drizzle-orm/pg-core';

/** Shared column helpers so every table names and types these the same way. */
export const id = () => uuid('id').primaryKey().defaultRandom();

export const timestamps = () => ({
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** Optimistic concurrency for living documents: a write must name the version it read. */
export const version = () => integer('version').notNull().default(1);
