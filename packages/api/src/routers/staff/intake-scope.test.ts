import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditForEntity } from '@hearth/db';
import { createTestApp, errorFields, failure, type TestApp } from '../../test-helpers';
import { day, hubNamed, openApplication, professional, shelter } from './test-intake';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.handle.close());

describe('scope', () => {
  it('a case manager gets NOT_FOUND for someone off their caseload; a supervisor reaches the program', async () => {
    const sam = await app.callerAs('case_manager', {
      user: await app.userByEmail('casemanager2@example.org'),
    });
    const { applicationId, personId, referralId } = await openApplication(sam, 'Otherscaseload');
    await shelter(sam, applicationId);
    const stay = await sam.staff.stays.add({
      applicationId,
      start: day(-100),
      end: day(-70),
      location: 'emergency_shelter',
    });

    const maria = await app.callerAs('case_manager');
    const cumberland = await hubNamed(maria, 'Hub 2');
    const attempts: (() => Promise<unknown>)[] = [
      () => maria.staff.applications.get({ applicationId }),
      () => maria.staff.referrals.byPerson({ personId }),
      () => maria.staff.applications.open({ referralId, applicationDate: day(-18) }),
      () => maria.staff.packet.get({ applicationId }),
      () => maria.staff.disability.list({ applicationId }),
      () => maria.staff.disability.addEvidence(professional(applicationId, day(-13))),
      () => maria.staff.stays.list({ applicationId }),
      () => maria.staff.stays.remove({ stayId: stay.id }),
      () => maria.staff.determinations.record({ applicationId, determinationDate: day(-3) }),
      () => maria.staff.determinations.list({ applicationId }),
      () => maria.staff.rent.list({ applicationId }),
      () => maria.staff.people.byId({ personId }),
      () => maria.staff.referrals.create({ personId, serviceHubId: cumberland, referralDate: day(-22) }),
    ];
    for (const attempt of attempts) expect((await failure(attempt())).code).toBe('NOT_FOUND');
    expect((await sam.staff.stays.list({ applicationId })).stays).toHaveLength(1);
    const mariaUser = await app.userByEmail('casemanager@example.org');
    const audit = await listAuditForEntity(app.handle.db, {
      entityType: 'application',
      entityId: applicationId,
    });
    // Maria read nothing of the file: her only events on it are the refusals (issue 10, finding 5).
    const hers = audit.filter((a) => a.actorUserId === mariaUser.id);
    expect(hers.length).toBeGreaterThan(0);
    expect(hers.every((a) => a.action === 'access.denied')).toBe(true);
    expect((await maria.staff.referrals.list()).some((r) => r.personId === personId)).toBe(false);

    const supervisor = await app.callerAs('supervisor');
    expect((await supervisor.staff.applications.get({ applicationId })).application.personId).toBe(personId);
    expect((await supervisor.staff.referrals.list()).some((r) => r.personId === personId)).toBe(true);
  });

  it('only a program admin edits the service hubs; a retired hub takes no referrals', async () => {
    const admin = await app.callerAs('program_admin');
    const hub = await admin.staff.serviceHubs.create({ number: 10, name: 'Hub 10 — Test', area: 'Nowhere' });
    const duplicate = await failure(admin.staff.serviceHubs.create({ number: 11, name: 'Hub 10 — Test' }));
    expect(errorFields(duplicate)).toEqual(['name']);
    expect(duplicate.message).toBe('A hub named "Hub 10 — Test" already exists.');
    await admin.staff.serviceHubs.update({ serviceHubId: hub.id, isActive: false });
    const cm = await app.callerAs('case_manager');
    expect((await cm.staff.serviceHubs.list()).some((h) => h.id === hub.id)).toBe(false);
    expect((await cm.staff.serviceHubs.list({ includeInactive: true })).some((h) => h.id === hub.id)).toBe(
      true,
    );
    expect((await failure(cm.staff.serviceHubs.update({ serviceHubId: hub.id, isActive: true }))).code).toBe(
      'FORBIDDEN',
    );
    const refused = await failure(
      cm.staff.referrals.create({
        person: { firstName: 'A', lastName: 'B' },
        serviceHubId: hub.id,
        referralDate: day(-22),
      }),
    );
    expect(refused.code).toBe('BAD_REQUEST');
    expect(errorFields(refused)).toEqual(['serviceHubId']);
    expect(refused.message).toBe('Hub 10 — Test is no longer active.');
    const audit = await listAuditForEntity(app.handle.db, { entityType: 'service_hub', entityId: hub.id });
    // The case manager's refused update is on the record too.
    expect(audit.map((a) => a.action)).toEqual(['service_hub.create', 'service_hub.update', 'access.denied']);
  });
});
