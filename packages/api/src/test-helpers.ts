import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';
import { ZodError } from 'zod';
import { isDomainError } from '@hearth/domain';
import { findUserByEmail, seedDemo, type DbHandle } from '@hearth/db';
import { createTestDb, testToday } from '@hearth/db/testing';
import type { TRole } from '@hearth/domain/identity';
import { hashPassword } from './auth/passwords';
import { sessionUserOf } from './auth/sessions';
import { createInnerContext, type InnerContextOptions, type SessionUser } from './context';
import { createCaller } from './root';

/**
 * The date the tests live on: `HEARTH_TODAY` when CI sets it (the suite runs at several dates a
 * year apart), else a fixed day. Tests build every date relative to it, never from the wall clock.
 */
export const TODAY = testToday();

export const DEMO_EMAILS: Record<TRole, string> = {
  case_manager: 'casemanager@example.org',
  supervisor: 'supervisor@example.org',
  program_admin: 'admin@example.org',
  tenant: 'tenant@example.org',
  property_manager: 'property@example.org',
};

export interface TestApp {
  handle: DbHandle;
  userByEmail(email: string): Promise<SessionUser>;
  callerAs(
    role: TRole | null,
    options?: Partial<InnerContextOptions>,
  ): Promise<ReturnType<typeof createCaller>>;
}

/** A migrated, seeded database and callers for each demo role: no HTTP, no mocks. */
export async function createTestApp(): Promise<TestApp> {
  const handle = await createTestDb();
  await seedDemo(handle.db, { hashPassword, today: TODAY });
  const userByEmail = async (email: string): Promise<SessionUser> => {
    const u = await findUserByEmail(handle.db, { email });
    if (!u) throw new Error(`no user ${email}`);
    return sessionUserOf(u);
  };
  return {
    handle,
    userByEmail,
    async callerAs(role, options = {}) {
      const user = role ? await userByEmail(DEMO_EMAILS[role]) : null;
      return createCaller(
        createInnerContext({ db: handle.db, user, now: () => new Date(`${TODAY}T15:00:00Z`), ...options }),
      );
    },
  };
}

/** The error a call fails with (the test fails if it succeeds). */
export async function failure(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'expected the call to fail').toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

/** The input field an error names, as the portal receives it in `fieldErrors` (null if none). */
export function errorFields(error: TRPCError): string[] {
  const cause = error.cause;
  if (cause instanceof ZodError) return cause.issues.map((i) => i.path.map(String).join('.'));
  if (isDomainError(cause) && cause.field) return [cause.field];
  return [];
}
