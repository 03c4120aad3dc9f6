import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditForEntity, schema } from '@hearth/db';
import { addBusinessDays, addDays, DEFAULT_POLICY, longDate } from '@hearth/domain';
import { isDomainError } from '@hearth/domain/errors';
import { createTestApp, TODAY, type TestApp } from '../test-helpers';

let app: TestApp;
let danaUnitId: string;
beforeAll(async () => {
  app = await createTestApp();
  const units = await (await app.callerAs('property_manager')).property.units.list();
  danaUnitId = units.find((u) => u.occupantName === 'Dana Whitfield')!.unitId;
});
afterAll(() => app.handle.close());

/** The dates of the story, all relative to the suite's today. */
const OCCURRED = addDays(TODAY, -3);
const CURE_DUE = addDays(TODAY, 14);

async function failure(p: Promise<unknown>): Promise<{ code: string; field: string | undefined }> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, 'expected the call to fail').toBeInstanceOf(TRPCError);
  const err = e as TRPCError;
  const cause = err.cause;
  const field =
    cause instanceof ZodError
      ? cause.issues[0]?.path.map(String).join('.')
      : isDomainError(cause)
        ? cause.field
        : undefined;
  return { code: err.code, field };
}

async function rows(table: Parameters<TestApp['handle']['db']['$count']>[0]): Promise<number> {
  return app.handle.db.$count(table);
}

describe('lease issues: a due process, property → tenant → case manager', () => {
  let issueId: string;

  it('the demo tenant starts with no lease issues, and the case manager with no alert for them', async () => {
    expect(await (await app.callerAs('tenant')).tenant.leaseIssues.list()).toEqual([]);
    const alerts = await (await app.callerAs('case_manager')).staff.tenancyAlerts.list();
    expect(alerts.filter((a) => a.lastName === 'Whitfield')).toEqual([]);
  });

  it('the property manager logs a noise issue; the first step is logged, by them', async () => {
    const pm = await app.callerAs('property_manager');
    ({ issueId } = await pm.property.leaseIssues.create({
      unitId: danaUnitId,
      type: 'noise_nuisance',
      occurredOn: OCCURRED,
      description: 'Loud music after 11 pm on Friday; a neighbour complained.',
    }));
    const issue = await pm.property.leaseIssues.byId({ issueId });
    expect(issue.steps.map((s) => [s.kind, s.actorName])).toEqual([['logged', 'Linda Chase']]);
    expect(issue.allowedNextSteps.map((s) => s.kind)).toEqual(['tenant_notified']);
  });

  it('the case manager sees the alert read-only (type, dates, steps), without the description', async () => {
    const alerts = await (await app.callerAs('case_manager')).staff.tenancyAlerts.list();
    const alert = alerts.find((a) => a.id === issueId)!;
    expect(alert).toMatchObject({
      type: 'noise_nuisance',
      occurredOn: OCCURRED,
      currentStep: 'logged',
      isOpen: true,
    });
    expect(alert).not.toHaveProperty('description');
    // Another case manager's caseload does not include Dana.
    const cm2 = await app.callerAs('case_manager', {
      user: await app.userByEmail('casemanager2@example.org'),
    });
    expect((await cm2.staff.tenancyAlerts.list()).some((a) => a.id === issueId)).toBe(false);
  });

  it('a case manager cannot create or change lease issues (403)', async () => {
    const cm = await app.callerAs('case_manager');
    const callers = cm as unknown as {
      property: {
        leaseIssues: { create: (i: unknown) => Promise<unknown>; addStep: (i: unknown) => Promise<unknown> };
      };
    };
    expect(
      (
        await failure(
          callers.property.leaseIssues.create({
            unitId: danaUnitId,
            type: 'other',
            occurredOn: TODAY,
            description: 'x',
          }),
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await failure(
          callers.property.leaseIssues.addStep({ issueId, kind: 'tenant_notified', stepDate: TODAY }),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('the tenant sees it only once notified; a skipped step is refused naming kind', async () => {
    const pm = await app.callerAs('property_manager');
    expect(await (await app.callerAs('tenant')).tenant.leaseIssues.list()).toEqual([]);
    const before = await rows(schema.leaseIssueSteps);
    expect(
      await failure(
        pm.property.leaseIssues.addStep({ issueId, kind: 'resolved', stepDate: TODAY, note: 'x' }),
      ),
    ).toEqual({ code: 'BAD_REQUEST', field: 'kind' });
    expect(await rows(schema.leaseIssueSteps)).toBe(before);
    await pm.property.leaseIssues.addStep({
      issueId,
      kind: 'tenant_notified',
      stepDate: TODAY,
      note: 'Letter given in person.',
    });
    const tenant = await app.callerAs('tenant');
    const [seen] = await tenant.tenant.leaseIssues.list();
    expect(seen).toMatchObject({ id: issueId, currentStep: 'tenant_notified' });
    await tenant.tenant.leaseIssues.respond({
      issueId,
      body: 'I was at work that night; it may have been next door.',
    });
    const issue = await pm.property.leaseIssues.byId({ issueId });
    expect(issue.responses.map((r) => r.authorName)).toEqual(['Dana Whitfield']);
  });

  it('a cure date before the issue answers 400 naming dueDate, and saves nothing', async () => {
    const pm = await app.callerAs('property_manager');
    await pm.property.leaseIssues.addStep({
      issueId,
      kind: 'meeting_offered',
      stepDate: TODAY,
      note: 'Tuesday 10 am at the office.',
    });
    await pm.property.leaseIssues.addStep({ issueId, kind: 'meeting_held', stepDate: TODAY });
    const before = await rows(schema.leaseIssueSteps);
    expect(
      await failure(
        pm.property.leaseIssues.addStep({
          issueId,
          kind: 'cure_agreed',
          stepDate: TODAY,
          dueDate: addDays(OCCURRED, -1),
        }),
      ),
    ).toEqual({ code: 'BAD_REQUEST', field: 'dueDate' });
    expect(await rows(schema.leaseIssueSteps)).toBe(before);
    await pm.property.leaseIssues.addStep({
      issueId,
      kind: 'cure_agreed',
      stepDate: TODAY,
      dueDate: CURE_DUE,
      note: 'Music off after 10 pm.',
    });
    await pm.property.leaseIssues.addStep({
      issueId,
      kind: 'resolved',
      stepDate: TODAY,
      note: 'No complaints since.',
    });
    const issue = await pm.property.leaseIssues.byId({ issueId });
    expect(issue.isOpen).toBe(false);
    expect(issue.cureDueDate).toBe(CURE_DUE);
    expect(issue.allowedNextSteps).toEqual([]);
  });

  it('a unit that is not yours, or none at all, is not found (404); an empty unit of yours is 400 naming unitId; nothing is saved', async () => {
    const pm = await app.callerAs('property_manager');
    const pm2 = await app.callerAs('property_manager', {
      user: await app.userByEmail('property2@example.org'),
    });
    const theirs = (await pm2.property.units.list()).find((u) => u.occupantName !== null)!;
    const empty = (await pm.property.units.list()).find((u) => u.occupantName === null)!;
    const before = await rows(schema.leaseIssues);
    const create = (unitId: string, description = 'Hole in the wall.') =>
      pm.property.leaseIssues.create({ unitId, type: 'damage', occurredOn: TODAY, description });
    expect(await failure(create('00000000-0000-4000-8000-000000000000'))).toEqual({
      code: 'NOT_FOUND',
      field: undefined,
    });
    expect(await failure(create(theirs.unitId))).toEqual({ code: 'NOT_FOUND', field: undefined });
    expect(await failure(create(empty.unitId))).toEqual({ code: 'BAD_REQUEST', field: 'unitId' });
    expect(await failure(create(danaUnitId, '   '))).toEqual({ code: 'BAD_REQUEST', field: 'description' });
    expect(
      await failure(
        pm.property.leaseIssues.create({
          unitId: danaUnitId,
          type: 'damage',
          occurredOn: addDays(TODAY, 1),
          description: 'Tomorrow.',
        }),
      ),
    ).toEqual({ code: 'BAD_REQUEST', field: 'occurredOn' });
    expect(await rows(schema.leaseIssues)).toBe(before);
  });

  it('another property manager does not see the issue (404), and a tenant cannot see another household’s issue', async () => {
    const pm2 = await app.callerAs('property_manager', {
      user: await app.userByEmail('property2@example.org'),
    });
    expect((await failure(pm2.property.leaseIssues.byId({ issueId }))).code).toBe('NOT_FOUND');
    expect((await pm2.property.leaseIssues.list()).some((i) => i.id === issueId)).toBe(false);
    const seeded = (await (await app.callerAs('property_manager')).property.leaseIssues.list()).find(
      (i) => i.id !== issueId,
    )!;
    expect(seeded.isOpen).toBe(false);
    expect(
      (await failure((await app.callerAs('tenant')).tenant.leaseIssues.byId({ issueId: seeded.id }))).code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await failure(
          (await app.callerAs('tenant')).tenant.leaseIssues.respond({ issueId: seeded.id, body: 'x' }),
        )
      ).code,
    ).toBe('NOT_FOUND');
  });
});

describe('rights', () => {
  it('the tenant acknowledges a page, dated today', async () => {
    const t = await app.callerAs('tenant');
    expect(await t.tenant.rights.acknowledge({ topic: 'privacy' })).toMatchObject({ acknowledgedOn: TODAY });
    expect(await t.tenant.rights.acknowledgements()).toEqual([{ topic: 'privacy', acknowledgedOn: TODAY }]);
    expect((await failure(t.tenant.rights.acknowledge({ topic: 'nope' as 'privacy' }))).field).toBe('topic');
  });
});

describe('repairs', () => {
  it('tenant asks, property triages, schedules and completes (entry logged), tenant confirms', async () => {
    const t = await app.callerAs('tenant');
    const pm = await app.callerAs('property_manager');
    const { repairId } = await t.tenant.repairs.create({
      description: 'The kitchen tap drips all night.',
      location: 'Kitchen',
      urgency: 'routine',
      canEnterWithoutTenant: false,
    });
    await pm.property.repairs.triage({ repairId, urgency: 'urgent' });
    await pm.property.repairs.schedule({
      repairId,
      scheduledFor: TODAY,
      noticeGiven: `Phoned the tenant on ${longDate(TODAY)}; they will be home.`,
    });
    expect((await failure(t.tenant.repairs.confirm({ repairId, isFixed: true }))).field).toBe('repairId');
    expect(
      await failure(
        pm.property.repairs.complete({ repairId, completedOn: TODAY, entryBasis: 'notice_given' }),
      ),
    ).toEqual({ code: 'BAD_REQUEST', field: 'noticeGivenOn' });
    await pm.property.repairs.complete({
      repairId,
      completedOn: TODAY,
      entryBasis: 'tenant_permission',
      note: 'New washer fitted.',
    });
    expect((await pm.property.repairs.entries()).map((e) => e.basis)).toEqual(['tenant_permission']);
    await t.tenant.repairs.confirm({ repairId, isFixed: true });
    const [mine] = await t.tenant.repairs.list();
    expect(mine).toMatchObject({ status: 'confirmed', urgency: 'urgent', confirmedOn: TODAY });
    expect(mine!.steps.map((s) => s.kind)).toEqual([
      'requested',
      'triaged',
      'scheduled',
      'completed',
      'confirmed',
    ]);
  });

  it('bad input names the field and saves nothing; another household’s repair is 404', async () => {
    const t = await app.callerAs('tenant');
    const before = await rows(schema.repairRequests);
    expect(
      await failure(
        t.tenant.repairs.create({
          description: '',
          location: 'Bath',
          urgency: 'routine',
          canEnterWithoutTenant: true,
        }),
      ),
    ).toEqual({ code: 'BAD_REQUEST', field: 'description' });
    expect(await rows(schema.repairRequests)).toBe(before);
    const danaLease = await t.tenant.lease.get();
    const other = (await app.handle.db.select().from(schema.leases)).find((l) => l.id !== danaLease!.id)!;
    const pmUser = await app.userByEmail('property@example.org');
    const [foreign] = await app.handle.db
      .insert(schema.repairRequests)
      .values({
        householdId: other.householdId,
        unitId: other.unitId,
        programId: other.programId,
        requestedBy: pmUser.id,
        description: 'x',
        location: 'y',
        urgency: 'routine',
        canEnterWithoutTenant: false,
        requestedOn: TODAY,
        status: 'completed',
      })
      .returning({ id: schema.repairRequests.id });
    expect((await failure(t.tenant.repairs.confirm({ repairId: foreign!.id, isFixed: true }))).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('grievances', () => {
  it('a services grievance goes to supervisors only; property never sees it (403 / not listed)', async () => {
    const t = await app.callerAs('tenant');
    const { grievanceId, responseDueOn } = await t.tenant.grievances.create({
      about: 'services',
      description: 'My case manager cancelled two visits without telling me.',
    });
    expect(responseDueOn).toBe(addBusinessDays(TODAY, DEFAULT_POLICY.grievanceResponseBusinessDays));
    const pm = await app.callerAs('property_manager');
    expect((await pm.property.grievances.list()).some((g) => g.id === grievanceId)).toBe(false);
    expect((await failure(pm.property.grievances.respond({ grievanceId, response: 'x' }))).code).toBe(
      'NOT_FOUND',
    );
    const asStaff = pm as unknown as { staff: { grievances: { list: () => Promise<unknown> } } };
    expect((await failure(asStaff.staff.grievances.list())).code).toBe('FORBIDDEN');
    expect((await failure((await app.callerAs('case_manager')).staff.grievances.list())).code).toBe(
      'FORBIDDEN',
    );

    const sup = await app.callerAs('supervisor');
    expect((await sup.staff.grievances.list()).find((g) => g.id === grievanceId)).toMatchObject({
      status: 'awaiting_response',
      isOverdue: false,
    });
    expect((await failure(t.tenant.grievances.appeal({ grievanceId, reason: 'x' }))).field).toBe(
      'grievanceId',
    );
    await sup.staff.grievances.respond({
      grievanceId,
      response: 'We are sorry. Visits are now confirmed by text the day before.',
    });
    await t.tenant.grievances.appeal({ grievanceId, reason: 'I want to change case manager.' });
    expect((await failure(t.tenant.grievances.appeal({ grievanceId, reason: 'again' }))).field).toBe(
      'grievanceId',
    );
    expect(
      (await failure(sup.staff.grievances.decide({ grievanceId, outcome: 'changed', decision: 'x' }))).code,
    ).toBe('FORBIDDEN');
    const admin = await app.callerAs('program_admin');
    expect((await admin.staff.grievances.appeals()).map((g) => g.id)).toContain(grievanceId);
    await admin.staff.grievances.decide({
      grievanceId,
      outcome: 'changed',
      decision: 'A new case manager will be offered.',
    });
    const [g] = await t.tenant.grievances.list();
    expect(g).toMatchObject({ status: 'decided', decisionOutcome: 'changed', canAppeal: false });
  });

  it('a housing grievance goes to the property manager of the tenant’s property only', async () => {
    const t = await app.callerAs('tenant');
    const { grievanceId } = await t.tenant.grievances.create({
      about: 'housing',
      description: 'The hallway light has been out for a month.',
    });
    expect(
      (await (await app.callerAs('supervisor')).staff.grievances.list()).some((g) => g.id === grievanceId),
    ).toBe(false);
    const pm2 = await app.callerAs('property_manager', {
      user: await app.userByEmail('property2@example.org'),
    });
    expect((await pm2.property.grievances.list()).some((g) => g.id === grievanceId)).toBe(false);
    const pm = await app.callerAs('property_manager');
    await pm.property.grievances.respond({ grievanceId, response: 'Fixed on Tuesday.' });
    expect((await pm.property.grievances.list()).find((g) => g.id === grievanceId)).toMatchObject({
      status: 'answered',
    });
  });

  it('two answers at once to one housing grievance: exactly one is saved, the other is refused (CONFLICT)', async () => {
    const t = await app.callerAs('tenant');
    const { grievanceId } = await t.tenant.grievances.create({
      about: 'housing',
      description: 'The back door does not lock.',
    });
    const pm = await app.callerAs('property_manager');
    const results = await Promise.allSettled([
      pm.property.grievances.respond({ grievanceId, response: 'The lock is fixed.' }),
      pm.property.grievances.respond({ grievanceId, response: 'A locksmith comes Monday.' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as TRPCError] : []));
    expect(refused.map((e) => e.code)).toEqual(['CONFLICT']);
    const audit = await listAuditForEntity(app.handle.db, { entityType: 'grievance', entityId: grievanceId });
    expect(audit.filter((a) => a.action === 'grievance.respond')).toHaveLength(1);
  });

  it('an empty grievance answers 400 naming description, and saves nothing; overdue is flagged', async () => {
    const t = await app.callerAs('tenant');
    const before = await rows(schema.grievances);
    expect(await failure(t.tenant.grievances.create({ about: 'services', description: '  ' }))).toEqual({
      code: 'BAD_REQUEST',
      field: 'description',
    });
    expect(await rows(schema.grievances)).toBe(before);
    const { grievanceId, responseDueOn } = await t.tenant.grievances.create({
      about: 'services',
      description: 'Late answer test.',
    });
    const sup = await app.callerAs('supervisor');
    expect((await sup.staff.grievances.list()).find((g) => g.id === grievanceId)).toMatchObject({
      isOverdue: false,
    });
    const onDueDay = await app.callerAs('supervisor', { now: () => new Date(`${responseDueOn}T15:00:00Z`) });
    expect((await onDueDay.staff.grievances.list()).find((g) => g.id === grievanceId)).toMatchObject({
      isOverdue: false,
    });
    const dayAfter = addDays(responseDueOn, 1);
    const later = await app.callerAs('supervisor', { now: () => new Date(`${dayAfter}T15:00:00Z`) });
    expect((await later.staff.grievances.list()).find((g) => g.id === grievanceId)).toMatchObject({
      isOverdue: true,
    });
  });
});

describe('leases and the ledger', () => {
  it('the property manager sees leases of their properties with balance and months in arrears', async () => {
    const pm = await app.callerAs('property_manager');
    const leases = await pm.property.leases.list();
    expect(leases.length).toBeGreaterThan(5);
    expect(leases.every((l) => l.propertyName === 'Elm Street Apartments')).toBe(true);
    const dana = leases.find((l) => l.tenantName === 'Dana Whitfield')!;
    const lease = await pm.property.leases.byId({ leaseId: dana.id });
    expect(lease.entries.length).toBeGreaterThan(0);
    await pm.property.leases.addLedgerEntry({
      leaseId: dana.id,
      kind: 'charge',
      entryDate: TODAY,
      amountCents: 2500,
      memo: 'Late fee',
    });
    expect((await pm.property.leases.byId({ leaseId: dana.id })).ledger.balanceCents).toBe(
      lease.ledger.balanceCents + 2500,
    );
    const pm2 = await app.callerAs('property_manager', {
      user: await app.userByEmail('property2@example.org'),
    });
    expect((await failure(pm2.property.leases.byId({ leaseId: dana.id }))).code).toBe('NOT_FOUND');
    const mine = await (await app.callerAs('tenant')).tenant.lease.get();
    expect(mine).toMatchObject({ id: dana.id, unitLabel: '1A' });
    expect(mine).not.toHaveProperty('contractRentCents');
  });
});
