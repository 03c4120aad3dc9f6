import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { addDays, addMonths, addYears } from '@hearth/domain';
import { createTestDb, testToday } from './testing';
import type { DbHandle } from './client';
import { seedDemo } from './seed';
import { MAINE_SERVICE_HUBS } from './seed/intake';
import { users } from './schema/index';
import type { StaffViewer } from './queries/staff/people';
import {
  findCurrentDetermination,
  insertDetermination,
  listDeterminations,
} from './queries/staff/determinations';
import { listDisabilityEvidence } from './queries/staff/disability';
import { listIntakeCaseload } from './queries/staff/deadlines';
import { listReferrals } from './queries/staff/referrals';
import { listServiceHubs, updateServiceHub } from './queries/staff/service-hubs';

let handle: DbHandle;
const today = testToday();
const at = new Date(`${today}T16:00:00Z`);

async function viewer(email: string): Promise<StaffViewer> {
  const [u] = await handle.db
    .select({ userId: users.id, role: users.role, programId: users.programId })
    .from(users)
    .where(eq(users.email, email));
  return u as StaffViewer;
}

beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db, { hashPassword: (p) => Promise.resolve(`plain:${p.length}`), today });
});
afterAll(() => handle.close());

describe('service hubs', () => {
  it("seeds Maine's nine CES hubs, which the program can edit", async () => {
    const { programId } = await viewer('admin@example.org');
    const hubs = await listServiceHubs(handle.db, { programId });
    expect(hubs.map((h) => h.name)).toEqual(MAINE_SERVICE_HUBS.map((h) => h.name));
    expect(hubs[2]!.area).toContain('Brunswick and Harpswell');
    await updateServiceHub(handle.db, {
      programId,
      serviceHubId: hubs[8]!.id,
      changes: { isActive: false },
      at,
    });
    expect(await listServiceHubs(handle.db, { programId })).toHaveLength(8);
    expect(await listServiceHubs(handle.db, { programId, includeInactive: true })).toHaveLength(9);
    await updateServiceHub(handle.db, {
      programId,
      serviceHubId: hubs[8]!.id,
      changes: { isActive: true },
      at,
    });
  });
});

describe('seeded intake state', () => {
  it("puts a referred person and an observation-only applicant on Maria Okafor's caseload", async () => {
    const maria = await viewer('casemanager@example.org');
    const referrals = await listReferrals(handle.db, { viewer: maria, today });
    expect(referrals.map((r) => [r.personStatus, r.applicationId === null])).toEqual(
      expect.arrayContaining([
        ['referred', true],
        ['applicant', false],
      ]),
    );
    const rows = await listIntakeCaseload(handle.db, { viewer: maria, today });
    const pending = rows.find((r) => r.determinationStatus === 'pending_disability_verification')!;
    // The seed opens it ten days ago with an intake observation only: confirmation due 45 days on.
    const applicationDate = addDays(today, -10);
    expect(pending).toMatchObject({
      applicationDate,
      disabilityVerificationDeadline: addDays(applicationDate, 45),
      disabilityEvidence: [{ type: 'intake_staff_observation', isAcceptable: true, isProvisional: true }],
    });
    expect(pending.homelessEvidence).toEqual([
      { evidenceType: 'third_party', evidenceDate: addDays(today, -12), dueDiligenceDocumented: false },
    ]);
    const evidence = await listDisabilityEvidence(handle.db, { applicationId: pending.applicationId });
    expect(evidence.map((e) => [e.type, e.isAcceptable, e.isProvisional])).toEqual([
      ['intake_staff_observation', true, true],
    ]);
    const dana = rows.find((r) => r.firstName === 'Dana')!;
    // Enrolled eleven months ago; rent effective at move-in two weeks later, recertified a year on.
    const start = addMonths(today, -11);
    expect(dana).toMatchObject({
      projectStartDate: start,
      nextRecertificationDue: addYears(addDays(start, 14), 1),
    });
  });

  it("scopes the intake caseload: nobody sees another case manager's applications", async () => {
    const maria = await listIntakeCaseload(handle.db, {
      viewer: await viewer('casemanager@example.org'),
      today,
    });
    const sam = await listIntakeCaseload(handle.db, {
      viewer: await viewer('casemanager2@example.org'),
      today,
    });
    const all = await listIntakeCaseload(handle.db, {
      viewer: await viewer('supervisor@example.org'),
      today,
    });
    expect(maria.length).toBeGreaterThan(0);
    expect(sam.length).toBeGreaterThan(0);
    const ids = new Set(maria.map((r) => r.applicationId));
    expect(sam.some((r) => ids.has(r.applicationId))).toBe(false);
    expect(all).toHaveLength(maria.length + sam.length);
  });
});

describe('determinations', () => {
  it('a chain of superseding records; the database refuses a fork', async () => {
    const sam = await viewer('casemanager2@example.org');
    const [row] = await listIntakeCaseload(handle.db, { viewer: sam, today });
    const applicationId = row!.applicationId;
    const first = await findCurrentDetermination(handle.db, { applicationId });
    expect(first).not.toBeNull();
    const base = {
      applicationId,
      determinationDate: today,
      status: 'eligible' as const,
      homelessCategories: [1],
      disabilityVerificationDeadline: null,
      reasons: ['test'],
      policy: {},
      basis: {},
      notes: null,
      determinedByUserId: sam.userId,
      determinedAt: at,
    };
    const second = await insertDetermination(handle.db, { ...base, supersedesId: first!.id });
    expect((await findCurrentDetermination(handle.db, { applicationId }))?.id).toBe(second.id);
    const all = await listDeterminations(handle.db, { applicationId });
    expect(all.map((d) => [d.id, d.isSuperseded])).toEqual([
      [second.id, false],
      [first!.id, true],
    ]);
    await expect(insertDetermination(handle.db, { ...base, supersedesId: first!.id })).rejects.toThrow();
    expect(await listDeterminations(handle.db, { applicationId })).toHaveLength(2);
  });
});
