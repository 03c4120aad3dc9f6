import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditForEntity, schema } from '@hearth/db';
import { createTestApp, errorFields, failure, TODAY, type TestApp } from '../../test-helpers';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.handle.close());

describe('staff.people', () => {
  it('a case manager lists their caseload; a supervisor the program', async () => {
    const cm = await (await app.callerAs('case_manager')).staff.people.list();
    const sup = await (await app.callerAs('supervisor')).staff.people.list();
    // The seed's caseload: the people assigned to Maria Okafor today.
    const maria = await app.userByEmail('casemanager@example.org');
    const assignments = await app.handle.db.select().from(schema.caseloadAssignments);
    const assigned = new Set(
      assignments
        .filter((a) => a.caseManagerId === maria.id && (a.endDate === null || a.endDate >= TODAY))
        .map((a) => a.personId),
    );
    expect(assigned.size).toBeGreaterThan(0);
    expect(cm.length).toBe(assigned.size);
    expect(sup.length).toBeGreaterThan(cm.length);
  });

  it('reading a person writes an audit event naming who read which record', async () => {
    const caller = await app.callerAs('case_manager');
    const [first] = await caller.staff.people.list({ search: 'Whitfield' });
    const person = await caller.staff.people.byId({ personId: first!.id });
    expect(person.firstName).toBe('Dana');
    const cm = await app.userByEmail('casemanager@example.org');
    const audit = await listAuditForEntity(app.handle.db, { entityType: 'person', entityId: first!.id });
    expect(audit).toEqual([expect.objectContaining({ action: 'person.read', actorUserId: cm.id })]);
  });

  it('a person outside the caseload is NOT_FOUND, and only the refusal is audited', async () => {
    const other = (await (await app.callerAs('supervisor')).staff.people.list()).find(
      (p) => p.caseManagerName === 'Sam Delgado',
    )!;
    const err = await failure((await app.callerAs('case_manager')).staff.people.byId({ personId: other.id }));
    expect(err.code).toBe('NOT_FOUND');
    expect(err.message).toBe('No such person.');
    const cm = await app.userByEmail('casemanager@example.org');
    expect(await listAuditForEntity(app.handle.db, { entityType: 'person', entityId: other.id })).toEqual([
      expect.objectContaining({ action: 'access.denied', actorUserId: cm.id }),
    ]);
  });

  it('a malformed id is a 400 naming the field', async () => {
    const err = await failure((await app.callerAs('supervisor')).staff.people.byId({ personId: 'nope' }));
    expect(err.code).toBe('BAD_REQUEST');
    expect(errorFields(err)).toEqual(['personId']);
  });
});

describe('tenant and property', () => {
  it('the tenant sees only their own home', async () => {
    const profile = await (await app.callerAs('tenant')).tenant.profile.get();
    expect(profile).toMatchObject({ firstName: 'Dana', caseManagerName: 'Maria Okafor' });
  });

  it('the property manager sees units with the occupant name only', async () => {
    const units = await (await app.callerAs('property_manager')).property.units.list();
    // The units of the properties the seed assigns to the property manager.
    const pm = await app.userByEmail('property@example.org');
    const assigned = new Set(
      (await app.handle.db.select().from(schema.propertyAssignments))
        .filter((a) => a.propertyManagerId === pm.id)
        .map((a) => a.propertyId),
    );
    const seeded = (await app.handle.db.select().from(schema.units)).filter((u) =>
      assigned.has(u.propertyId),
    );
    expect(seeded.length).toBeGreaterThan(0);
    expect(units).toHaveLength(seeded.length);
    for (const u of units) {
      expect(Object.keys(u).sort()).toEqual([
        'bedrooms',
        'contractRentCents',
        'occupantName',
        'propertyId',
        'propertyName',
        'unitId',
        'unitLabel',
      ]);
    }
  });
});
