import type { Database } from '@hearth/db';
import { DEFAULT_TIME_ZONE, todayIn } from '@hearth/domain';
import type { TRole } from '@hearth/domain/identity';

export interface SessionUser {
  id: string;
  programId: string;
  email: string;
  displayName: string;
  role: TRole;
  personId: string | null;
  /** The program's time zone (a program setting): "today" is the date there. */
  timeZone: string;
}

/** Sets and clears the session cookie; the HTTP host supplies it, tests record calls. */
export interface SessionCookieJar {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface AuthSettings {
  idleTimeoutMinutes: number;
  absoluteLifetimeHours: number;
  maxFailedAttempts: number;
  lockoutMinutes: number;
}

export const DEFAULT_AUTH_SETTINGS: AuthSettings = {
  idleTimeoutMinutes: 30,
  absoluteLifetimeHours: 12,
  maxFailedAttempts: 10,
  lockoutMinutes: 15,
};

/** Everything a procedure may use. Built from a request by the host, or directly in tests. */
export interface Context {
  db: Database;
  /** The one clock: no other code reads the wall clock. */
  now: () => Date;
  /** Today's date (yyyy-mm-dd) in the program's time zone, from the same clock. */
  today: () => string;
  settings: AuthSettings;
  user: SessionUser | null;
  /** SHA-256 of the session token, when signed in. */
  sessionTokenHash: string | null;
  cookies: SessionCookieJar;
  ip: string | null;
  /** The request's Origin header, if the browser sent one. */
  origin: string | null;
  /** The request's Sec-Fetch-Site header (`same-origin`, `cross-site`, …), if the browser sent one. */
  secFetchSite: string | null;
  /**
   * Origins allowed to send mutations, from the server's configuration (never the Host header).
   * null when there is no HTTP request (a direct caller, as in tests): nothing to check.
   */
  allowedOrigins: readonly string[] | null;
  /** How many procedure calls the HTTP request carries (a tRPC batch); 1 otherwise. */
  callsInRequest: number;
}

export interface InnerContextOptions {
  db: Database;
  user?: SessionUser | null;
  sessionTokenHash?: string | null;
  /** The clock: the server's, or a test's. Required, so nothing falls back to the wall clock. */
  now: () => Date;
  settings?: Partial<AuthSettings>;
  cookies?: SessionCookieJar;
  ip?: string | null;
  origin?: string | null;
  secFetchSite?: string | null;
  allowedOrigins?: readonly string[] | null;
  callsInRequest?: number;
}

const noCookies: SessionCookieJar = { set() {}, clear() {} };

/** The inner context: no HTTP, so tests call procedures with a real database and no mocks. */
export function createInnerContext(options: InnerContextOptions): Context {
  const now = options.now;
  const timeZone = options.user?.timeZone ?? DEFAULT_TIME_ZONE;
  return {
    db: options.db,
    now,
    today: () => todayIn(now(), timeZone),
    settings: { ...DEFAULT_AUTH_SETTINGS, ...options.settings },
    user: options.user ?? null,
    sessionTokenHash: options.sessionTokenHash ?? null,
    cookies: options.cookies ?? noCookies,
    ip: options.ip ?? null,
    origin: options.origin ?? null,
    secFetchSite: options.secFetchSite ?? null,
    allowedOrigins: options.allowedOrigins ?? null,
    callsInRequest: options.callsInRequest ?? 1,
  };
}
