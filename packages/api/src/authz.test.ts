import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type TRole } from '@hearth/domain/identity';
import { appRouter } from './root';
import { createTestApp, type TestApp } from './test-helpers';

/**
 * The authorization matrix: every procedure of the app router, declared once here with the roles
 * that may call it and an input to call it with. A procedure missing from this table fails the
 * test, so no procedure ships without a decision about who may call it.
 */
type Access = { allow: 'anyone' | readonly TRole[]; input?: unknown };

const STAFF = ['case_manager', 'supervisor', 'program_admin'] as const;
const SOME_UUID = '00000000-0000-4000-8000-000000000000';

export const MATRIX: Record<string, Access> = {
  'auth.login': { allow: 'anyone', input: { email: 'not-an-email', password: '' } },
  'auth.logout': { allow: 'anyone' },
  'auth.me': { allow: 'anyone' },
  'staff.people.list': { allow: STAFF },
  'staff.people.byId': { allow: STAFF, input: { personId: SOME_UUID } },
  'tenant.profile.get': { allow: ['tenant'] },
  'property.units.list': { allow: ['property_manager'] },
};

function procedurePaths(): string[] {
  return Object.keys(appRouter._def.procedures).sort();
}

async function call(app: TestApp, role: TRole | null, path: string, input: unknown): Promise<string> {
  const caller = await app.callerAs(role);
  let fn: unknown = caller;
  for (const segment of path.split('.')) fn = (fn as Record<string, unknown>)[segment];
  try {
    await (fn as (i: unknown) => Promise<unknown>)(input);
    return 'OK';
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    throw e;
  }
}

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.handle.close());

describe('authorization matrix', () => {
  it('declares every procedure, and nothing that does not exist', () => {
    const undeclared = procedurePaths().filter((p) => !(p in MATRIX));
    expect(undeclared, 'procedures with no entry in MATRIX').toEqual([]);
    expect(Object.keys(MATRIX).filter((p) => !procedurePaths().includes(p))).toEqual([]);
  });

  for (const path of Object.keys(MATRIX)) {
    const access = MATRIX[path]!;
    it(`${path}: ${access.allow === 'anyone' ? 'anyone' : access.allow.join(', ')}`, async () => {
      const outcomes: Record<string, string> = {};
      for (const role of [null, ...ROLES]) {
        outcomes[role ?? 'signed_out'] = await call(app, role, path, access.input);
      }
      for (const [who, code] of Object.entries(outcomes)) {
        const allowed =
          access.allow === 'anyone' || (who !== 'signed_out' && access.allow.includes(who as TRole));
        if (allowed) {
          expect(['UNAUTHORIZED', 'FORBIDDEN'], `${who} should reach ${path}`).not.toContain(code);
        } else {
          expect(code, `${who} on ${path}`).toBe(who === 'signed_out' ? 'UNAUTHORIZED' : 'FORBIDDEN');
        }
      }
    });
  }
});
