import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditForEntity, schema } from '@hearth/db';
import { addDays, longDate } from '@hearth/domain';
import { createTestApp, errorFields, failure, TODAY, type TestApp } from '../test-helpers';

/** Finding 9 of issue 9: entry notice in days (a property setting), visits, and the emergency number. */

let app: TestApp;
let danaUnitId: string;
let danaPropertyId: string;
let seededPhone: string | null;
beforeAll(async () => {
  app = await createTestApp();
  const units = await (await app.callerAs('property_manager')).property.units.list();
  const dana = units.find((u) => u.occupantName === 'Dana Whitfield')!;
  danaUnitId = dana.unitId;
  danaPropertyId = dana.propertyId;
  seededPhone = (await app.handle.db.select().from(schema.properties)).find(
    (p) => p.id === danaPropertyId,
  )!.emergencyMaintenancePhone;
});
afterAll(() => app.handle.close());

/** A repair of Dana's unit asked for `daysAgo` days ago (the API dates a tenant's request today). */
async function pastRepair(daysAgo: number): Promise<string> {
  const tenant = await app.userByEmail('tenant@example.org');
  const household = (await app.handle.db.select().from(schema.households)).find(
    (h) => h.unitId === danaUnitId,
  );
  const [row] = await app.handle.db
    .insert(schema.repairRequests)
    .values({
      householdId: household!.id,
      programId: household!.programId,
      unitId: danaUnitId,
      requestedBy: tenant.id,
      description: 'The bedroom window does not close.',
      location: 'Bedroom',
      urgency: 'routine',
      canEnterWithoutTenant: true,
      requestedOn: addDays(TODAY, -daysAgo),
    })
    .returning({ id: schema.repairRequests.id });
  return row!.id;
}

describe('property settings', () => {
  it('the manager sees their properties with the default entry notice of 1 day', async () => {
    const pm = await app.callerAs('property_manager');
    const mine = await pm.property.properties.list();
    expect(mine.length).toBeGreaterThan(0);
    for (const p of mine) expect(p.entryNoticeDays).toBe(1);
    const pm2 = await app.callerAs('property_manager', {
      user: await app.userByEmail('property2@example.org'),
    });
    expect((await pm2.property.properties.list()).some((p) => p.propertyId === danaPropertyId)).toBe(false);
  });

  it('bad settings name their field; another manager’s property is not found; nothing is saved', async () => {
    const pm = await app.callerAs('property_manager');
    const bad = await failure(
      pm.property.properties.updateSettings({
        propertyId: danaPropertyId,
        entryNoticeDays: 0,
        emergencyMaintenancePhone: 'call Bob',
      }),
    );
    expect(bad.code).toBe('BAD_REQUEST');
    expect(errorFields(bad).sort()).toEqual(['emergencyMaintenancePhone', 'entryNoticeDays']);
    const pm2 = await app.callerAs('property_manager', {
      user: await app.userByEmail('property2@example.org'),
    });
    const foreign = await failure(
      pm2.property.properties.updateSettings({
        propertyId: danaPropertyId,
        entryNoticeDays: 2,
        emergencyMaintenancePhone: '207-555-0199',
      }),
    );
    expect(foreign.code).toBe('NOT_FOUND');
    const cm = await app.callerAs('case_manager');
    expect((await failure(cm.property.properties.list())).code).toBe('FORBIDDEN');
    expect(
      (await (await app.callerAs('property_manager')).property.properties.list()).find(
        (p) => p.propertyId === danaPropertyId,
      ),
    ).toMatchObject({ entryNoticeDays: 1, emergencyMaintenancePhone: seededPhone });
  });

  it('the tenant sees only the property name and its emergency number once the manager sets it (audited)', async () => {
    const t = await app.callerAs('tenant');
    const before = await t.tenant.repairs.contact();
    expect(Object.keys(before!).sort()).toEqual(['emergencyMaintenancePhone', 'propertyName']);
    expect(before!.emergencyMaintenancePhone).toBe(seededPhone);
    expect(before!.propertyName).toMatch(/\w/);
    const pm = await app.callerAs('property_manager');
    await pm.property.properties.updateSettings({
      propertyId: danaPropertyId,
      entryNoticeDays: 1,
      emergencyMaintenancePhone: ' (207) 555-0142 ',
    });
    expect(await t.tenant.repairs.contact()).toEqual({
      propertyName: before!.propertyName,
      emergencyMaintenancePhone: '(207) 555-0142',
    });
    const audit = await listAuditForEntity(app.handle.db, {
      entityType: 'property',
      entityId: danaPropertyId,
    });
    expect(audit.at(-1)).toMatchObject({
      action: 'property.settings',
      detail: { fields: ['emergencyMaintenancePhone'] },
    });
    expect((await failure(pm.tenant.repairs.contact())).code).toBe('FORBIDDEN');
  });
});

describe('entering a unit for a repair', () => {
  it('a scheduled repair is not done before its visit; the refusal names the date', async () => {
    const pm = await app.callerAs('property_manager');
    const repairId = await pastRepair(10);
    const visit = addDays(TODAY, -3);
    await pm.property.repairs.schedule({
      repairId,
      scheduledFor: visit,
      noticeGiven: 'A letter under the door',
    });
    const early = await failure(
      pm.property.repairs.complete({
        repairId,
        completedOn: addDays(TODAY, -4),
        entryBasis: 'tenant_permission',
      }),
    );
    expect([early.code, errorFields(early)]).toEqual(['BAD_REQUEST', ['completedOn']]);
    expect(early.message).toContain(longDate(visit));
    const saved = (await app.handle.db.select().from(schema.repairRequests)).find((r) => r.id === repairId);
    expect(saved!.status).toBe('scheduled');
  });

  it('notice the same day is not notice in advance; the property’s days of notice are enforced', async () => {
    const pm = await app.callerAs('property_manager');
    const repairId = await pastRepair(10);
    const visit = addDays(TODAY, -3);
    await pm.property.repairs.schedule({ repairId, scheduledFor: visit, noticeGiven: 'Letter' });
    const complete = (noticeGivenOn: string) =>
      pm.property.repairs.complete({
        repairId,
        completedOn: visit,
        entryBasis: 'notice_given',
        noticeGivenOn,
      });
    const entriesBefore = await app.handle.db.$count(schema.unitEntries);
    const sameDay = await failure(complete(visit));
    expect([sameDay.code, errorFields(sameDay)]).toEqual(['BAD_REQUEST', ['noticeGivenOn']]);
    expect(sameDay.message).toContain(`by ${longDate(addDays(visit, -1))}`);

    await pm.property.properties.updateSettings({
      propertyId: danaPropertyId,
      entryNoticeDays: 3,
      emergencyMaintenancePhone: '',
    });
    const short = await failure(complete(addDays(visit, -2)));
    expect(errorFields(short)).toEqual(['noticeGivenOn']);
    expect(short.message).toContain('at least 3 days');
    expect(await app.handle.db.$count(schema.unitEntries)).toBe(entriesBefore);

    await complete(addDays(visit, -3));
    const entries = await pm.property.repairs.entries();
    expect(entries.find((e) => e.enteredOn === visit)).toMatchObject({
      basis: 'notice_given',
      noticeGivenOn: addDays(visit, -3),
    });
  });
});
