import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditForEntity } from '@hearth/db';
import { addDays, longDate } from '@hearth/domain';
import { appRouter } from '../../root';
import { createTestApp, type TestApp } from '../../test-helpers';
import { day, observation, openApplication, professional, shelter } from './test-intake';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.handle.close());

describe('staff.disability', () => {
  it('intake observation only → pending, with the deadline 45 days after the application', async () => {
    const cm = await app.callerAs('case_manager');
    const applicationDate = day(-20);
    const deadline = addDays(applicationDate, 45);
    const { applicationId } = await openApplication(cm, 'Observed', { applicationDate });
    await shelter(cm, applicationId);
    const added = await cm.staff.disability.addEvidence(observation(applicationId, applicationDate));
    expect(added.check).toMatchObject({
      acceptable: true,
      provisional: true,
      confirmationDeadline: deadline,
    });
    const determination = await cm.staff.determinations.record({ applicationId, determinationDate: day(-3) });
    expect(determination).toMatchObject({
      status: 'pending_disability_verification',
      disabilityVerificationDeadline: deadline,
    });
    expect(determination.reasons).toContain(
      `Disability is documented by intake observation only; professional verification due by ${longDate(deadline)}.`,
    );
    const packet = await cm.staff.packet.get({ applicationId });
    expect(packet.missing.missing.map((m) => m.code)).toEqual(['disability_confirmation']);

    // Reading disability evidence is audited.
    const listed = await cm.staff.disability.list({ applicationId });
    expect(listed.evidence).toHaveLength(1);
    expect(listed.eligibility.status).toBe('pending_disability_verification');
    const audit = await listAuditForEntity(app.handle.db, {
      entityType: 'application',
      entityId: applicationId,
    });
    expect(audit.map((a) => a.action)).toContain('disability_evidence.read');

    const deadlines = (await cm.staff.deadlines.list({ applicationId })).items;
    expect(deadlines).toContainEqual(
      expect.objectContaining({
        kind: 'disability_confirmation',
        applicationId,
        dueDate: deadline,
        isOverdue: false,
      }),
    );
  });

  it('a professional verification lacking a certification is kept but does not count', async () => {
    const cm = await app.callerAs('case_manager');
    const { applicationId } = await openApplication(cm, 'Uncertified');
    await shelter(cm, applicationId);
    const added = await cm.staff.disability.addEvidence({
      ...professional(applicationId, day(-5)),
      certifiesSubstantiallyImpedesIndependentLiving: false,
    });
    expect(added.check.acceptable).toBe(false);
    expect(added.eligibility.status).toBe('ineligible');
    const packet = await cm.staff.packet.get({ applicationId });
    expect(packet.disabilityEvidence).toHaveLength(1);
    expect(packet.missing.missing.map((m) => m.code)).toEqual(['disability_evidence']);
  });
});

describe('the standing of the file (one answer for the steps, the determination and the packet)', () => {
  it('is "not determined yet" before any disability evidence, not ineligible', async () => {
    const cm = await app.callerAs('case_manager');
    const { applicationId } = await openApplication(cm, 'Undetermined');
    await shelter(cm, applicationId);
    const listed = await cm.staff.disability.list({ applicationId });
    expect(listed.eligibility).toMatchObject({ status: 'not_determined', label: 'Not determined yet' });
    expect((await cm.staff.packet.get({ applicationId })).standing.status).toBe('not_determined');
  });

  it('self-certification without the record of due diligence is not determined eligible', async () => {
    const cm = await app.callerAs('case_manager');
    const { applicationId } = await openApplication(cm, 'Selfcert', { applicationDate: day(-10) });
    const recorded = await cm.staff.homelessness.recordSituation({
      applicationId,
      situation: { livingSituation: 'place_not_meant_for_habitation' },
      evidenceType: 'self_certification',
      evidenceDate: day(-5),
    });
    expect(recorded).toMatchObject({ acceptedByProgram: true, evidence: { acceptable: false } });
    await cm.staff.disability.addEvidence(professional(applicationId, day(-5)));
    const determination = await cm.staff.determinations.record({ applicationId, determinationDate: day(-1) });
    expect(determination.status).toBe('ineligible');
    const packet = await cm.staff.packet.get({ applicationId });
    expect(packet.missing.missing.map((m) => m.code)).toEqual(['due_diligence_for_self_certification']);
    expect(packet.standing.status).toBe('ineligible');
  });
});

describe('staff.rent.defaults', () => {
  it('pre-ticks "elderly or disabled family" once the disability of the head is documented, and names the rounding', async () => {
    const cm = await app.callerAs('case_manager');
    const { applicationId } = await openApplication(cm, 'Rentdefaults');
    await shelter(cm, applicationId);
    expect(await cm.staff.rent.defaults({ applicationId })).toMatchObject({
      elderlyOrDisabledFamily: false,
      ttpRounding: 'nearest_dollar',
    });
    await cm.staff.disability.addEvidence(professional(applicationId, day(-5)));
    const defaults = await cm.staff.rent.defaults({ applicationId });
    expect(defaults.elderlyOrDisabledFamily).toBe(true);
    expect(defaults.reasons).toEqual([
      'The disability of the head of household is documented: a disabled family.',
    ]);
  });
});

describe('staff.determinations', () => {
  it('are never edited: a new one supersedes the one in force, which stays as it was', async () => {
    const cm = await app.callerAs('case_manager');
    const applicationDate = day(-20);
    const { applicationId } = await openApplication(cm, 'Superseded', { applicationDate });
    await shelter(cm, applicationId);
    await cm.staff.disability.addEvidence(observation(applicationId, applicationDate));
    const first = await cm.staff.determinations.record({ applicationId, determinationDate: day(-7) });
    expect(first.status).toBe('pending_disability_verification');

    await cm.staff.disability.addEvidence(professional(applicationId, day(-5)));
    const second = await cm.staff.determinations.record({
      applicationId,
      determinationDate: day(-3),
      notes: 'Professional verification received.',
    });
    expect(second).toMatchObject({ status: 'eligible', supersedesId: first.id });

    const all = await cm.staff.determinations.list({ applicationId });
    expect(all.map((d) => [d.id, d.isSuperseded])).toEqual([
      [second.id, false],
      [first.id, true],
    ]);
    const old = all.find((d) => d.id === first.id)!;
    expect(old).toMatchObject({
      status: first.status,
      reasons: first.reasons,
      determinationDate: day(-7),
      disabilityVerificationDeadline: addDays(applicationDate, 45),
    });
    expect((await cm.staff.applications.get({ applicationId })).determination?.id).toBe(second.id);

    // There is no way to change one: only record and list exist.
    const procedures = Object.keys(appRouter._def.procedures).filter((p) =>
      p.startsWith('staff.determinations.'),
    );
    expect(procedures.sort()).toEqual(['staff.determinations.list', 'staff.determinations.record']);
  });

  it('a unit for chronically homeless households: ineligible until chronic homelessness is shown', async () => {
    const cm = await app.callerAs('case_manager');
    const referral = await cm.staff.referrals.create({
      person: { firstName: 'Chris', lastName: 'Chronic' },
      serviceHubId: (await cm.staff.serviceHubs.list())[0]!.id,
      referralDate: day(-30),
    });
    const { applicationId } = await cm.staff.applications.open({
      referralId: referral.referralId,
      applicationDate: day(-20),
      requiresChronicHomelessness: true,
    });
    await shelter(cm, applicationId);
    await cm.staff.disability.addEvidence(professional(applicationId, day(-10)));
    const refused = await cm.staff.determinations.record({ applicationId, determinationDate: day(-3) });
    expect(refused.status).toBe('ineligible');
    expect(refused.reasons).toContain(
      'The unit is dedicated to chronically homeless households and chronic homelessness is not established.',
    );
    expect((await cm.staff.packet.get({ applicationId })).missing.missing.map((m) => m.code)).toContain(
      'chronic_months',
    );

    await cm.staff.stays.add({
      applicationId,
      start: addDays(day(-3), -400),
      end: day(-3),
      location: 'place_not_meant_for_habitation',
      documentation: 'third_party',
      source: 'hmis_record',
    });
    const shown = await cm.staff.determinations.record({ applicationId, determinationDate: day(-3) });
    expect(shown).toMatchObject({ status: 'eligible', supersedesId: refused.id });
    expect(shown.basis).toMatchObject({ chronic: { chronic: true, path: 'continuous_12_months' } });
  });
});
