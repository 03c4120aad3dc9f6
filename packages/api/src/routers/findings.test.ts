import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { schema } from '@hearth/db';
import { CONTROL_CHARACTER_MESSAGE } from '@hearth/domain';
import { createTestApp, errorFields, failure, TODAY, type TestApp } from '../test-helpers';
import { day, openApplication, type Caller } from './staff/test-intake';

/**
 * Issue 10, the findings of the probe over the wire: each answer as it must be now (the API
 * side; the HTTP side is in apps/server's app.test.ts).
 */

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.handle.close());

const RANDOM_ID = '00000000-0000-4000-8000-000000000000';

async function as(email: string): Promise<Caller> {
  const user = await app.userByEmail(email);
  return app.callerAs(user.role, { user });
}

/** The code, fields and message a failed call answers with (over HTTP, the first field's message). */
async function answer(call: Promise<unknown>) {
  const error = await failure(call);
  const message = error.cause instanceof ZodError ? error.cause.issues[0]!.message : error.message;
  return { code: error.code, fields: errorFields(error), message };
}

describe('finding 1: a lease issue on a unit of another property', () => {
  it('answers 404 in the same words as a random id, both ways round, and creates nothing', async () => {
    const pm = await as('property@example.org');
    const pm2 = await as('property2@example.org');
    const occupied = async (c: Caller) => (await c.property.units.list()).find((u) => u.occupantName)!.unitId;
    const before = (await app.handle.db.select().from(schema.leaseIssues)).length;
    const create = (c: Caller, unitId: string) =>
      c.property.leaseIssues.create({ unitId, type: 'damage', occurredOn: TODAY, description: 'A hole.' });
    const random = await answer(create(pm, RANDOM_ID));
    expect(random).toEqual({ code: 'NOT_FOUND', fields: [], message: 'No such unit.' });
    expect(await answer(create(pm, await occupied(pm2)))).toEqual(random);
    expect(await answer(create(pm2, await occupied(pm)))).toEqual(random);
    expect((await app.handle.db.select().from(schema.leaseIssues)).length).toBe(before);
  });
});

describe('finding 2: a NUL byte or a 32-bit overflow is a 400 naming the field, never a 500', () => {
  it('free text holding a NUL, in every field the probe found', async () => {
    const cm = await as('casemanager@example.org');
    const tenant = await as('tenant@example.org');
    const nul = 'before\u0000after';
    const handoff = {
      personId: RANDOM_ID,
      handoffDate: TODAY,
      fromProvider: 'Shelter',
      fromWorker: 'Sam',
      participants: 'Sam and Dana',
      programAndRolesExplained: 'Roles explained.',
      strengths: 'Cooks for neighbours.',
      planForWorkingTogether: 'Weekly visits.',
    };
    for (const field of [
      'fromProvider',
      'fromWorker',
      'participants',
      'programAndRolesExplained',
      'strengths',
      'planForWorkingTogether',
    ] as const) {
      expect(await answer(cm.staff.warmHandoffs.record({ ...handoff, [field]: nul })), field).toEqual({
        code: 'BAD_REQUEST',
        fields: [field],
        message: CONTROL_CHARACTER_MESSAGE,
      });
    }
    expect(
      await answer(cm.staff.goals.addNote({ goalId: RANDOM_ID, noteDate: TODAY, body: nul })),
    ).toMatchObject({ code: 'BAD_REQUEST', fields: ['body'] });
    expect(
      await answer(tenant.tenant.grievances.create({ about: 'services', description: nul })),
    ).toMatchObject({ code: 'BAD_REQUEST', fields: ['description'] });
    // Newline and tab are text.
    const saved = await tenant.tenant.grievances.create({ about: 'services', description: 'One\n\tTwo' });
    expect(saved).toBeTruthy();
  });

  it('2147483648 in a 32-bit column', async () => {
    const cm = await as('casemanager@example.org');
    const pm = await as('property@example.org');
    const tenant = await as('tenant@example.org');
    const tooBig = 2_147_483_648;
    const calls: [Promise<unknown>, string][] = [
      [
        pm.property.leases.addLedgerEntry({
          leaseId: RANDOM_ID,
          kind: 'charge',
          entryDate: TODAY,
          amountCents: tooBig,
        }),
        'amountCents',
      ],
      [
        cm.staff.assessments.saveSection({
          assessmentId: RANDOM_ID,
          version: tooBig,
          section: 'domains',
          domains: {},
        }),
        'version',
      ],
      [
        cm.staff.rent.save({
          applicationId: RANDOM_ID,
          effectiveDate: TODAY,
          incomes: [],
          contractRentMonthlyCents: tooBig,
        }),
        'contractRentMonthlyCents',
      ],
      [tenant.tenant.goals.respond({ planVersion: tooBig, response: 'accepted' }), 'planVersion'],
    ];
    for (const [call, field] of calls) {
      expect(await answer(call), field).toMatchObject({ code: 'BAD_REQUEST', fields: [field] });
    }
  });

  it('a date that does not exist (2026-02-30) names the field', async () => {
    const cm = await as('casemanager@example.org');
    const { applicationId } = await openApplication(cm, 'Nodate');
    expect(
      await answer(
        cm.staff.stays.add({
          applicationId,
          start: '2026-02-30',
          end: day(-30),
          location: 'emergency_shelter',
        }),
      ),
    ).toEqual({
      code: 'BAD_REQUEST',
      fields: ['start'],
      message: 'Enter a real date (day, month and year).',
    });
  });
});

describe('finding 5: sensitive reads are audited, and so is a refusal', () => {
  async function eventsOf(userId: string, action: string) {
    return (await app.handle.db.select().from(schema.auditEvents)).filter(
      (e) => e.actorUserId === userId && e.action === action,
    );
  }

  it('each list the probe named leaves an event with the ids of the people it showed', async () => {
    const sup = await as('supervisor@example.org');
    const supId = (await app.userByEmail('supervisor@example.org')).id;
    const { applicationId } = await openApplication(sup, 'Audited');
    const reads: [string, () => Promise<unknown>][] = [
      ['grievance.list', () => sup.staff.grievances.list()],
      ['referral.list', () => sup.staff.referrals.list()],
      ['deadlines.read', () => sup.staff.deadlines.list()],
      ['person.list', () => sup.staff.people.list()],
      ['caseload.read', () => sup.staff.assessments.caseload()],
      ['tenancy_alert.list', () => sup.staff.tenancyAlerts.list()],
      [
        'rent.calculate',
        () =>
          sup.staff.rent.calculate({
            applicationId,
            effectiveDate: day(8),
            incomes: [{ label: 'SSI', annualCents: 1_000_000 }],
            householdMembers: [{ relationship: 'head', age: 46 }],
            contractRentMonthlyCents: 90_000,
          }),
      ],
    ];
    for (const [action, read] of reads) {
      expect(await eventsOf(supId, action), action).toHaveLength(0);
      await read();
      const events = await eventsOf(supId, action);
      expect(events, action).toHaveLength(1);
      expect(JSON.stringify(events[0]!.detail)).not.toMatch(/Avery|Audited/);
    }
    const [people] = await eventsOf(supId, 'person.list');
    const listed = await sup.staff.people.list();
    expect((people!.detail as { personIds: string[] }).personIds).toEqual(listed.map((p) => p.id));
    expect((await eventsOf(supId, 'rent.calculate'))[0]).toMatchObject({
      entityType: 'application',
      entityId: applicationId,
    });
  });

  it('a refused out-of-scope read records access.denied with the id asked for', async () => {
    const cm = await as('casemanager@example.org');
    const cm2 = await as('casemanager2@example.org');
    const cmId = (await app.userByEmail('casemanager@example.org')).id;
    const mine = new Set((await cm.staff.people.list()).map((p) => p.id));
    const theirs = (await cm2.staff.people.list()).find((p) => !mine.has(p.id))!;
    expect((await answer(cm.staff.people.byId({ personId: theirs.id }))).code).toBe('NOT_FOUND');
    const denied = await eventsOf(cmId, 'access.denied');
    expect(denied).toEqual([
      expect.objectContaining({
        entityType: 'person',
        entityId: theirs.id,
        detail: { path: 'staff.people.byId', code: 'NOT_FOUND', ids: { personId: theirs.id } },
      }),
    ]);
    // A tenant calling a staff procedure is refused, and that leaves a trace too.
    const tenantId = (await app.userByEmail('tenant@example.org')).id;
    const tenant = await as('tenant@example.org');
    expect((await answer(tenant.staff.people.list())).code).toBe('FORBIDDEN');
    expect(await eventsOf(tenantId, 'access.denied')).toEqual([
      expect.objectContaining({ entityType: 'procedure', entityId: 'staff.people.list' }),
    ]);
  });
});
