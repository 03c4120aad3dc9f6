import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import type { PGlite } from '@electric-sql/pglite';
import { addBusinessDays, DEFAULT_POLICY, isDomainError } from '@hearth/domain';
import { createTestDb, testToday } from '../../testing';
import type { Database, DbHandle } from '../../client';
import * as schema from '../../schema/index';
import { seedDemo } from '../../seed/index';
import { respondToHousingGrievance } from './grievances';

const today = testToday();
let handle: DbHandle;
let managerId: string;
let grievanceId: string;

beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db, { hashPassword: (p) => Promise.resolve(`plain:${p.length}`), today });
  const [manager] = await handle.db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.email, 'property@example.org'));
  managerId = manager!.id;
  const [home] = await handle.db
    .select({
      programId: schema.people.programId,
      personId: schema.people.id,
      householdId: schema.households.id,
      propertyId: schema.units.propertyId,
    })
    .from(schema.users)
    .innerJoin(schema.people, eq(schema.people.id, schema.users.personId))
    .innerJoin(schema.households, eq(schema.households.id, schema.people.householdId))
    .innerJoin(schema.units, eq(schema.units.id, schema.households.unitId))
    .where(eq(schema.users.email, 'tenant@example.org'));
  const [g] = await handle.db
    .insert(schema.grievances)
    .values({
      ...home!,
      about: 'housing',
      description: 'The back door does not lock.',
      filedOn: today,
      responseDueOn: addBusinessDays(today, DEFAULT_POLICY.grievanceResponseBusinessDays),
    })
    .returning({ id: schema.grievances.id });
  grievanceId = g!.id;
});
afterAll(() => handle.close());

/**
 * A database on which a rival answer lands at the moment PostgreSQL would let it: right after this
 * side reads the grievance when it reads without a lock (the race window), or before the read when
 * the read is SELECT … FOR UPDATE (the rival holds the row lock until it commits, so this side's
 * read waits and then sees the committed answer). PGlite has a single backend, so two transactions
 * cannot overlap on it: this side runs its statements one by one on the shared session (no BEGIN),
 * and the rival runs in a real transaction of its own, which commits.
 */
function interleavedWith(rival: () => Promise<unknown>): Database {
  const client = (handle.db as unknown as { $client: PGlite }).$client;
  let fired = false;
  const query = async (sql: string, params?: unknown[], options?: Parameters<PGlite['query']>[2]) => {
    const readsGrievance = !fired && /^select\b[\s\S]*\bfrom "grievances"/i.test(sql);
    if (readsGrievance && /\bfor update\b/i.test(sql)) {
      fired = true;
      await rival();
    }
    const result = await client.query(sql, params, options);
    if (readsGrievance && !fired) {
      fired = true;
      await rival();
    }
    return result;
  };
  const session = {
    query,
    transaction: <T>(run: (tx: { query: typeof query }) => Promise<T>) => run({ query }),
  };
  return drizzle({
    client: session as unknown as PGlite,
    schema,
    casing: 'snake_case',
  });
}

// PGlite only: it interleaves two transactions on PGlite's single backend by hand. On PostgreSQL the
// API test of two concurrent answers (tenancy.test.ts) races for real.
describe.skipIf(Boolean(process.env.DATABASE_URL))('respondToHousingGrievance under concurrency', () => {
  it('two answers at once: the first is saved, the second is refused (CONFLICT) and saves nothing', async () => {
    const answer = (db: Database, response: string) =>
      respondToHousingGrievance(db, {
        actor: { userId: managerId, ip: '127.0.0.1', at: new Date(`${today}T15:00:00Z`) },
        viewer: { userId: managerId },
        today,
        input: { grievanceId, response },
      });
    const late = await answer(
      interleavedWith(() => answer(handle.db, 'The lock is fixed.')),
      'A locksmith comes Monday.',
    ).then(
      () => 'saved',
      (e: unknown) => (isDomainError(e) ? e.code : e),
    );
    const [row] = await handle.db
      .select({ status: schema.grievances.status, response: schema.grievances.response })
      .from(schema.grievances)
      .where(eq(schema.grievances.id, grievanceId));
    const audits = await handle.db
      .select({ id: schema.auditEvents.id })
      .from(schema.auditEvents)
      .where(
        and(eq(schema.auditEvents.entityId, grievanceId), eq(schema.auditEvents.action, 'grievance.respond')),
      );
    // One answer saved (the first), one audit event, and the late answer refused.
    expect({ late, row, answersAudited: audits.length }).toEqual({
      late: 'CONFLICT',
      row: { status: 'answered', response: 'The lock is fixed.' },
      answersAudited: 1,
    });
  });
});
