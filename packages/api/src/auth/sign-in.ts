import { findSignInThrottle, findUserForLogin, recordSignInFailure, startSession } from '@hearth/db';
import { forbidden, signInLockMessage, todayIn, tooManyRequests, unauthorized } from '@hearth/domain';
import { portalForRole, type TLoginInput } from '@hearth/domain/identity';
import { actorOf } from '../actor';
import type { Context, SessionUser } from '../context';
import { verifyAgainstDummy, verifyPassword } from './passwords';
import { hashToken, newSessionToken, sessionUserOf } from './sessions';

/** The same words for an unknown email and a wrong password, so neither is revealed. */
const WRONG = 'Email or password is incorrect.';

/** What a portal knows of its user, with the program's today so portal and server agree on dates. */
export function publicUser(user: SessionUser, today: string) {
  return { ...user, portal: portalForRole(user.role), today };
}

/**
 * Signs in with email and password. Failures count per email, known account or not, so a lock
 * (refused even with the right password) reveals nothing; success opens a session and sets its
 * cookie.
 */
export async function signIn(ctx: Context, input: TLoginInput) {
  // One sign-in per request: a batch must not carry many guesses past the per-request limits.
  if (ctx.callsInRequest > 1) forbidden('Sign in with a request of its own, not in a batch.');
  const actor = actorOf(ctx);
  const now = actor.at;
  const throttle = await findSignInThrottle(ctx.db, { email: input.email });
  const locked = signInLockMessage(throttle.lockedUntil, now);
  if (locked) tooManyRequests(locked);
  const found = await findUserForLogin(ctx.db, { email: input.email });
  const account = found && !found.deactivatedAt ? found : null;
  const verified = account
    ? await verifyPassword(account.passwordHash, input.password)
    : await verifyAgainstDummy(input.password).then(() => false);
  if (!account || !verified) {
    const after = await recordSignInFailure(ctx.db, {
      actor,
      email: input.email,
      userId: account?.id ?? null,
      maxAttempts: ctx.settings.maxFailedAttempts,
      lockUntil: new Date(now.getTime() + ctx.settings.lockoutMinutes * 60_000),
    });
    const lockedNow = signInLockMessage(after.lockedUntil, now);
    if (lockedNow) tooManyRequests(lockedNow);
    unauthorized(WRONG);
  }

  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + ctx.settings.absoluteLifetimeHours * 3_600_000);
  await startSession(ctx.db, {
    actor,
    email: input.email,
    userId: account.id,
    tokenHash: hashToken(token),
    expiresAt,
  });
  ctx.cookies.set(token, expiresAt);
  const user = sessionUserOf(account);
  return { user: publicUser(user, todayIn(now, user.timeZone)) };
}
