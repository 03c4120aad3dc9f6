import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, isNull } from 'drizzle-orm';
import { createTestDb, testToday } from './testing';
import type { DbHandle } from './client';
import { seedDemo } from './seed/index';
import { caseloadAssignments, propertyAssignments, units, users } from './schema/index';
import { findPersonForStaff, listPeopleForStaff, type StaffViewer } from './queries/staff/people';
import { listUnitsForPropertyManager } from './queries/property/units';
import { findTenantProfile } from './queries/tenant/profile';

let handle: DbHandle;
const today = testToday();

async function viewer(email: string): Promise<StaffViewer> {
  const [u] = await handle.db
    .select({ userId: users.id, role: users.role, programId: users.programId })
    .from(users)
    .where(eq(users.email, email));
  return u as StaffViewer;
}

beforeAll(async () => {
  handle = await createTestDb();
  const result = await seedDemo(handle.db, {
    hashPassword: (p) => Promise.resolve(`plain:${p.length}`),
    today,
  });
  expect(result.seeded).toBe(true);
});
afterAll(() => handle.close());

describe('seed', () => {
  it('seeds once: a second call leaves the data alone', async () => {
    const before = await handle.db.$count(users);
    expect(before).toBeGreaterThan(0);
    const again = await seedDemo(handle.db, { hashPassword: () => Promise.resolve('x'), today });
    expect(again.seeded).toBe(false);
    expect(await handle.db.$count(users)).toBe(before);
  });
});

describe('staff scope', () => {
  it('a case manager sees only their caseload; a supervisor sees the program', async () => {
    const cm = await listPeopleForStaff(handle.db, {
      viewer: await viewer('casemanager@example.org'),
      today,
    });
    const sup = await listPeopleForStaff(handle.db, {
      viewer: await viewer('supervisor@example.org'),
      today,
    });
    const [assigned] = await handle.db
      .select({ n: count() })
      .from(caseloadAssignments)
      .innerJoin(users, eq(users.id, caseloadAssignments.caseManagerId))
      .where(and(eq(users.email, 'casemanager@example.org'), isNull(caseloadAssignments.endDate)));
    expect(cm).toHaveLength(assigned!.n);
    expect(sup.length).toBeGreaterThan(40);
    const cmIds = new Set(cm.map((p) => p.id));
    const cm2 = await listPeopleForStaff(handle.db, {
      viewer: await viewer('casemanager2@example.org'),
      today,
    });
    expect(cm2.some((p) => cmIds.has(p.id))).toBe(false);
    expect(cm.find((p) => p.lastName === 'Whitfield')?.caseManagerName).toBe('Maria Okafor');
  });

  it('a person outside the caseload is not found, inside it is', async () => {
    const cm = await viewer('casemanager@example.org');
    const cm2 = await viewer('casemanager2@example.org');
    const [other] = await listPeopleForStaff(handle.db, { viewer: cm2, today });
    expect(await findPersonForStaff(handle.db, { viewer: cm, today, personId: other!.id })).toBeNull();
    const found = await findPersonForStaff(handle.db, { viewer: cm2, today, personId: other!.id });
    expect(found?.id).toBe(other!.id);
    expect(found?.household.length).toBeGreaterThanOrEqual(1);
  });

  it('a case manager can open the household members of someone on their caseload', async () => {
    const cm = await viewer('casemanager@example.org');
    const sup = await viewer('supervisor@example.org');
    const caseload = await listPeopleForStaff(handle.db, { viewer: cm, today });
    const head = await findPersonForStaff(handle.db, {
      viewer: cm,
      today,
      personId: caseload.find((p) => p.relationshipToHead === 'self' && p.status === 'tenant')!.id,
    });
    const withFamily = [];
    for (const p of caseload) {
      const full = await findPersonForStaff(handle.db, { viewer: cm, today, personId: p.id });
      if (full && full.household.length > 1) withFamily.push(full);
    }
    expect(head).not.toBeNull();
    expect(withFamily.length).toBeGreaterThan(0);
    const member = withFamily[0]!.household.find((m) => m.relationshipToHead !== 'self')!;
    expect(caseload.some((p) => p.id === member.id)).toBe(false);
    expect((await findPersonForStaff(handle.db, { viewer: cm, today, personId: member.id }))?.id).toBe(
      member.id,
    );
    // ...but not the household of someone on another caseload.
    const others = (await listPeopleForStaff(handle.db, { viewer: sup, today })).filter(
      (p) => p.caseManagerName === 'Sam Delgado',
    );
    for (const p of others.slice(0, 5)) {
      expect(await findPersonForStaff(handle.db, { viewer: cm, today, personId: p.id })).toBeNull();
    }
  });

  it('search filters by name and treats wildcards literally', async () => {
    const sup = await viewer('supervisor@example.org');
    const dana = await listPeopleForStaff(handle.db, { viewer: sup, today, search: 'whitf' });
    expect(dana.map((p) => p.firstName)).toEqual(['Dana']);
    expect(await listPeopleForStaff(handle.db, { viewer: sup, today, search: '%' })).toHaveLength(0);
  });
});

describe('property and tenant scope', () => {
  it('a property manager sees only units of assigned properties', async () => {
    const [pm] = await handle.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'property@example.org'));
    const rows = await listUnitsForPropertyManager(handle.db, { viewer: { userId: pm!.id } });
    const [assigned] = await handle.db
      .select({ n: count() })
      .from(units)
      .innerJoin(propertyAssignments, eq(propertyAssignments.propertyId, units.propertyId))
      .where(eq(propertyAssignments.propertyManagerId, pm!.id));
    expect(assigned!.n).toBeGreaterThan(0);
    expect(rows).toHaveLength(assigned!.n);
    expect(new Set(rows.map((r) => r.propertyName))).toEqual(new Set(['Elm Street Apartments']));
    expect(Object.keys(rows[0]!).sort()).toEqual(
      [
        'bedrooms',
        'contractRentCents',
        'occupantName',
        'propertyId',
        'propertyName',
        'unitId',
        'unitLabel',
      ].sort(),
    );
    expect(rows.some((r) => r.occupantName === 'Dana Whitfield')).toBe(true);
  });

  it('the tenant profile names the unit and the case manager', async () => {
    const [t] = await handle.db
      .select({ personId: users.personId })
      .from(users)
      .where(eq(users.email, 'tenant@example.org'));
    const profile = await findTenantProfile(handle.db, { personId: t!.personId! });
    expect(profile).toMatchObject({
      firstName: 'Dana',
      propertyName: 'Elm Street Apartments',
      caseManagerName: 'Maria Okafor',
    });
  });
});
