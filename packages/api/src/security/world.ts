import { addDays, addMonths, addYears } from '@hearth/domain';
import { createUser, schema } from '@hearth/db';
import { createTestApp, TODAY, type TestApp } from '../test-helpers';

/**
 * The world the security suite runs in: the demo seed plus, on each of two sides, one record of
 * every kind a procedure takes an id of. Side A is Maria Okafor's caseload, the demo tenant Dana
 * (Elm Street) and Linda Chase, Elm Street's manager; side B is Sam Delgado's caseload, a second
 * tenant account at Harbor View and Ray Thibodeau, Harbor View's manager. A caller of side A
 * reaching a side-B id must get the same 404 as for an id that does not exist.
 */

export type Caller = Awaited<ReturnType<TestApp['callerAs']>>;
export type ActorKey = 'cm' | 'cm2' | 'supervisor' | 'admin' | 'pm' | 'pm2' | 'tenant' | 'tenant2';

/** The kinds of record ids travel as: the classification table names one per id field. */
export const KINDS = [
  'person',
  'goal',
  'proposal',
  'assessment',
  'linkage',
  'application',
  'referral',
  'stay',
  'unit',
  'property',
  'caseManager',
  'lease',
  'leaseIssue',
  'repair',
  'housingGrievance',
  'servicesGrievance',
  'serviceHub',
  'resource',
] as const;
export type Kind = (typeof KINDS)[number];
export type Side = Record<Kind, string>;

export interface World {
  app: TestApp;
  as: Record<ActorKey, Caller>;
  a: Side;
  b: Side;
  /** The demo tenant's plan version as the world was built (what `tenant.goals.respond` answers). */
  planVersion: number;
  /** The demo tenant's own application, enrolled and moved in by the seed (rent is saved on it). */
  enrolledApplication: string;
  /** Its project start date, as the seed enrolled it. */
  enrolledStart: string;
  /** Records that belong to the whole program, the same on both sides. */
  programWide: ReadonlySet<Kind>;
}

export const day = (n: number) => addDays(TODAY, n);

/** A callable procedure of a caller, by its dotted path. */
export function procedureOf(caller: Caller, path: string): (input: unknown) => Promise<unknown> {
  let fn: unknown = caller;
  for (const segment of path.split('.')) fn = (fn as Record<string, unknown>)[segment];
  return fn as (input: unknown) => Promise<unknown>;
}

async function hubId(caller: Caller): Promise<string> {
  const hub = (await caller.staff.serviceHubs.list()).find((h) => h.name.startsWith('Hub 2'));
  return hub!.id;
}

/** The head of a housed household of the given property, on the given case manager's caseload. */
async function housedHead(app: TestApp, propertyName: string, caseManagerEmail: string) {
  const db = app.handle.db;
  const cm = await app.userByEmail(caseManagerEmail);
  // A few dozen rows each: read them whole and join here (this package has no SQL builder of its own).
  const [people, households, units, properties, caseloads, leases] = await Promise.all([
    db.select().from(schema.people),
    db.select().from(schema.households),
    db.select().from(schema.units),
    db.select().from(schema.properties),
    db.select().from(schema.caseloadAssignments),
    db.select().from(schema.leases),
  ]);
  const property = properties.find((p) => p.name === propertyName)!;
  const heads = people
    .filter((p) => p.relationshipToHead === 'self')
    .filter((p) => caseloads.some((c) => c.personId === p.id && c.caseManagerId === cm.id))
    .map((p) => ({ person: p, household: households.find((h) => h.id === p.householdId)! }))
    .filter(({ household }) => units.some((u) => u.id === household.unitId && u.propertyId === property.id))
    .sort((x, y) => (x.person.lastName < y.person.lastName ? -1 : 1));
  const pick = (personId?: string) => heads.find((h) => !personId || h.person.id === personId)!;
  return (personId?: string) => {
    const { person, household } = pick(personId);
    const lease = leases.find((l) => l.householdId === household.id)!;
    return { personId: person.id, unitId: household.unitId!, leaseId: lease.id, propertyId: property.id };
  };
}

const goalInput = (personId: string, text: string) => ({
  personId,
  statement: `${text}: pay rent on time`,
  markers: [{ description: 'Rent paid by the 5th', targetDate: day(12) }],
  steps: [{ description: 'Set a reminder', owner: 'tenant' as const }],
  soThat: 'so that I keep my home',
  longTermGoal: 'Stay housed',
  targetDate: addMonths(TODAY, 3),
  domainKeys: ['housing_stability'],
});

/** Everything side A or B holds, made through the procedures as the people who would make them. */
async function buildSide(
  cm: Caller,
  pm: Caller,
  tenant: Caller,
  head: { personId: string; unitId: string; leaseId: string; propertyId: string },
  label: string,
  resourceId: string,
  caseManagerId: string,
): Promise<Side> {
  const personId = head.personId;
  const { id: goalId } = await cm.staff.goals.create(goalInput(personId, label));
  const { id: proposalId } = await tenant.tenant.goals.propose({ goal: `${label} proposal` });
  const { assessmentId } = await cm.staff.assessments.start({ personId });
  const { id: linkageId } = await cm.staff.linkages.create({
    personId,
    resourceId,
    referredOn: TODAY,
    purpose: `${label} linkage`,
    isWarmHandoff: false,
  });
  const referral = await cm.staff.referrals.create({
    person: { firstName: 'Avery', lastName: `${label}applicant`, dateOfBirth: addYears(TODAY, -46) },
    serviceHubId: await hubId(cm),
    referralDate: day(-83),
  });
  const { applicationId } = await cm.staff.applications.open({
    referralId: referral.referralId,
    applicationDate: day(-20),
  });
  const stay = await cm.staff.stays.add({
    applicationId,
    start: day(-100),
    end: day(-70),
    location: 'emergency_shelter',
  });
  const { issueId } = await pm.property.leaseIssues.create({
    unitId: head.unitId,
    type: 'noise_nuisance',
    occurredOn: day(-2),
    description: `${label} issue`,
  });
  // The tenant sees a lease issue once told of it.
  await pm.property.leaseIssues.addStep({
    issueId,
    kind: 'tenant_notified',
    stepDate: TODAY,
    note: 'Letter',
  });
  const { repairId } = await tenant.tenant.repairs.create({
    description: `${label} repair`,
    location: 'Kitchen',
    urgency: 'routine',
    canEnterWithoutTenant: true,
  });
  const housing = await tenant.tenant.grievances.create({ about: 'housing', description: `${label} h` });
  const services = await tenant.tenant.grievances.create({ about: 'services', description: `${label} s` });
  return {
    person: personId,
    goal: goalId,
    proposal: proposalId,
    assessment: assessmentId,
    linkage: linkageId,
    application: applicationId,
    referral: referral.referralId,
    stay: stay.id,
    unit: head.unitId,
    property: head.propertyId,
    caseManager: caseManagerId,
    lease: head.leaseId,
    leaseIssue: issueId,
    repair: repairId,
    housingGrievance: housing.grievanceId,
    servicesGrievance: services.grievanceId,
    serviceHub: await hubId(cm),
    resource: resourceId,
  };
}

export async function buildWorld(): Promise<World> {
  const app = await createTestApp();
  const byEmail = (email: string) => app.userByEmail(email);
  const cm = await app.callerAs('case_manager');
  const cm2 = await app.callerAs('case_manager', { user: await byEmail('casemanager2@example.org') });
  const pm = await app.callerAs('property_manager');
  const pm2 = await app.callerAs('property_manager', { user: await byEmail('property2@example.org') });
  const tenant = await app.callerAs('tenant');

  // A second tenant account: the head of a Harbor View household on Sam Delgado's caseload.
  const headB = (await housedHead(app, 'Harbor View Residences', 'casemanager2@example.org'))();
  const dana = await byEmail('tenant@example.org');
  await createUser(app.handle.db, {
    programId: dana.programId,
    email: 'tenant2@example.org',
    displayName: 'Second tenant',
    role: 'tenant',
    passwordHash: 'not-a-login',
    personId: headB.personId,
  });
  const tenant2 = await app.callerAs('tenant', { user: await byEmail('tenant2@example.org') });
  const headA = (await housedHead(app, 'Elm Street Apartments', 'casemanager@example.org'))(dana.personId!);

  const resourceId = (await cm.staff.resources.list())[0]!.id;
  const enrolledApplication = (await app.handle.db.select().from(schema.applications)).find(
    (x) => x.personId === dana.personId,
  )!.id;
  const enrolledStart = (await app.handle.db.select().from(schema.enrollments)).find(
    (e) => e.applicationId === enrolledApplication,
  )!.projectStartDate;
  const cmIds = [
    (await byEmail('casemanager@example.org')).id,
    (await byEmail('casemanager2@example.org')).id,
  ];
  const a = await buildSide(cm, pm, tenant, headA, 'Aside', resourceId, cmIds[0]!);
  const b = await buildSide(cm2, pm2, tenant2, headB, 'Bside', resourceId, cmIds[1]!);
  return {
    app,
    as: {
      cm,
      cm2,
      supervisor: await app.callerAs('supervisor'),
      admin: await app.callerAs('program_admin'),
      pm,
      pm2,
      tenant,
      tenant2,
    },
    a,
    b,
    planVersion: (await tenant.tenant.goals.get()).plan!.version,
    enrolledApplication,
    enrolledStart,
    programWide: new Set<Kind>(['serviceHub', 'resource']),
  };
}
