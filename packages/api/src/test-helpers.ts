import { findUserByEmail, seedDemo, type DbHandle } from '@hearth/db';
import { createTestDb } from '@hearth/db/testing';
import type { TRole } from '@hearth/domain/identity';
import { hashPassword } from './auth/passwords';
import { createInnerContext, type InnerContextOptions, type SessionUser } from './context';
import { createCaller } from './root';

export const TODAY = '2026-11-23';

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
  callerAs(role: TRole | null, options?: Partial<InnerContextOptions>): Promise<ReturnType<typeof createCaller>>;
}

/** A migrated, seeded database and callers for each demo role: no HTTP, no mocks. */
export async function createTestApp(): Promise<TestApp> {
  const handle = await createTestDb();
  await seedDemo(handle.db, { hashPassword, today: TODAY });
  const userByEmail = async (email: string): Promise<SessionUser> => {
    const u = await findUserByEmail(handle.db, { email });
    if (!u) throw new Error(`no user ${email}`);
    const { id, programId, displayName, role, personId } = u;
    return { id, programId, email: u.email, displayName, role, personId };
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
