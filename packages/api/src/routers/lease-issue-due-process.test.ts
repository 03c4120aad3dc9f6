import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditForEntity, schema } from '@hearth/db';
import { addDays, DEFAULT_POLICY, longDate } from '@hearth/domain';
import { createTestApp, errorFields, failure, TODAY, type TestApp } from '../test-helpers';

/**
 * The preconditions of lease-issue due process, through the API: a notice only once the agreed
 * cure has passed unmet (or for a kind of issue the program treats as serious), a legal referral
 * only after the notice period. Each refusal is a 400 naming the field, and changes nothing.
 */
let app: TestApp;
let danaUnitId: string;
beforeAll(async () => {
  app = await createTestApp();
  const units = await (await app.callerAs('property_manager')).property.units.list();
  danaUnitId = units.find((u) => u.occupantName === 'Dana Whitfield')!.unitId;
});
afterAll(() => app.handle.close());

const OCCURRED = addDays(TODAY, -3);
const CURE_DUE = addDays(TODAY, 7);
const AFTER_CURE = addDays(CURE_DUE, 1);
const PERIOD_ENDS = addDays(AFTER_CURE, DEFAULT_POLICY.violationNoticePeriodDays);

/** The property manager as of a day (the server's clock moved). */
const pmOn = (day: string) => app.callerAs('property_manager', { now: () => new Date(`${day}T15:00:00Z`) });

/** What a refusal must leave untouched: the steps and the audit trail. */
async function snapshot() {
  return {
    steps: await app.handle.db.$count(schema.leaseIssueSteps),
    audit: await app.handle.db.$count(schema.auditEvents),
  };
}

async function refusedWith(call: Promise<unknown>) {
  const before = await snapshot();
  const error = await failure(call);
  expect(error.code).toBe('BAD_REQUEST');
  expect(await snapshot()).toEqual(before);
  return { fields: errorFields(error), message: error.message };
}

async function logAndMeet(type: 'noise_nuisance' | 'safety' | 'damage') {
  const pm = await pmOn(TODAY);
  const { issueId } = await pm.property.leaseIssues.create({
    unitId: danaUnitId,
    type,
    occurredOn: OCCURRED,
    description: 'What was seen and heard.',
  });
  for (const kind of ['tenant_notified', 'meeting_offered', 'meeting_held'] as const) {
    await pm.property.leaseIssues.addStep({ issueId, kind, stepDate: TODAY });
  }
  return issueId;
}

describe('lease-issue due process: each step’s preconditions hold', () => {
  let issueId: string;

  it('no notice before a cure is agreed: refused naming kind, saying what must happen first', async () => {
    issueId = await logAndMeet('noise_nuisance');
    const pm = await pmOn(TODAY);
    const issue = await pm.property.leaseIssues.byId({ issueId });
    expect(issue.allowedNextSteps.map((s) => s.kind)).toEqual(['cure_agreed', 'resolved']);
    expect(issue.laterSteps).toEqual([
      expect.objectContaining({ kind: 'violation_notice', possibleAfter: null }),
    ]);
    const refusal = await refusedWith(
      pm.property.leaseIssues.addStep({
        issueId,
        kind: 'violation_notice',
        stepDate: TODAY,
        note: 'Notice.',
      }),
    );
    expect(refusal.fields).toEqual(['kind']);
    expect(refusal.message).toContain('agree a cure');
  });

  it('after a cure, a notice is refused until the cure date has passed, naming the date', async () => {
    const pm = await pmOn(TODAY);
    await pm.property.leaseIssues.addStep({
      issueId,
      kind: 'cure_agreed',
      stepDate: TODAY,
      dueDate: CURE_DUE,
      note: 'Music off after 10 pm.',
    });
    for (const day of [TODAY, CURE_DUE]) {
      const onDay = await pmOn(day);
      expect((await onDay.property.leaseIssues.byId({ issueId })).laterSteps).toEqual([
        expect.objectContaining({ kind: 'violation_notice', possibleAfter: CURE_DUE }),
      ]);
      const refusal = await refusedWith(
        onDay.property.leaseIssues.addStep({
          issueId,
          kind: 'violation_notice',
          stepDate: day,
          note: 'Notice.',
        }),
      );
      expect(refusal.fields).toEqual(['kind']);
      expect(refusal.message).toContain(`after ${longDate(CURE_DUE)}`);
    }
    // The tenant is to do the cure now.
    const [mine] = (await (await app.callerAs('tenant')).tenant.leaseIssues.list()).filter(
      (i) => i.id === issueId,
    );
    expect(mine!.currentCureDueDate).toBe(CURE_DUE);
  });

  it('once the cure date has passed unmet, the notice is allowed (dated after it) and records its basis', async () => {
    const pm = await pmOn(AFTER_CURE);
    expect((await pm.property.leaseIssues.byId({ issueId })).allowedNextSteps).toContainEqual(
      expect.objectContaining({ kind: 'violation_notice', datedAfter: CURE_DUE, basis: 'cure_unmet' }),
    );
    const early = await refusedWith(
      pm.property.leaseIssues.addStep({
        issueId,
        kind: 'violation_notice',
        stepDate: CURE_DUE,
        note: 'Notice.',
      }),
    );
    expect(early.fields).toEqual(['stepDate']);
    const { stepId } = await pm.property.leaseIssues.addStep({
      issueId,
      kind: 'violation_notice',
      stepDate: AFTER_CURE,
      note: 'Music still loud after 10 pm.',
    });
    const issue = await pm.property.leaseIssues.byId({ issueId });
    expect(issue.steps.at(-1)).toMatchObject({ id: stepId, kind: 'violation_notice', basis: 'cure_unmet' });
    const audit = await listAuditForEntity(app.handle.db, { entityType: 'lease_issue', entityId: issueId });
    expect(audit.at(-1)).toMatchObject({
      action: 'lease_issue.step',
      detail: { kind: 'violation_notice', stepId, basis: 'cure_unmet' },
    });
    // The tenant's page now shows the notice as the current stage, not the old cure date.
    const mine = await (await app.callerAs('tenant')).tenant.leaseIssues.byId({ issueId });
    expect(mine).toMatchObject({ currentStep: 'violation_notice', currentCureDueDate: null });
  });

  it('a legal referral is refused until the notice period has passed, then allowed', async () => {
    const onLastDay = await pmOn(PERIOD_ENDS);
    expect((await onLastDay.property.leaseIssues.byId({ issueId })).laterSteps).toEqual([
      expect.objectContaining({ kind: 'legal_referral', possibleAfter: PERIOD_ENDS }),
    ]);
    const refusal = await refusedWith(
      onLastDay.property.leaseIssues.addStep({
        issueId,
        kind: 'legal_referral',
        stepDate: PERIOD_ENDS,
        note: 'Referred.',
      }),
    );
    expect(refusal.fields).toEqual(['kind']);
    expect(refusal.message).toContain(
      `${DEFAULT_POLICY.violationNoticePeriodDays}-day notice period has passed: after ${longDate(PERIOD_ENDS)}`,
    );
    const after = await pmOn(addDays(PERIOD_ENDS, 1));
    await after.property.leaseIssues.addStep({
      issueId,
      kind: 'legal_referral',
      stepDate: addDays(PERIOD_ENDS, 1),
      note: 'No change after the notice; referred to the legal process.',
    });
    expect((await after.property.leaseIssues.byId({ issueId })).currentStep).toBe('legal_referral');
  });

  it('a kind of issue the program treats as serious may go to a notice without a cure, recorded as such', async () => {
    const safety = await logAndMeet('safety');
    const pm = await pmOn(TODAY);
    await pm.property.leaseIssues.addStep({
      issueId: safety,
      kind: 'violation_notice',
      stepDate: TODAY,
      note: 'A space heater left on beside the bed, twice.',
    });
    expect((await pm.property.leaseIssues.byId({ issueId: safety })).steps.at(-1)).toMatchObject({
      kind: 'violation_notice',
      basis: 'serious_issue',
    });
  });

  it('which kinds are serious is a program setting', async () => {
    const programs = await app.handle.db.select().from(schema.programs);
    expect(programs).toHaveLength(1);
    const settings = programs[0]!.settings;
    await app.handle.db
      .update(schema.programs)
      .set({ settings: { ...settings, seriousLeaseIssueTypes: ['damage'] } });
    try {
      const safety = await logAndMeet('safety');
      const damage = await logAndMeet('damage');
      const pm = await pmOn(TODAY);
      const notice = { kind: 'violation_notice', stepDate: TODAY, note: 'Notice.' } as const;
      expect(
        (await refusedWith(pm.property.leaseIssues.addStep({ issueId: safety, ...notice }))).fields,
      ).toEqual(['kind']);
      await pm.property.leaseIssues.addStep({ issueId: damage, ...notice });
    } finally {
      await app.handle.db.update(schema.programs).set({ settings });
    }
  });
});
