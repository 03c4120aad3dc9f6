import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { people, programs, sessions, users } from '../../schema/index';
import type { Executor } from '../../client';

export type UserRole = (typeof users.role.enumValues)[number];

const userColumns = {
  id: users.id,
  programId: users.programId,
  email: users.email,
  displayName: users.displayName,
  role: users.role,
  personId: users.personId,
  failedLoginCount: users.failedLoginCount,
  lockedUntil: users.lockedUntil,
  deactivatedAt: users.deactivatedAt,
  /** The program's time zone setting (null: the default). */
  timeZone: sql<
    string | null
  >`(select ${programs.settings}->>'timeZone' from ${programs} where ${programs.id} = ${users.programId})`,
};

export async function findUserForLogin(db: Executor, params: { email: string }) {
  const [row] = await db
    .select({ ...userColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, params.email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

export async function recordFailedLogin(
  db: Executor,
  params: { userId: string; maxAttempts: number; lockUntil: Date },
): Promise<{ failedLoginCount: number; lockedUntil: Date | null }> {
  // One statement, so concurrent wrong guesses cannot slip past the counter.
  const [row] = await db
    .update(users)
    .set({
      failedLoginCount: sql`${users.failedLoginCount} + 1`,
      lockedUntil: sql`case when ${users.failedLoginCount} + 1 >= ${params.maxAttempts} then ${params.lockUntil.toISOString()}::timestamptz else ${users.lockedUntil} end`,
      updatedAt: sql`now()`,
    })
    .where(eq(users.id, params.userId))
    .returning({ failedLoginCount: users.failedLoginCount, lockedUntil: users.lockedUntil });
  return row ?? { failedLoginCount: 0, lockedUntil: null };
}

export async function resetFailedLogins(db: Executor, params: { userId: string }) {
  await db
    .update(users)
    .set({ failedLoginCount: 0, lockedUntil: null, updatedAt: sql`now()` })
    .where(eq(users.id, params.userId));
}

export async function createSession(
  db: Executor,
  params: { tokenHash: string; userId: string; now: Date; expiresAt: Date },
) {
  await db.insert(sessions).values({
    tokenHash: params.tokenHash,
    userId: params.userId,
    createdAt: params.now,
    lastSeenAt: params.now,
    expiresAt: params.expiresAt,
  });
}

/** The session and its user, if the session exists and has not passed its absolute lifetime. */
export async function findSession(db: Executor, params: { tokenHash: string; now: Date }) {
  const [row] = await db
    .select({
      tokenHash: sessions.tokenHash,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      user: userColumns,
      personFirstName: people.firstName,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(people, eq(people.id, users.personId))
    .where(and(eq(sessions.tokenHash, params.tokenHash), gt(sessions.expiresAt, params.now)))
    .limit(1);
  return row ?? null;
}

export async function touchSession(db: Executor, params: { tokenHash: string; now: Date }) {
  await db.update(sessions).set({ lastSeenAt: params.now }).where(eq(sessions.tokenHash, params.tokenHash));
}

export async function deleteSession(db: Executor, params: { tokenHash: string }) {
  await db.delete(sessions).where(eq(sessions.tokenHash, params.tokenHash));
}

export async function deleteExpiredSessions(db: Executor, params: { now: Date }) {
  await db.delete(sessions).where(lt(sessions.expiresAt, params.now));
}

export async function createUser(
  db: Executor,
  params: {
    programId: string;
    email: string;
    displayName: string;
    role: UserRole;
    passwordHash: string;
    personId?: string | null;
  },
) {
  const [row] = await db
    .insert(users)
    .values({
      programId: params.programId,
      email: params.email.trim().toLowerCase(),
      displayName: params.displayName,
      role: params.role,
      passwordHash: params.passwordHash,
      personId: params.personId ?? null,
    })
    .returning({ id: users.id });
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findUserByEmail(db: Executor, params: { email: string }) {
  const [row] = await db
    .select(userColumns)
    .from(users)
    .where(eq(users.email, params.email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

export async function firstProgramId(db: Executor): Promise<string | null> {
  const [row] = await db.select({ id: programs.id }).from(programs).orderBy(programs.createdAt).limit(1);
  return row?.id ?? null;
}
