import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditForEntity } from '@hearth/db';
import { createTestApp, failure, type TestApp } from '../../test-helpers';
import { day, openApplication, professional } from './test-intake';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.handle.close());

describe('staff.homelessness', () => {
  it('Category 2 (imminent risk) is refused with the reason, and the determination is ineligible', async () => {
    const cm = await app.callerAs('case_manager');
    const { applicationId } = await openApplication(cm, 'Imminent');
    const result = await cm.staff.homelessness.recordSituation({
      applicationId,
      situation: {
        livingSituation: 'staying_with_family_or_friends',
        residenceLostWithinDays: 7,
        subsequentResidenceIdentified: false,
        lacksResourcesAndSupportNetworks: true,
      },
      evidenceType: 'third_party',
      evidenceSource: 'community_member_with_personal_relationship',
      evidenceDate: day(-13),
    });
    expect(result).toMatchObject({ decision: 'refused', categories: [2], acceptedByProgram: false });
    expect(result.reasons).toContain('Not accepted by the program: it accepts Categories 1 and 4 only.');
    await cm.staff.disability.addEvidence(professional(applicationId, day(-13)));
    const determination = await cm.staff.determinations.record({
      applicationId,
      determinationDate: day(-11),
    });
    expect(determination.status).toBe('ineligible');
    expect(determination.reasons.join(' ')).toContain('Category 2');
    const enrolling = cm.staff.enrollment.upsert({ applicationId, projectStartDate: day(-3) });
    const refused = await failure(enrolling);
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toBe(
      'The household cannot be enrolled: the determination in force is ineligible.',
    );
  });

  it('the RV/camper checklist is weighed with the situation', async () => {
    const cm = await app.callerAs('case_manager');
    const { applicationId } = await openApplication(cm, 'Camper');
    const result = await cm.staff.homelessness.recordSituation({
      applicationId,
      situation: { livingSituation: 'place_not_meant_for_habitation' },
      rvCamper: { clearlyOccupied: true, inDisrepair: true, insulated: false },
      evidenceType: 'intake_observation',
      evidenceDate: day(-3),
    });
    expect(result.decision).toBe('accepted');
    expect(result.rvCamper?.suggestsPlaceNotMeantForHabitation).toBe(true);
    expect(result.rvCamper?.questions).toHaveLength(4);
  });
});

describe('staff.stays', () => {
  it('a stay can be removed by whoever holds the file, and the removal is audited', async () => {
    const cm = await app.callerAs('case_manager');
    const { applicationId } = await openApplication(cm, 'Removal');
    const stay = await cm.staff.stays.add({
      applicationId,
      start: day(-60),
      end: day(-30),
      location: 'safe_haven',
      documentation: 'self_certification',
    });
    expect(await cm.staff.stays.remove({ stayId: stay.id })).toEqual({ removed: stay.id });
    expect((await cm.staff.stays.list({ applicationId })).stays).toEqual([]);
    const audit = await listAuditForEntity(app.handle.db, {
      entityType: 'application',
      entityId: applicationId,
    });
    expect(audit.map((a) => a.action)).toContain('stay.remove');
    expect((await failure(cm.staff.stays.remove({ stayId: stay.id }))).code).toBe('NOT_FOUND');
  });

  it('the chronic assessment is made as of the application date unless another date is asked', async () => {
    const cm = await app.callerAs('case_manager');
    const { applicationId } = await openApplication(cm, 'Asof', { applicationDate: day(-20) });
    await cm.staff.stays.add({ applicationId, start: day(-40), end: day(-1), location: 'emergency_shelter' });
    const atApplication = await cm.staff.stays.list({ applicationId });
    const today = await cm.staff.stays.list({ applicationId, asOfDate: day(0) });
    const nights = (list: typeof today) => list.chronic.months.reduce((sum, m) => sum + m.homelessNights, 0);
    expect(nights(atApplication)).toBe(21);
    expect(nights(today)).toBe(40);
  });

  it('the situation recorded in step 1 counts for the nights no stay covers (a tent tonight)', async () => {
    const cm = await app.callerAs('case_manager');
    const { applicationId } = await openApplication(cm, 'Tent', { applicationDate: day(-2) });
    await cm.staff.homelessness.recordSituation({
      applicationId,
      situation: { livingSituation: 'place_not_meant_for_habitation' },
      evidenceType: 'intake_observation',
      evidenceDate: day(-2),
    });
    const { stays, chronic } = await cm.staff.stays.list({ applicationId, asOfDate: day(0) });
    expect(stays).toEqual([]);
    const text = chronic.reasons.join(' ');
    expect(text).not.toContain('a place not recorded');
    expect(text).toContain('a place not meant for human habitation, which counts as homeless');
    expect(chronic.months.reduce((sum, m) => sum + m.homelessNights, 0)).toBe(3);
  });
});
