import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditForEntity } from '@hearth/db';
import { createTestApp, errorFields, failure, TODAY, type TestApp } from '../../test-helpers';

/**
 * Finding 8 of issue 9: an appeal decided "assign a new case manager" can be carried out. A
 * supervisor or program admin reassigns the caseload (audited); the decision's follow-up shows
 * until it is marked done, by whom and when.
 */

let app: TestApp;
let danaId: string;
beforeAll(async () => {
  app = await createTestApp();
  const everyone = await (await app.callerAs('supervisor')).staff.people.list();
  danaId = everyone.find((p) => p.lastName === 'Whitfield')!.id;
});
afterAll(() => app.handle.close());

async function appealDecidedWithFollowUp(): Promise<string> {
  const t = await app.callerAs('tenant');
  const { grievanceId } = await t.tenant.grievances.create({
    about: 'services',
    description: 'My case manager does not return my calls.',
  });
  await (
    await app.callerAs('supervisor')
  ).staff.grievances.respond({
    grievanceId,
    response: 'We will remind your case manager to call back within a day.',
  });
  await t.tenant.grievances.appeal({ grievanceId, reason: 'I want a different case manager.' });
  await (
    await app.callerAs('program_admin')
  ).staff.grievances.decide({
    grievanceId,
    outcome: 'changed',
    decision: 'You will be given a new case manager.',
    followUp: 'Assign a new case manager',
  });
  return grievanceId;
}

describe('a decision that says "assign a new case manager"', () => {
  it('is carried out: the follow-up shows, a supervisor reassigns, the admin marks it done', async () => {
    const grievanceId = await appealDecidedWithFollowUp();
    const admin = await app.callerAs('program_admin');
    const open = (await admin.staff.grievances.appeals()).find((g) => g.id === grievanceId);
    expect(open).toMatchObject({
      followUp: 'Assign a new case manager',
      isFollowUpOpen: true,
      followUpDoneOn: null,
    });
    expect((await admin.staff.grievances.appeals())[0]!.id).toBe(grievanceId);

    const cm = await app.callerAs('case_manager');
    expect((await cm.staff.people.list()).some((p) => p.id === danaId)).toBe(true);
    const sup = await app.callerAs('supervisor');
    const before = await sup.staff.people.byId({ personId: danaId });
    const choices = await sup.staff.people.caseManagers();
    const cm2User = await app.userByEmail('casemanager2@example.org');
    expect(choices.map((c) => c.id)).toContain(cm2User.id);
    const newCm = choices.find((c) => c.id === cm2User.id)!;
    expect(newCm.displayName).not.toBe(before.caseManagerName);

    await sup.staff.people.reassignCaseManager({ personId: danaId, caseManagerId: newCm.id });
    expect((await sup.staff.people.byId({ personId: danaId })).caseManagerName).toBe(newCm.displayName);
    expect((await cm.staff.people.list()).some((p) => p.id === danaId)).toBe(false);
    expect((await failure(cm.staff.people.byId({ personId: danaId }))).code).toBe('NOT_FOUND');
    const cm2 = await app.callerAs('case_manager', { user: cm2User });
    expect((await cm2.staff.people.list()).some((p) => p.id === danaId)).toBe(true);
    const audit = await listAuditForEntity(app.handle.db, { entityType: 'person', entityId: danaId });
    expect(audit.find((a) => a.action === 'caseload.reassign')).toMatchObject({
      detail: { caseManagerId: newCm.id },
    });

    await admin.staff.grievances.completeFollowUp({ grievanceId });
    const done = (await admin.staff.grievances.appeals()).find((g) => g.id === grievanceId);
    const adminUser = await app.userByEmail('admin@example.org');
    expect(done).toMatchObject({
      isFollowUpOpen: false,
      followUpDoneOn: TODAY,
      followUpDoneByName: adminUser.displayName,
    });
    const again = await failure(admin.staff.grievances.completeFollowUp({ grievanceId }));
    expect(again.code).toBe('CONFLICT');
    const grievanceAudit = await listAuditForEntity(app.handle.db, {
      entityType: 'grievance',
      entityId: grievanceId,
    });
    expect(grievanceAudit.map((a) => a.action)).toContain('grievance.follow_up_done');
  });

  it('a case manager cannot reassign or list the choices; a bad choice names the field and changes nothing', async () => {
    const cm2User = await app.userByEmail('casemanager2@example.org');
    const cm = await app.callerAs('case_manager');
    expect((await failure(cm.staff.people.caseManagers())).code).toBe('FORBIDDEN');
    expect(
      (await failure(cm.staff.people.reassignCaseManager({ personId: danaId, caseManagerId: cm2User.id })))
        .code,
    ).toBe('FORBIDDEN');

    const admin = await app.callerAs('program_admin');
    const before = (await admin.staff.people.byId({ personId: danaId })).caseManagerName;
    const same = await failure(
      admin.staff.people.reassignCaseManager({ personId: danaId, caseManagerId: cm2User.id }),
    );
    expect([same.code, errorFields(same)]).toEqual(['BAD_REQUEST', ['caseManagerId']]);
    const supervisor = await app.userByEmail('supervisor@example.org');
    const notACm = await failure(
      admin.staff.people.reassignCaseManager({ personId: danaId, caseManagerId: supervisor.id }),
    );
    expect([notACm.code, errorFields(notACm)]).toEqual(['BAD_REQUEST', ['caseManagerId']]);
    expect((await admin.staff.people.byId({ personId: danaId })).caseManagerName).toBe(before);
  });

  it('a decision without a follow-up has none to mark done', async () => {
    const t = await app.callerAs('tenant');
    const { grievanceId } = await t.tenant.grievances.create({
      about: 'services',
      description: 'Late visit.',
    });
    await (await app.callerAs('supervisor')).staff.grievances.respond({ grievanceId, response: 'Sorry.' });
    await t.tenant.grievances.appeal({ grievanceId, reason: 'Not enough.' });
    const admin = await app.callerAs('program_admin');
    await admin.staff.grievances.decide({ grievanceId, outcome: 'upheld', decision: 'The answer stands.' });
    expect((await admin.staff.grievances.appeals()).find((g) => g.id === grievanceId)).toMatchObject({
      followUp: null,
      isFollowUpOpen: false,
    });
    const none = await failure(admin.staff.grievances.completeFollowUp({ grievanceId }));
    expect([none.code, errorFields(none)]).toEqual(['BAD_REQUEST', ['grievanceId']]);
  });
});
