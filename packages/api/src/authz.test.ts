import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type TRole } from '@hearth/domain/identity';
import { appRouter } from './root';
import { createTestApp, type TestApp } from './test-helpers';

/**
 * The authorization matrix: every procedure of the app router, declared once here with the roles
 * that may call it and an input to call it with. A procedure missing from this table fails the
 * test, so no procedure ships without a decision about who may call it.
 */
type Access = { allow: 'anyone' | readonly TRole[]; input?: unknown };

const STAFF = ['case_manager', 'supervisor', 'program_admin'] as const;
const SOME_UUID = '00000000-0000-4000-8000-000000000000';

export const MATRIX: Record<string, Access> = {
  'auth.login': { allow: 'anyone', input: { email: 'not-an-email', password: '' } },
  'auth.logout': { allow: 'anyone' },
  'auth.me': { allow: 'anyone' },
  'staff.people.list': { allow: STAFF },
  'staff.people.byId': { allow: STAFF, input: { personId: SOME_UUID } },
  'staff.people.caseManagers': { allow: ['supervisor', 'program_admin'] },
  'staff.people.reassignCaseManager': {
    allow: ['supervisor', 'program_admin'],
    input: { personId: SOME_UUID, caseManagerId: SOME_UUID },
  },
  'staff.warmHandoffs.list': { allow: STAFF, input: { personId: SOME_UUID } },
  'staff.warmHandoffs.record': {
    allow: STAFF,
    input: {
      personId: SOME_UUID,
      handoffDate: '2026-11-01',
      fromProvider: 'Matrix shelter',
      fromWorker: 'Matrix worker',
      participants: 'Matrix',
      programAndRolesExplained: 'Matrix',
      strengths: 'Matrix',
      planForWorkingTogether: 'Matrix',
    },
  },
  'staff.assessments.get': { allow: STAFF, input: { personId: SOME_UUID } },
  'staff.assessments.start': { allow: STAFF, input: { personId: SOME_UUID } },
  'staff.assessments.saveSection': {
    allow: STAFF,
    input: { assessmentId: SOME_UUID, version: 1, section: 'homelessness_history', homelessnessHistory: {} },
  },
  'staff.assessments.complete': {
    allow: STAFF,
    input: { assessmentId: SOME_UUID, version: 1, completedOn: '2026-11-01' },
  },
  'staff.assessments.recordInterimUpdate': {
    allow: STAFF,
    input: {
      personId: SOME_UUID,
      updateDate: '2026-11-01',
      domainKey: 'legal',
      newScore: 2,
      reason: 'Matrix',
    },
  },
  'staff.assessments.caseload': { allow: STAFF },
  'staff.plans.get': { allow: STAFF, input: { personId: SOME_UUID } },
  'staff.goals.create': {
    allow: STAFF,
    input: {
      personId: SOME_UUID,
      statement: 'Matrix',
      markers: [{ description: 'Matrix', targetDate: '2026-12-01' }],
      steps: [{ description: 'Matrix', owner: 'tenant' }],
      soThat: 'Matrix',
      longTermGoal: 'Matrix',
      targetDate: '2027-01-01',
      domainKeys: ['legal'],
    },
  },
  'staff.goals.addNote': {
    allow: STAFF,
    input: { goalId: SOME_UUID, noteDate: '2026-11-01', body: 'Matrix' },
  },
  'staff.goals.end': {
    allow: STAFF,
    input: { goalId: SOME_UUID, endStatus: 'dropped', endedOn: '2026-11-01', reason: 'Matrix' },
  },
  'staff.goals.setStepDone': { allow: STAFF, input: { goalId: SOME_UUID, stepIndex: 0, isDone: true } },
  'staff.goals.setMarkerMet': {
    allow: STAFF,
    input: { goalId: SOME_UUID, markerIndex: 0, metOn: '2026-11-01' },
  },
  'staff.goalProposals.decline': { allow: STAFF, input: { proposalId: SOME_UUID, response: 'Matrix' } },
  'staff.harmReduction.list': { allow: STAFF, input: { personId: SOME_UUID } },
  'staff.harmReduction.create': {
    allow: STAFF,
    input: {
      personId: SOME_UUID,
      identifiedOn: '2026-11-01',
      housingRisk: 'Matrix',
      options: [{ option: 'Matrix' }],
      chosenOption: 0,
      followUpDate: '2026-11-30',
    },
  },
  'staff.resources.list': { allow: STAFF },
  'staff.resources.create': {
    allow: ['program_admin'],
    input: {
      name: 'Matrix resource',
      category: 'legal',
      contact: 'Matrix',
      provides: 'Matrix',
      hasMou: false,
    },
  },
  'staff.resources.update': { allow: ['program_admin'], input: { resourceId: SOME_UUID, hasMou: true } },
  'staff.linkages.list': { allow: STAFF, input: { personId: SOME_UUID } },
  'staff.linkages.create': {
    allow: STAFF,
    input: {
      personId: SOME_UUID,
      resourceId: SOME_UUID,
      referredOn: '2026-11-01',
      purpose: 'Matrix',
      isWarmHandoff: false,
    },
  },
  'staff.linkages.move': {
    allow: STAFF,
    input: { linkageId: SOME_UUID, status: 'connected', date: '2026-11-01' },
  },
  'staff.linkages.checkIn': {
    allow: STAFF,
    input: { linkageId: SOME_UUID, checkInDate: '2026-11-01', isWorking: true, note: 'Matrix' },
  },
  'tenant.goals.get': { allow: ['tenant'] },
  'tenant.goals.addNote': { allow: ['tenant'], input: { goalId: SOME_UUID, body: 'Matrix' } },
  'tenant.goals.propose': { allow: ['tenant'], input: { goal: 'Matrix' } },
  'tenant.goals.respond': { allow: ['tenant'], input: { planVersion: 1, response: 'accepted' } },
  'staff.serviceHubs.list': { allow: STAFF },
  'staff.serviceHubs.create': { allow: ['program_admin'], input: { number: 10, name: 'Matrix hub' } },
  'staff.serviceHubs.update': {
    allow: ['program_admin'],
    input: { serviceHubId: SOME_UUID, isActive: true },
  },
  'staff.referrals.create': {
    allow: STAFF,
    input: { personId: SOME_UUID, serviceHubId: SOME_UUID, referralDate: '2026-11-01' },
  },
  'staff.referrals.list': { allow: STAFF },
  'staff.referrals.byPerson': { allow: STAFF, input: { personId: SOME_UUID } },
  'staff.applications.open': {
    allow: STAFF,
    input: { referralId: SOME_UUID, applicationDate: '2026-11-01' },
  },
  'staff.applications.get': { allow: STAFF, input: { applicationId: SOME_UUID } },
  'staff.homelessness.recordSituation': {
    allow: STAFF,
    input: {
      applicationId: SOME_UUID,
      situation: { livingSituation: 'emergency_shelter' },
      evidenceType: 'intake_observation',
      evidenceDate: '2026-11-01',
    },
  },
  'staff.stays.add': {
    allow: STAFF,
    input: {
      applicationId: SOME_UUID,
      start: '2026-01-01',
      end: '2026-02-01',
      location: 'emergency_shelter',
    },
  },
  'staff.stays.remove': { allow: STAFF, input: { stayId: SOME_UUID } },
  'staff.stays.list': { allow: STAFF, input: { applicationId: SOME_UUID } },
  'staff.disability.addEvidence': {
    allow: STAFF,
    input: {
      applicationId: SOME_UUID,
      type: 'intake_staff_observation',
      disabledMember: 'head_of_household',
      evidenceDate: '2026-11-01',
    },
  },
  'staff.disability.list': { allow: STAFF, input: { applicationId: SOME_UUID } },
  'staff.determinations.record': {
    allow: STAFF,
    input: { applicationId: SOME_UUID, determinationDate: '2026-11-01' },
  },
  'staff.determinations.list': { allow: STAFF, input: { applicationId: SOME_UUID } },
  'staff.packet.get': { allow: STAFF, input: { applicationId: SOME_UUID } },
  'staff.enrollment.upsert': {
    allow: STAFF,
    input: { applicationId: SOME_UUID, projectStartDate: '2026-11-01' },
  },
  'staff.rent.calculate': {
    allow: STAFF,
    input: {
      applicationId: SOME_UUID,
      effectiveDate: '2026-11-01',
      incomes: [],
      contractRentMonthlyCents: 90_000,
    },
  },
  'staff.rent.save': {
    allow: STAFF,
    input: {
      applicationId: SOME_UUID,
      effectiveDate: '2026-11-01',
      incomes: [],
      contractRentMonthlyCents: 90_000,
    },
  },
  'staff.rent.list': { allow: STAFF, input: { applicationId: SOME_UUID } },
  'staff.rent.defaults': { allow: STAFF, input: { applicationId: SOME_UUID } },
  'staff.units.list': { allow: STAFF, input: { vacantOnly: true } },
  'staff.moveIn.record': {
    allow: STAFF,
    input: { applicationId: SOME_UUID, unitId: SOME_UUID, housingMoveInDate: '2026-11-01' },
  },
  'staff.deadlines.list': { allow: STAFF },
  'tenant.profile.get': { allow: ['tenant'] },
  'property.units.list': { allow: ['property_manager'] },
  'property.units.setContractRent': {
    allow: ['property_manager'],
    input: { unitId: SOME_UUID, contractRentCents: 95_000 },
  },
  'property.leases.list': { allow: ['property_manager'] },
  'property.leases.byId': { allow: ['property_manager'], input: { leaseId: SOME_UUID } },
  'property.leases.addLedgerEntry': {
    allow: ['property_manager'],
    input: { leaseId: SOME_UUID, kind: 'payment', entryDate: '2026-11-01', amountCents: 100 },
  },
  'property.leaseIssues.list': { allow: ['property_manager'] },
  'property.leaseIssues.byId': { allow: ['property_manager'], input: { issueId: SOME_UUID } },
  'property.leaseIssues.create': {
    allow: ['property_manager'],
    input: { unitId: SOME_UUID, type: 'noise_nuisance', occurredOn: '2026-11-01', description: 'Matrix' },
  },
  'property.leaseIssues.addStep': {
    allow: ['property_manager'],
    input: { issueId: SOME_UUID, kind: 'tenant_notified', stepDate: '2026-11-01' },
  },
  'property.repairs.list': { allow: ['property_manager'] },
  'property.repairs.entries': { allow: ['property_manager'] },
  'property.repairs.triage': {
    allow: ['property_manager'],
    input: { repairId: SOME_UUID, urgency: 'urgent' },
  },
  'property.repairs.schedule': {
    allow: ['property_manager'],
    input: { repairId: SOME_UUID, scheduledFor: '2026-11-24', noticeGiven: 'Matrix' },
  },
  'property.repairs.complete': {
    allow: ['property_manager'],
    input: { repairId: SOME_UUID, completedOn: '2026-11-23', entryBasis: 'emergency' },
  },
  'property.properties.list': { allow: ['property_manager'] },
  'property.properties.updateSettings': {
    allow: ['property_manager'],
    input: { propertyId: SOME_UUID, entryNoticeDays: 2, emergencyMaintenancePhone: '207-555-0100' },
  },
  'property.grievances.list': { allow: ['property_manager'] },
  'property.grievances.respond': {
    allow: ['property_manager'],
    input: { grievanceId: SOME_UUID, response: 'Matrix' },
  },
  'tenant.rights.acknowledgements': { allow: ['tenant'] },
  'tenant.rights.acknowledge': { allow: ['tenant'], input: { topic: 'privacy' } },
  'tenant.lease.get': { allow: ['tenant'] },
  'tenant.leaseIssues.list': { allow: ['tenant'] },
  'tenant.leaseIssues.byId': { allow: ['tenant'], input: { issueId: SOME_UUID } },
  'tenant.leaseIssues.respond': { allow: ['tenant'], input: { issueId: SOME_UUID, body: 'Matrix' } },
  'tenant.repairs.list': { allow: ['tenant'] },
  'tenant.repairs.contact': { allow: ['tenant'] },
  'tenant.repairs.create': {
    allow: ['tenant'],
    input: { description: '', location: '', urgency: 'routine', canEnterWithoutTenant: false },
  },
  'tenant.repairs.confirm': { allow: ['tenant'], input: { repairId: SOME_UUID, isFixed: true } },
  'tenant.grievances.list': { allow: ['tenant'] },
  'tenant.grievances.create': { allow: ['tenant'], input: { about: 'services', description: '' } },
  'tenant.grievances.appeal': { allow: ['tenant'], input: { grievanceId: SOME_UUID, reason: 'Matrix' } },
  'staff.tenancyAlerts.list': { allow: STAFF },
  'staff.grievances.list': { allow: ['supervisor', 'program_admin'] },
  'staff.grievances.respond': {
    allow: ['supervisor', 'program_admin'],
    input: { grievanceId: SOME_UUID, response: 'Matrix' },
  },
  'staff.grievances.appeals': { allow: ['program_admin'] },
  'staff.grievances.decide': {
    allow: ['program_admin'],
    input: { grievanceId: SOME_UUID, outcome: 'upheld', decision: 'Matrix' },
  },
  'staff.grievances.completeFollowUp': { allow: ['program_admin'], input: { grievanceId: SOME_UUID } },
};

function procedurePaths(): string[] {
  return Object.keys(appRouter._def.procedures).sort();
}

async function call(app: TestApp, role: TRole | null, path: string, input: unknown): Promise<string> {
  const caller = await app.callerAs(role);
  let fn: unknown = caller;
  for (const segment of path.split('.')) fn = (fn as Record<string, unknown>)[segment];
  try {
    await (fn as (i: unknown) => Promise<unknown>)(input);
    return 'OK';
  } catch (e) {
    if (e instanceof TRPCError) return e.code;
    throw e;
  }
}

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.handle.close());

describe('authorization matrix', () => {
  it('declares every procedure, and nothing that does not exist', () => {
    const undeclared = procedurePaths().filter((p) => !(p in MATRIX));
    expect(undeclared, 'procedures with no entry in MATRIX').toEqual([]);
    expect(Object.keys(MATRIX).filter((p) => !procedurePaths().includes(p))).toEqual([]);
  });

  for (const path of Object.keys(MATRIX)) {
    const access = MATRIX[path]!;
    it(`${path}: ${access.allow === 'anyone' ? 'anyone' : access.allow.join(', ')}`, async () => {
      const outcomes: Record<string, string> = {};
      for (const role of [null, ...ROLES]) {
        outcomes[role ?? 'signed_out'] = await call(app, role, path, access.input);
      }
      for (const [who, code] of Object.entries(outcomes)) {
        const allowed =
          access.allow === 'anyone' || (who !== 'signed_out' && access.allow.includes(who as TRole));
        if (allowed) {
          expect(['UNAUTHORIZED', 'FORBIDDEN'], `${who} should reach ${path}`).not.toContain(code);
        } else {
          expect(code, `${who} on ${path}`).toBe(who === 'signed_out' ? 'UNAUTHORIZED' : 'FORBIDDEN');
        }
      }
    });
  }
});
