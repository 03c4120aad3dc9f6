import { createHash } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { people, programs, sessions, signInThrottles, users } from '../../schema/index';
import type { Executor } from '../../client';
import { recordAudit, type Actor } from './audit';

export type UserRole = (typeof users.role.enumValues)[number];

const userColumns = {
  id: users.id,
  programId: users.programId,
  email: users.email,
  displayName: users.displayName,
  role: users.role,
  personId: users.personId,
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

/** The key of an email's sign-in attempts: the SHA-256 of the address as accounts store it. */
export function emailKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

/** The failed sign-ins counted against an email (an account's or not) and any lock on it. */
export async function findSignInThrottle(
  db: Executor,
  params: { email: string },
): Promise<{ failedLoginCount: number; lockedUntil: Date | null }> {
  const [row] = await db
    .select({ failedLoginCount: signInThrottles.failedCount, lockedUntil: signInThrottles.lockedUntil })
    .from(signInThrottles)
    .where(eq(signInThrottles.emailHash, emailKey(params.email)))
    .limit(1);
  return row ?? { failedLoginCount: 0, lockedUntil: null };
}

/**
 * Counts one failed sign-in against the email, locking it at `maxAttempts`; after a lock has
 * passed, counting starts again. One statement, so concurrent guesses cannot slip past the count.
 */
export async function recordFailedLogin(
  db: Executor,
  params: { email: string; maxAttempts: number; lockUntil: Date; now: Date },
): Promise<{ failedLoginCount: number; lockedUntil: Date | null }> {
  const now = sql`${params.now.toISOString()}::timestamptz`;
  const lapsed = sql`(${signInThrottles.lockedUntil} is not null and ${signInThrottles.lockedUntil} <= ${now})`;
  const count = sql`(case when ${lapsed} then 1 else ${signInThrottles.failedCount} + 1 end)`;
  const lockUntil = sql`${params.lockUntil.toISOString()}::timestamptz`;
  const [row] = await db
    .insert(signInThrottles)
    .values({
      emailHash: emailKey(params.email),
      failedCount: 1,
      lockedUntil: params.maxAttempts <= 1 ? params.lockUntil : null,
      updatedAt: params.now,
    })
    .onConflictDoUpdate({
      target: signInThrottles.emailHash,
      set: {
        failedCount: count,
        lockedUntil: sql`case when ${count} >= ${params.maxAttempts} then ${lockUntil} when ${lapsed} then null else ${signInThrottles.lockedUntil} end`,
        updatedAt: params.now,
      },
    })
    .returning({ failedLoginCount: signInThrottles.failedCount, lockedUntil: signInThrottles.lockedUntil });
  return row!;
}

/** A successful sign-in forgets the email's failed attempts. */
export async function resetFailedLogins(db: Executor, params: { email: string }) {
  await db.delete(signInThrottles).where(eq(signInThrottles.emailHash, emailKey(params.email)));
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

// ---------------------------------------------------------------------------------------------
// Sign-in and sign-out, each with its audit event (never the password or the token).

/**
 * A failed sign-in: counts the attempt against the email, whether or not an account has it
 * (locking it past `maxAttempts`), and records it. The actor is the signed-out caller (userId
 * null); the record is the account when there is one.
 */
export async function recordSignInFailure(
  db: Executor,
  params: { actor: Actor; email: string; userId: string | null; maxAttempts: number; lockUntil: Date },
): Promise<{ failedLoginCount: number; lockedUntil: Date | null }> {
  const actor = { ...params.actor, userId: null };
  const after = await recordFailedLogin(db, {
    email: params.email,
    maxAttempts: params.maxAttempts,
    lockUntil: params.lockUntil,
    now: actor.at,
  });
  await recordAudit(db, actor, {
    action: 'auth.login_failed',
    entityType: 'user',
    entityId: params.userId,
    detail: params.userId
      ? { failedLoginCount: after.failedLoginCount }
      : { reason: 'unknown_email', failedLoginCount: after.failedLoginCount },
  });
  return after;
}

/** A successful sign-in: clears the failed attempts, opens the session and records it, at once. */
export async function startSession(
  db: Executor,
  params: { actor: Actor; email: string; userId: string; tokenHash: string; expiresAt: Date },
) {
  const actor = { ...params.actor, userId: params.userId };
  await db.transaction(async (tx) => {
    await resetFailedLogins(tx, { email: params.email });
    await createSession(tx, {
      tokenHash: params.tokenHash,
      userId: params.userId,
      now: actor.at,
      expiresAt: params.expiresAt,
    });
    await recordAudit(tx, actor, { action: 'auth.login', entityType: 'user', entityId: params.userId });
  });
}

/** Sign-out: the session is deleted and the sign-out recorded. */
export async function endSession(db: Executor, params: { actor: Actor; tokenHash: string }) {
  await db.transaction(async (tx) => {
    await deleteSession(tx, { tokenHash: params.tokenHash });
    await recordAudit(tx, params.actor, {
      action: 'auth.logout',
      entityType: 'user',
      entityId: params.actor.userId,
    });
  });
}
