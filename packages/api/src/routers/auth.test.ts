import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, findSignInThrottle, findUserByEmail, listAuditForEntity, schema } from '@hearth/db';
import { createInnerContext } from '../context';
import { createCaller } from '../root';
import { resolveSession, hashToken } from '../auth/sessions';
import { DEFAULT_AUTH_SETTINGS } from '../context';
import { createTestApp, TODAY, type TestApp } from '../test-helpers';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.handle.close());

/** An instant on the suite's today (UTC clock time), so no test reads the wall clock. */
const at = (time: string) => new Date(`${TODAY}T${time}Z`);

function jar() {
  const calls: { token?: string; expiresAt?: Date; cleared?: boolean }[] = [];
  return {
    calls,
    set(token: string, expiresAt: Date) {
      calls.push({ token, expiresAt });
    },
    clear() {
      calls.push({ cleared: true });
    },
  };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'OK';
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    throw e;
  }
}

describe('auth.login', () => {
  it('signs in with the demo password, sets a cookie and stores only the token hash', async () => {
    const cookies = jar();
    const now = at('15:00:00');
    const caller = createCaller(createInnerContext({ db: app.handle.db, cookies, now: () => now }));
    const res = await caller.auth.login({ email: 'Supervisor@Example.org ', password: DEMO_PASSWORD }).catch(
      // the trailing space makes the email invalid: prove it is refused, then sign in properly
      async (e: TRPCError) => {
        expect(e.code).toBe('BAD_REQUEST');
        return caller.auth.login({ email: 'Supervisor@Example.org', password: DEMO_PASSWORD });
      },
    );
    expect(res.user).toMatchObject({ role: 'supervisor', portal: 'staff', displayName: 'Priya Raman' });
    const token = cookies.calls[0]!.token!;
    expect(cookies.calls[0]!.expiresAt!.getTime() - now.getTime()).toBe(12 * 3_600_000);
    const session = await resolveSession(app.handle.db, { token, now, settings: DEFAULT_AUTH_SETTINGS });
    expect(session?.tokenHash).toBe(hashToken(token));
    expect(session?.tokenHash).not.toBe(token);
    const audit = await listAuditForEntity(app.handle.db, { entityType: 'user', entityId: res.user.id });
    expect(audit.map((a) => a.action)).toContain('auth.login');
    expect(JSON.stringify(audit)).not.toContain(DEMO_PASSWORD);
  });

  it('refuses a malformed login with 400 naming the field', async () => {
    const caller = await app.callerAs(null);
    const err = await caller.auth.login({ email: 'not-an-email', password: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TRPCError);
    expect((err as TRPCError).code).toBe('BAD_REQUEST');
    expect((err as TRPCError).message).toContain('email');
  });

  it('says the same thing for an unknown email and a wrong password', async () => {
    const caller = await app.callerAs(null);
    const a = await caller.auth
      .login({ email: 'nobody@example.org', password: 'x' })
      .catch((e: TRPCError) => e);
    const b = await caller.auth
      .login({ email: 'admin@example.org', password: 'wrong' })
      .catch((e: TRPCError) => e);
    expect(a).toBeInstanceOf(TRPCError);
    expect((a as TRPCError).code).toBe('UNAUTHORIZED');
    expect((a as TRPCError).message).toBe((b as TRPCError).message);
  });

  it('locks an account for 15 minutes after 10 failed attempts, even with the right password', async () => {
    let now = at('16:00:00');
    const caller = createCaller(createInnerContext({ db: app.handle.db, now: () => now }));
    const email = 'casemanager2@example.org';
    for (let i = 1; i <= 9; i++) {
      expect(await codeOf(caller.auth.login({ email, password: 'wrong' }))).toBe('UNAUTHORIZED');
    }
    const tenth = await caller.auth.login({ email, password: 'wrong' }).catch((e: TRPCError) => e);
    expect((tenth as TRPCError).code).toBe('TOO_MANY_REQUESTS');
    expect((tenth as TRPCError).message).toMatch(/locked.*15 minutes/);
    expect(await codeOf(caller.auth.login({ email, password: DEMO_PASSWORD }))).toBe('TOO_MANY_REQUESTS');
    now = at('16:14:00');
    expect(await codeOf(caller.auth.login({ email, password: DEMO_PASSWORD }))).toBe('TOO_MANY_REQUESTS');
    now = at('16:15:01');
    expect(await codeOf(caller.auth.login({ email, password: DEMO_PASSWORD }))).toBe('OK');
    expect((await findSignInThrottle(app.handle.db, { email })).failedLoginCount).toBe(0);
  });

  it('counts failures per email whether or not an account has it, so a lock reveals nothing', async () => {
    const now = at('17:00:00');
    const caller = createCaller(createInnerContext({ db: app.handle.db, now: () => now }));
    const answers = async (email: string) => {
      const seen: string[] = [];
      for (let i = 1; i <= 11; i++) {
        const e = await caller.auth.login({ email, password: 'wrong' }).catch((err: TRPCError) => err);
        seen.push(e instanceof TRPCError ? `${e.code}: ${e.message}` : 'OK');
      }
      return seen;
    };
    const unknown = await answers('no-such-person@example.org');
    const known = await answers('Property2@example.org');
    expect(unknown.slice(9)).toEqual([
      'TOO_MANY_REQUESTS: This account is locked after too many failed sign-in attempts. Try again in 15 minutes, or ask your program admin.',
      'TOO_MANY_REQUESTS: This account is locked after too many failed sign-in attempts. Try again in 15 minutes, or ask your program admin.',
    ]);
    expect(known).toEqual(unknown);
    // Nothing of the email is stored: only its hash.
    const stored = JSON.stringify(await app.handle.db.select().from(schema.signInThrottles));
    expect(stored).not.toMatch(/no-such-person|property2/i);
  });

  it('refuses a mutation from a foreign Origin and accepts its own', async () => {
    const base = { db: app.handle.db, now: () => at('12:00:00'), allowedOrigins: ['http://localhost:3000'] };
    const foreign = createCaller(createInnerContext({ ...base, origin: 'https://evil.example' }));
    const own = createCaller(createInnerContext({ ...base, origin: 'http://localhost:3000' }));
    const login = { email: 'admin@example.org', password: DEMO_PASSWORD };
    expect(await codeOf(foreign.auth.login(login))).toBe('FORBIDDEN');
    expect(await codeOf(own.auth.login(login))).toBe('OK');
  });
});

describe('auth audit', () => {
  it('records failed sign-ins with no actor (signed out), the account when known, the ip and the time', async () => {
    const when = at('11:00:00');
    const ip = '203.0.113.7';
    const caller = createCaller(createInnerContext({ db: app.handle.db, now: () => when, ip }));
    expect(await codeOf(caller.auth.login({ email: 'supervisor@example.org', password: 'wrong' }))).toBe(
      'UNAUTHORIZED',
    );
    expect(await codeOf(caller.auth.login({ email: 'nobody@example.org', password: 'wrong' }))).toBe(
      'UNAUTHORIZED',
    );
    const sup = await findUserByEmail(app.handle.db, { email: 'supervisor@example.org' });
    const events = (await app.handle.db.select().from(schema.auditEvents))
      .filter((e) => e.action === 'auth.login_failed' && e.ip === ip)
      .map(({ actorUserId, entityId, detail, at }) => ({ actorUserId, entityId, detail, at }));
    expect(events).toEqual([
      { actorUserId: null, entityId: sup!.id, detail: { failedLoginCount: 1 }, at: when },
      {
        actorUserId: null,
        entityId: null,
        detail: { reason: 'unknown_email', failedLoginCount: expect.any(Number) as number },
        at: when,
      },
    ]);
    // The right password clears the count, and the sign-in is recorded as the user's own act.
    await caller.auth.login({ email: 'supervisor@example.org', password: DEMO_PASSWORD });
    const audit = await listAuditForEntity(app.handle.db, { entityType: 'user', entityId: sup!.id });
    expect(audit.filter((e) => e.action === 'auth.login' && e.at.getTime() === when.getTime())).toEqual([
      expect.objectContaining({ actorUserId: sup!.id }),
    ]);
    expect(
      (await findSignInThrottle(app.handle.db, { email: 'supervisor@example.org' })).failedLoginCount,
    ).toBe(0);
  });
});

describe('sessions', () => {
  it('end after 30 idle minutes and after 12 hours in all', async () => {
    const cookies = jar();
    const t0 = at('08:00:00');
    const caller = createCaller(createInnerContext({ db: app.handle.db, cookies, now: () => t0 }));
    await caller.auth.login({ email: 'tenant@example.org', password: DEMO_PASSWORD });
    const token = cookies.calls[0]!.token!;
    const sessionAt = (now: Date) =>
      resolveSession(app.handle.db, { token, now, settings: DEFAULT_AUTH_SETTINGS });
    // Active use every 25 minutes keeps it alive until the absolute lifetime.
    let t = t0.getTime();
    while (t + 25 * 60_000 < t0.getTime() + 12 * 3_600_000) {
      t += 25 * 60_000;
      expect(await sessionAt(new Date(t))).not.toBeNull();
    }
    expect(await sessionAt(at('20:00:01'))).toBeNull();

    cookies.calls.length = 0;
    await caller.auth.login({ email: 'tenant@example.org', password: DEMO_PASSWORD });
    const token2 = cookies.calls[0]!.token!;
    const s = await resolveSession(app.handle.db, {
      token: token2,
      now: at('08:31:00'),
      settings: DEFAULT_AUTH_SETTINGS,
    });
    expect(s).toBeNull();
  });

  it('sign-out deletes the session and clears the cookie', async () => {
    const cookies = jar();
    const db = app.handle.db;
    const now = () => at('10:00:00');
    const caller = createCaller(createInnerContext({ db, cookies, now }));
    await caller.auth.login({ email: 'admin@example.org', password: DEMO_PASSWORD });
    const token = cookies.calls[0]!.token!;
    const session = await resolveSession(db, { token, now: now(), settings: DEFAULT_AUTH_SETTINGS });
    expect(session?.user.role).toBe('program_admin');
    const signedIn = createCaller(
      createInnerContext({ db, cookies, now, user: session!.user, sessionTokenHash: session!.tokenHash }),
    );
    expect((await signedIn.auth.me())?.email).toBe('admin@example.org');
    await signedIn.auth.logout();
    expect(cookies.calls.at(-1)).toEqual({ cleared: true });
    expect(await resolveSession(db, { token, now: now(), settings: DEFAULT_AUTH_SETTINGS })).toBeNull();
    const audit = await listAuditForEntity(db, { entityType: 'user', entityId: session!.user.id });
    expect(audit.filter((e) => e.action === 'auth.logout')).toEqual([
      expect.objectContaining({ actorUserId: session!.user.id, at: now() }),
    ]);
  });
});
