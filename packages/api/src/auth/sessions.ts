import { createHash, randomBytes } from 'node:crypto';
import { deleteSession, findSession, touchSession, type Database } from '@hearth/db';
import { programTimeZone } from '@hearth/domain';
import type { AuthSettings, SessionUser } from '../context';

/** The part of a user row a procedure may see, with the program's time zone resolved. */
export function sessionUserOf(row: Omit<SessionUser, 'timeZone'> & { timeZone: string | null }): SessionUser {
  const { id, programId, email, displayName, role, personId } = row;
  return {
    id,
    programId,
    email,
    displayName,
    role,
    personId,
    timeZone: programTimeZone({ timeZone: row.timeZone }),
  };
}

export const SESSION_COOKIE = 'hearth_session';

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const MINUTE = 60_000;

/**
 * The user behind a session cookie, or null. Ends sessions idle past the timeout; the absolute
 * lifetime is enforced by the query. lastSeenAt is written at most once a minute per session.
 */
export async function resolveSession(
  db: Database,
  params: { token: string | undefined; now: Date; settings: AuthSettings },
): Promise<{ user: SessionUser; tokenHash: string } | null> {
  if (!params.token || params.token.length > 200) return null;
  const tokenHash = hashToken(params.token);
  const row = await findSession(db, { tokenHash, now: params.now });
  if (!row) return null;
  const idleMs = params.now.getTime() - row.lastSeenAt.getTime();
  if (idleMs > params.settings.idleTimeoutMinutes * MINUTE || row.user.deactivatedAt) {
    await deleteSession(db, { tokenHash });
    return null;
  }
  if (idleMs > MINUTE) await touchSession(db, { tokenHash, now: params.now });
  return { tokenHash, user: sessionUserOf(row.user) };
}
