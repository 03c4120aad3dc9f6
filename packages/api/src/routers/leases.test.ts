import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditForEntity, schema } from '@hearth/db';
import { addDays, addMonths, addYears, longDate } from '@hearth/domain';
import { createTestApp, errorFields, failure, TODAY, type TestApp } from '../test-helpers';
import { day, openApplication, professional, shelter, type Caller } from './staff/test-intake';

/** Leases: opened at move-in, the unit's contract rent, and rent due apart from arrears. */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.handle.close());

async function setSetting(key: string, value: unknown) {
  const [program] = await app.handle.db.select({ settings: schema.programs.settings }).from(schema.programs);
  await app.handle.db.update(schema.programs).set({ settings: { ...program!.settings, [key]: value } });
}

const at = (date: string) => ({ now: () => new Date(`${date}T15:00:00Z`) });
/** The 1st of next month (after anything the seed charged), and dates around it. */
const NEXT_FIRST = addMonths(`${TODAY.slice(0, 7)}-01`, 1);

describe('rent due is not arrears', () => {
  it('rent charged on the 1st is due through the grace period (a program setting), in arrears after', async () => {
    const pm = await app.callerAs('property_manager');
    const paidUp = (await pm.property.leases.list()).find(
      (l) => l.ledger.arrearsCents === 0 && l.tenantRentCents > 0,
    )!;
    expect(paidUp).toBeDefined();
    // On the 1st the seed's charge of today is not paid yet: the tenant pays it today.
    if (paidUp.ledger.balanceCents > 0) {
      await pm.property.leases.addLedgerEntry({
        leaseId: paidUp.id,
        kind: 'payment',
        entryDate: TODAY,
        amountCents: paidUp.ledger.balanceCents,
        memo: 'Paid in full',
      });
    }
    const onTheFirst = await app.callerAs('property_manager', at(NEXT_FIRST));
    await onTheFirst.property.leases.addLedgerEntry({
      leaseId: paidUp.id,
      kind: 'charge',
      entryDate: NEXT_FIRST,
      amountCents: paidUp.tenantRentCents,
      memo: 'Monthly rent (tenant portion)',
    });
    const dueBy = addDays(NEXT_FIRST, 5);
    const onTheSecond = await app.callerAs('property_manager', at(addDays(NEXT_FIRST, 1)));
    const seen = (await onTheSecond.property.leases.list()).find((l) => l.id === paidUp.id)!;
    expect(seen.ledger).toMatchObject({
      balanceCents: paidUp.tenantRentCents,
      dueCents: paidUp.tenantRentCents,
      dueBy,
      arrearsCents: 0,
      monthsInArrears: 0,
    });
    expect(seen.ledger.reason).toContain(`due by ${longDate(dueBy)}`);
    // The last day of grace it is still due; the day after, it is a month in arrears.
    const lastDay = await app.callerAs('property_manager', at(dueBy));
    expect((await lastDay.property.leases.byId({ leaseId: paidUp.id })).ledger.arrearsCents).toBe(0);
    const late = await app.callerAs('property_manager', at(addDays(dueBy, 1)));
    expect((await late.property.leases.byId({ leaseId: paidUp.id })).ledger).toMatchObject({
      arrearsCents: paidUp.tenantRentCents,
      monthsInArrears: 1,
      dueCents: 0,
    });
    // A program without a grace period: late the next day.
    await setSetting('rentGraceDays', 0);
    try {
      expect((await onTheSecond.property.leases.byId({ leaseId: paidUp.id })).ledger.monthsInArrears).toBe(1);
    } finally {
      await setSetting('rentGraceDays', 5);
    }
  });

  it('the tenant sees what is due and by when, apart from arrears, and no contract rent', async () => {
    const tenant = await app.callerAs('tenant', at(addDays(NEXT_FIRST, 1)));
    const before = (await tenant.tenant.lease.get())!;
    const pm = await app.callerAs('property_manager', at(NEXT_FIRST));
    await pm.property.leases.addLedgerEntry({
      leaseId: before.id,
      kind: 'charge',
      entryDate: NEXT_FIRST,
      amountCents: before.tenantRentCents,
      memo: 'Monthly rent (tenant portion)',
    });
    const mine = (await tenant.tenant.lease.get())!;
    expect(mine).not.toHaveProperty('contractRentCents');
    expect(mine.ledger).toMatchObject({
      dueCents: before.ledger.dueCents + before.tenantRentCents,
      arrearsCents: before.ledger.arrearsCents,
      monthsInArrears: before.ledger.monthsInArrears,
      dueBy: addDays(NEXT_FIRST, 5),
    });
  });
});

describe('the unit’s contract rent', () => {
  it('the property manager sees and sets it for their own units only, audited', async () => {
    const pm = await app.callerAs('property_manager');
    const [unit] = await pm.property.units.list();
    expect(unit!.contractRentCents).toBeGreaterThan(0);
    await pm.property.units.setContractRent({ unitId: unit!.unitId, contractRentCents: 101_000 });
    expect((await pm.property.units.list()).find((u) => u.unitId === unit!.unitId)?.contractRentCents).toBe(
      101_000,
    );
    const audit = await listAuditForEntity(app.handle.db, { entityType: 'unit', entityId: unit!.unitId });
    expect(audit.map((a) => a.action)).toContain('unit.contract_rent.set');
    const pm2 = await app.callerAs('property_manager', {
      user: await app.userByEmail('property2@example.org'),
    });
    const other = pm2.property.units.setContractRent({ unitId: unit!.unitId, contractRentCents: 1 });
    expect((await failure(other)).code).toBe('NOT_FOUND');
    const zero = await failure(
      pm.property.units.setContractRent({ unitId: unit!.unitId, contractRentCents: 0 }),
    );
    expect(errorFields(zero)).toEqual(['contractRentCents']);
    expect(zero.message).toContain('Enter a contract rent above zero');
  });

  it('the staff rent page is offered the contract rent of the household’s unit, when it has one', async () => {
    const cm = await app.callerAs('case_manager');
    const danaPersonId = (await app.userByEmail('tenant@example.org')).personId!;
    const [referral] = await cm.staff.referrals.byPerson({ personId: danaPersonId });
    const pm = await app.callerAs('property_manager');
    const unit = (await pm.property.units.list()).find((u) => u.occupantName === 'Dana Whitfield')!;
    const applicationId = referral!.applicationId!;
    expect(await cm.staff.rent.defaults({ applicationId })).toMatchObject({
      unitLabel: unit.unitLabel,
      propertyName: 'Elm Street Apartments',
      contractRentMonthlyCents: unit.contractRentCents,
    });
    const { applicationId: fresh } = await openApplication(cm, 'Nounit');
    expect(await cm.staff.rent.defaults({ applicationId: fresh })).toMatchObject({
      unitLabel: null,
      propertyName: null,
      contractRentMonthlyCents: null,
    });
  });
});

async function enrolled(cm: Caller, lastName: string) {
  const { applicationId } = await openApplication(cm, lastName);
  await shelter(cm, applicationId);
  await cm.staff.disability.addEvidence(professional(applicationId, day(-13)));
  await cm.staff.determinations.record({ applicationId, determinationDate: day(-3) });
  await cm.staff.enrollment.upsert({ applicationId, projectStartDate: day(-2) });
  return applicationId;
}

describe('move-in opens the lease', () => {
  it('is refused before a rent determination is saved, or for a unit without a contract rent; nothing is written', async () => {
    const cm = await app.callerAs('case_manager');
    const applicationId = await enrolled(cm, 'Norent');
    const vacant = (await cm.staff.units.list({ vacantOnly: true })).at(-1)!;
    const leasesBefore = await app.handle.db.$count(schema.leases);
    const noRent = await failure(
      cm.staff.moveIn.record({ applicationId, unitId: vacant.unitId, housingMoveInDate: day(-1) }),
    );
    expect(noRent.code).toBe('CONFLICT');
    expect(noRent.message).toBe(
      'Save a rent determination before recording the move-in: the lease takes its tenant portion.',
    );
    // The move-in itself was not recorded either (one transaction).
    expect((await cm.staff.units.list({ vacantOnly: true })).map((u) => u.unitId)).toContain(vacant.unitId);

    await cm.staff.rent.save({
      applicationId,
      effectiveDate: day(-1),
      incomes: [{ label: 'SSI', annualCents: 1_000_000 }],
      contractRentMonthlyCents: 95_000,
    });
    // Every unit without a contract rent (this suite's own database).
    await app.handle.db.update(schema.units).set({ contractRentCents: null });
    const noContract = await failure(
      cm.staff.moveIn.record({ applicationId, unitId: vacant.unitId, housingMoveInDate: day(-1) }),
    );
    expect(noContract.code).toBe('CONFLICT');
    expect(noContract.message).toMatch(
      /has no contract rent yet: the property manager sets it on the Units page/,
    );
    expect(await app.handle.db.$count(schema.leases)).toBe(leasesBefore);

    await app.handle.db.update(schema.units).set({ contractRentCents: 99_000 });
    const moved = await cm.staff.moveIn.record({
      applicationId,
      unitId: vacant.unitId,
      housingMoveInDate: day(-1),
    });
    expect(moved.lease.startDate).toBe(day(-1));
    expect(await app.handle.db.$count(schema.leases)).toBe(leasesBefore + 1);
    const lease = (await app.handle.db.select().from(schema.leases)).find(
      (l) => l.id === moved.lease.leaseId,
    );
    expect(lease).toMatchObject({ contractRentCents: 99_000, startDate: day(-1), endDate: null });
    // The first annual assessment is a year from the project start, as before.
    expect(moved.firstAnnualAssessment.anniversaryDate).toBe(addYears(day(-2), 1));
  });
});
