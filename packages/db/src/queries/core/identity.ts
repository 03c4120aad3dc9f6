import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { people, programs, sessions, users } from '../../schema/index';
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
  params: { userId: string; maxAttempts: number; lockUntil: Date; now: Date },
): Promise<{ failedLoginCount: number; lockedUntil: Date | null }> {
  // One statement, so concurrent wrong guesses cannot slip past the counter.
  const [row] = await db
    .update(users)
    .set({
      failedLoginCount: sql`${users.failedLoginCount} + 1`,
      lockedUntil: sql`case when ${users.failedLoginCount} + 1 >= ${params.maxAttempts} then ${params.lockUntil.toISOString()}::timestamptz else ${users.lockedUntil} end`,
      updatedAt: params.now,
    })
    .where(eq(users.id, params.userId))
    .returning({ failedLoginCount: users.failedLoginCount, lockedUntil: users.lockedUntil });
  return row ?? { failedLoginCount: 0, lockedUntil: null };
}

export async function resetFailedLogins(db: Executor, params: { userId: string; now: Date }) {
  await db
    .update(users)
    .set({ failedLoginCount: 0, lockedUntil: null, updatedAt: params.now })
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

// ---------------------------------------------------------------------------------------------
// Sign-in and sign-out, each with its audit event (never the password or the token).

/**
 * A failed sign-in: counts the attempt against a known account (locking it past `maxAttempts`)
 * and records it. The actor is the signed-out caller (userId null); the record is the account.
 */
export async function recordSignInFailure(
  db: Executor,
  params: { actor: Actor; userId: string | null; maxAttempts: number; lockUntil: Date },
): Promise<{ failedLoginCount: number; lockedUntil: Date | null }> {
  const actor = { ...params.actor, userId: null };
  if (!params.userId) {
    await recordAudit(db, actor, {
      action: 'auth.login_failed',
      entityType: 'user',
      detail: { reason: 'unknown_email' },
    });
    return { failedLoginCount: 0, lockedUntil: null };
  }
  const after = await recordFailedLogin(db, {
    userId: params.userId,
    maxAttempts: params.maxAttempts,
    lockUntil: params.lockUntil,
    now: actor.at,
  });
  await recordAudit(db, actor, {
    action: 'auth.login_failed',
    entityType: 'user',
    entityId: params.userId,
    detail: { failedLoginCount: after.failedLoginCount },
  });
  return after;
}

/** A successful sign-in: clears the failed attempts, opens the session and records it, at once. */
export async function startSession(
  db: Executor,
  params: { actor: Actor; userId: string; tokenHash: string; expiresAt: Date },
) {
  const actor = { ...params.actor, userId: params.userId };
  await db.transaction(async (tx) => {
    await resetFailedLogins(tx, { userId: params.userId, now: actor.at });
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
