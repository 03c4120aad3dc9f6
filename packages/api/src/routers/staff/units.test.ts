import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@hearth/db';
import { createTestApp, TODAY, type TestApp } from '../../test-helpers';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.handle.close());

describe('staff.units.list', () => {
  it('lists the vacant units of the program for move-in, and all units when asked', async () => {
    const staff = await app.callerAs('case_manager');
    const all = await staff.staff.units.list();
    const vacant = await staff.staff.units.list({ vacantOnly: true });
    const occupiedByPm = [...(await (await app.callerAs('property_manager')).property.units.list())].filter(
      (u) => u.occupantName,
    );
    // Every unit of the program's seeded properties.
    const me = await app.userByEmail('casemanager@example.org');
    const programProperties = new Set(
      (await app.handle.db.select().from(schema.properties))
        .filter((p) => p.programId === me.programId)
        .map((p) => p.id),
    );
    const seeded = (await app.handle.db.select().from(schema.units)).filter((u) =>
      programProperties.has(u.propertyId),
    );
    expect(all).toHaveLength(seeded.length);
    expect(vacant.length).toBeGreaterThan(0);
    expect(vacant.length).toBeLessThan(all.length);
    for (const u of occupiedByPm) expect(vacant.map((v) => v.unitId)).not.toContain(u.unitId);
    // The unit's contract rent is offered too: the lease opened at move-in takes it.
    expect(Object.keys(vacant[0]!).sort()).toEqual([
      'bedrooms',
      'contractRentCents',
      'propertyName',
      'unitId',
      'unitLabel',
    ]);
  });
});

describe('a saved rent determination reaches the lease as an amount only', () => {
  it("updates the open lease's tenant rent, and nothing of the calculation", async () => {
    const staff = await app.callerAs('case_manager');
    const [dana] = await staff.staff.people.list({ search: 'Whitfield' });
    const referrals = await staff.staff.referrals.byPerson({ personId: dana!.id });
    const applicationId = referrals.find((r) => r.applicationId)?.applicationId;
    expect(applicationId).toBeTruthy();
    const pm = await app.callerAs('property_manager');
    const danaLease = async () =>
      (await pm.property.leases.list()).find(
        (l) => l.unitLabel === '1A' && l.propertyName === 'Elm Street Apartments',
      );
    const before = (await danaLease())?.tenantRentCents;
    const saved = await staff.staff.rent.save({
      applicationId: applicationId!,
      effectiveDate: TODAY,
      incomes: [{ label: 'SSI', annualCents: 1_200_000 }],
      contractRentMonthlyCents: 95_000,
    });
    const lease = await danaLease();
    expect(saved.tenantRentCents).not.toBe(before);
    expect(lease?.tenantRentCents).toBe(saved.tenantRentCents);
    expect(JSON.stringify(lease)).not.toContain('SSI');
  });
});
