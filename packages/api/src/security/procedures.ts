import { addMonths, addYears } from '@hearth/domain';
import { appRouter } from '../root';
import { TODAY } from '../test-helpers';
import { day, type ActorKey, type Kind, type Side, type World } from './world';

/**
 * The security suite's classification of every procedure of the app router: who calls it in the
 * suite (a side-A account of the role that may), which of its input fields are ids and of what
 * kind, and a valid input on a side. `classification.test.ts` fails when the router has a
 * procedure this table does not classify, so a new procedure is covered (or explicitly decided).
 *
 * Scope: `caseload` (a case manager reaches their own caseload), `property` (a manager reaches the
 * properties assigned to them), `tenant` (a tenant reaches their own household), `program` (every
 * account of the program reaches it: only ids of another kind are foreign).
 */
export type Scope = 'caseload' | 'property' | 'tenant' | 'program';

export interface Procedure {
  as: ActorKey | null;
  scope?: Scope;
  /** Top-level id fields and the kinds of record each may name in scope. */
  ids?: Record<string, readonly Kind[]>;
  /**
   * Id fields naming a program-wide directory entry (a resource, a service hub, a unit on the staff
   * side): every account of the program may name any of them, so only ids of another kind are
   * foreign, and they must answer as an unknown id does (which may be a 400 on the field).
   */
  directory?: readonly string[];
  /** Id fields that filter a list: a foreign id must give what an unknown id gives (nothing). */
  filters?: readonly string[];
  input?: (w: World, s: Side) => unknown;
  /** Further valid inputs, where one input cannot reach every field (the fuzz and markers use them). */
  variants?: (w: World, s: Side) => unknown[];
}

const cm = (p: Omit<Procedure, 'as' | 'scope'>): Procedure => ({ as: 'cm', scope: 'caseload', ...p });
const pm = (p: Omit<Procedure, 'as' | 'scope'>): Procedure => ({ as: 'pm', scope: 'property', ...p });
const tn = (p: Omit<Procedure, 'as' | 'scope'>): Procedure => ({ as: 'tenant', scope: 'tenant', ...p });

const person = { personId: ['person'] } as const;
const application = { applicationId: ['application'] } as const;
const goal = { goalId: ['goal'] } as const;

export const PROCEDURES: Record<string, Procedure> = {
  'auth.login': { as: null, input: () => ({ email: 'nobody@example.org', password: 'wrong password' }) },
  'auth.logout': { as: null },
  'auth.me': { as: null },

  'staff.people.list': cm({ input: () => ({ search: 'a' }) }),
  'staff.people.byId': cm({ ids: person, input: (_, s) => ({ personId: s.person }) }),
  'staff.units.list': cm({ input: () => ({ vacantOnly: true }) }),
  'staff.warmHandoffs.list': cm({ ids: person, input: (_, s) => ({ personId: s.person }) }),
  'staff.warmHandoffs.record': cm({
    ids: person,
    input: (_, s) => ({
      personId: s.person,
      handoffDate: TODAY,
      fromProvider: 'Oxford Street Shelter',
      fromWorker: 'Jamie Cole',
      participants: 'Dana, Jamie',
      programAndRolesExplained: 'Housing with services',
      strengths: 'Good with people',
      planForWorkingTogether: 'Weekly visit',
    }),
  }),
  'staff.assessments.get': cm({ ids: person, input: (_, s) => ({ personId: s.person }) }),
  'staff.assessments.start': cm({ ids: person, input: (_, s) => ({ personId: s.person }) }),
  'staff.assessments.saveSection': cm({
    ids: { assessmentId: ['assessment'] },
    input: (_, s) => ({
      assessmentId: s.assessment,
      version: 1,
      section: 'housing_history',
      housingHistory: {
        placesLived: 'With a sister, then shelter',
        leaseholderExperience: 'One lease',
        rolesAndResponsibilities: 'Paid rent',
        whatWorked: 'Reminders',
        whatDidNotWork: 'Guests',
        satisfaction: 'Fair',
        housingGoals: 'A place of my own',
      },
    }),
    variants: (_, s) => [
      {
        assessmentId: s.assessment,
        version: 1,
        section: 'homelessness_history',
        homelessnessHistory: {
          causeOfFirstEpisode: 'Lost a job',
          lengthOfTime: 'Two years',
          placesStayed: 'Shelter, a car',
          routine: 'Library in the day',
          supports: 'A sister',
        },
      },
    ],
  }),
  'staff.assessments.complete': cm({
    ids: { assessmentId: ['assessment'] },
    input: (_, s) => ({ assessmentId: s.assessment, version: 1, completedOn: TODAY }),
  }),
  'staff.assessments.recordInterimUpdate': cm({
    ids: person,
    input: (_, s) => ({
      personId: s.person,
      updateDate: TODAY,
      domainKey: 'legal',
      newScore: 2,
      reason: 'A court date was set',
    }),
  }),
  'staff.assessments.caseload': cm({}),
  'staff.plans.get': cm({ ids: person, input: (_, s) => ({ personId: s.person }) }),
  'staff.goals.create': cm({
    ids: { personId: ['person'], fromProposalId: ['proposal'] },
    input: (_, s) => ({
      personId: s.person,
      statement: 'Pay rent on time',
      markers: [{ description: 'Rent paid by the 5th', targetDate: day(12) }],
      steps: [
        { description: 'Set a reminder', owner: 'tenant' },
        { description: 'Apply for a payee', owner: 'partner', partnerName: 'Benefits desk', dueDate: day(8) },
      ],
      soThat: 'so that I keep my home',
      longTermGoal: 'Stay housed',
      targetDate: addMonths(TODAY, 3),
      domainKeys: ['housing_stability'],
      fromProposalId: s.proposal,
    }),
  }),
  'staff.goals.addNote': cm({
    ids: goal,
    input: (_, s) => ({ goalId: s.goal, noteDate: TODAY, body: 'Met and talked it over' }),
  }),
  'staff.goals.end': cm({
    ids: goal,
    input: (_, s) => ({ goalId: s.goal, endStatus: 'dropped', endedOn: TODAY, reason: 'No longer wanted' }),
  }),
  'staff.goals.setStepDone': cm({
    ids: goal,
    input: (_, s) => ({ goalId: s.goal, stepIndex: 0, isDone: true }),
  }),
  'staff.goals.setMarkerMet': cm({
    ids: goal,
    input: (_, s) => ({ goalId: s.goal, markerIndex: 0, metOn: TODAY }),
  }),
  'staff.goalProposals.decline': cm({
    ids: { proposalId: ['proposal'] },
    input: (_, s) => ({ proposalId: s.proposal, response: 'Not now, let us talk on Tuesday' }),
  }),
  'staff.harmReduction.list': cm({ ids: person, input: (_, s) => ({ personId: s.person }) }),
  'staff.harmReduction.create': cm({
    ids: person,
    input: (_, s) => ({
      personId: s.person,
      identifiedOn: TODAY,
      housingRisk: 'Noise at night',
      options: [
        {
          option: 'Look for solutions',
          factorsFor: 'In control',
          factorsAgainst: 'Slow',
          landlordNonNegotiable: 'Quiet after 11',
          tenantNonNegotiable: 'Not targeted',
        },
      ],
      chosenOption: 0,
      followUpDate: day(14),
    }),
  }),
  'staff.resources.list': cm({ input: () => ({ category: 'legal' }) }),
  'staff.resources.create': {
    as: 'admin',
    input: () => ({
      name: 'Suite resource',
      category: 'legal',
      contact: '207-555-0100',
      provides: 'Advice',
      hasMou: false,
    }),
  },
  'staff.resources.update': {
    as: 'admin',
    scope: 'program',
    ids: { resourceId: ['resource'] },
    input: (_, s) => ({ resourceId: s.resource, contact: '207-555-0101', provides: 'Advice', hasMou: true }),
  },
  'staff.linkages.list': cm({ ids: person, input: (_, s) => ({ personId: s.person }) }),
  'staff.linkages.create': cm({
    ids: { personId: ['person'], resourceId: ['resource'] },
    directory: ['resourceId'],
    input: (_, s) => ({
      personId: s.person,
      resourceId: s.resource,
      referredOn: TODAY,
      purpose: 'Court date',
      isWarmHandoff: false,
    }),
  }),
  'staff.linkages.move': cm({
    ids: { linkageId: ['linkage'] },
    input: (_, s) => ({ linkageId: s.linkage, status: 'connected', date: TODAY, note: 'First meeting' }),
  }),
  'staff.linkages.checkIn': cm({
    ids: { linkageId: ['linkage'] },
    input: (_, s) => ({ linkageId: s.linkage, checkInDate: TODAY, isWorking: true, note: 'Going well' }),
  }),
  'staff.serviceHubs.list': cm({ input: () => ({ includeInactive: true }) }),
  'staff.serviceHubs.create': { as: 'admin', input: () => ({ number: 10, name: 'Suite hub', area: 'Here' }) },
  'staff.serviceHubs.update': {
    as: 'admin',
    scope: 'program',
    ids: { serviceHubId: ['serviceHub'] },
    input: (_, s) => ({ serviceHubId: s.serviceHub, area: 'Cumberland County', isActive: true }),
  },
  'staff.referrals.create': cm({
    ids: { personId: ['person'], serviceHubId: ['serviceHub'] },
    directory: ['serviceHubId'],
    input: (_, s) => ({
      personId: s.person,
      serviceHubId: s.serviceHub,
      byNameListRank: 3,
      referralDate: day(-3),
      priorityPopulations: ['veteran'],
      caseConferencingNotes: 'Discussed at case conferencing',
    }),
    variants: (_, s) => [
      {
        person: {
          firstName: 'Robin',
          lastName: 'Newperson',
          preferredName: 'Rob',
          dateOfBirth: addYears(TODAY, -40),
          phone: '207-555-0142',
          isVawaProtected: false,
        },
        serviceHubId: s.serviceHub,
        byNameListRank: 4,
        referralDate: day(-3),
        priorityPopulations: ['fleeing_dv'],
        caseConferencingNotes: 'Discussed at case conferencing',
      },
    ],
  }),
  'staff.referrals.list': cm({
    ids: { serviceHubId: ['serviceHub'] },
    filters: ['serviceHubId'],
    input: (_, s) => ({ serviceHubId: s.serviceHub }),
  }),
  'staff.referrals.byPerson': cm({ ids: person, input: (_, s) => ({ personId: s.person }) }),
  'staff.applications.open': cm({
    ids: { referralId: ['referral'] },
    input: (_, s) => ({ referralId: s.referral, applicationDate: day(-18) }),
  }),
  'staff.applications.get': cm({ ids: application, input: (_, s) => ({ applicationId: s.application }) }),
  'staff.homelessness.recordSituation': cm({
    ids: application,
    input: (_, s) => ({
      applicationId: s.application,
      situation: { livingSituation: 'emergency_shelter' },
      evidenceType: 'third_party',
      evidenceSource: 'hmis_record',
      evidenceDate: day(-8),
      notes: 'HMIS shows shelter stays',
    }),
  }),
  'staff.stays.add': cm({
    ids: application,
    input: (_, s) => ({
      applicationId: s.application,
      start: day(-60),
      end: day(-40),
      location: 'place_not_meant_for_habitation',
      locationDescription: 'Under the bridge',
      documentation: 'third_party',
      source: 'hmis_record',
      notes: 'Outreach record',
    }),
  }),
  'staff.stays.remove': cm({ ids: { stayId: ['stay'] }, input: (_, s) => ({ stayId: s.stay }) }),
  'staff.stays.list': cm({ ids: application, input: (_, s) => ({ applicationId: s.application }) }),
  'staff.disability.addEvidence': cm({
    ids: application,
    input: (_, s) => ({
      applicationId: s.application,
      type: 'professional_verification',
      disabledMember: 'head_of_household',
      evidenceDate: day(-13),
      credential: 'LCPC',
      professionalName: 'Jordan Ellis',
      certifiesLongContinuingOrIndefinite: true,
      certifiesSubstantiallyImpedesIndependentLiving: true,
      benefit: 'SSDI',
      notes: 'Letter on file',
    }),
  }),
  'staff.disability.list': cm({ ids: application, input: (_, s) => ({ applicationId: s.application }) }),
  'staff.determinations.record': cm({
    ids: application,
    input: (_, s) => ({ applicationId: s.application, determinationDate: day(-3), notes: 'Eligible' }),
  }),
  'staff.determinations.list': cm({ ids: application, input: (_, s) => ({ applicationId: s.application }) }),
  'staff.packet.get': cm({ ids: application, input: (_, s) => ({ applicationId: s.application }) }),
  'staff.enrollment.upsert': cm({
    ids: application,
    input: (_, s) => ({
      applicationId: s.application,
      projectStartDate: day(-1),
      newMembers: [
        {
          firstName: 'Kim',
          lastName: 'Member',
          preferredName: 'Kimmy',
          dateOfBirth: addYears(TODAY, -9),
          phone: '207-555-0199',
          relationshipToHead: 'child',
        },
      ],
    }),
    // The demo tenant's file is determined and enrolled, so new members reach the database (side A).
    variants: (w, s) =>
      [
        {
          applicationId: w.enrolledApplication,
          projectStartDate: w.enrolledStart,
          newMembers: [
            {
              firstName: 'Lee',
              lastName: 'Whitfield',
              preferredName: 'Lee',
              dateOfBirth: addYears(TODAY, -12),
              phone: '207-555-0198',
              relationshipToHead: 'child',
            },
          ],
        },
      ].filter(() => s === w.a),
  }),
  'staff.rent.calculate': cm({
    ids: application,
    input: (_, s) => ({
      applicationId: s.application,
      effectiveDate: TODAY,
      incomes: [{ label: 'SSDI', annualCents: 1_200_000 }],
      contractRentMonthlyCents: 90_000,
    }),
    // The demo tenant's file is the one enrolled far enough for rent (side A only).
    variants: (w, s) =>
      [
        {
          applicationId: w.enrolledApplication,
          effectiveDate: TODAY,
          ruleSet: 'HOTMA',
          incomes: [{ label: 'Wages', annualCents: 1_800_000 }],
          householdMembers: [{ relationship: 'head', age: 50, disabled: true, fullTimeStudent: false }],
          elderlyOrDisabledFamily: true,
          unreimbursedHealthMedicalCents: 10_000,
          childCareCents: 0,
          utilityAllowanceMonthlyCents: 6_500,
          contractRentMonthlyCents: 95_000,
        },
      ].filter(() => s === w.a),
  }),
  'staff.rent.save': cm({
    ids: application,
    input: (_, s) => ({
      applicationId: s.application,
      effectiveDate: TODAY,
      incomes: [{ label: 'SSDI', annualCents: 1_200_000 }],
      contractRentMonthlyCents: 90_000,
    }),
    // The demo tenant's file is the one enrolled far enough for rent (side A only).
    variants: (w, s) =>
      [
        {
          applicationId: w.enrolledApplication,
          effectiveDate: TODAY,
          ruleSet: 'HOTMA',
          incomes: [{ label: 'Wages', annualCents: 1_800_000 }],
          householdMembers: [{ relationship: 'head', age: 50, disabled: true, fullTimeStudent: false }],
          elderlyOrDisabledFamily: true,
          unreimbursedHealthMedicalCents: 10_000,
          childCareCents: 0,
          utilityAllowanceMonthlyCents: 6_500,
          contractRentMonthlyCents: 95_000,
        },
      ].filter(() => s === w.a),
  }),
  'staff.rent.defaults': cm({ ids: application, input: (_, s) => ({ applicationId: s.application }) }),
  'staff.rent.list': cm({ ids: application, input: (_, s) => ({ applicationId: s.application }) }),
  'staff.moveIn.record': cm({
    ids: { applicationId: ['application'], unitId: ['unit'] },
    directory: ['unitId'],
    input: (_, s) => ({ applicationId: s.application, unitId: s.unit, housingMoveInDate: TODAY }),
  }),
  'staff.deadlines.list': cm({ input: () => ({ withinDays: 30 }) }),
  'staff.tenancyAlerts.list': cm({}),
  'staff.grievances.list': { as: 'supervisor' },
  'staff.grievances.respond': {
    as: 'supervisor',
    scope: 'program',
    ids: { grievanceId: ['servicesGrievance'] },
    input: (_, s) => ({ grievanceId: s.servicesGrievance, response: 'We met and agreed a plan' }),
  },
  'staff.grievances.appeals': { as: 'admin' },
  'staff.grievances.completeFollowUp': {
    as: 'admin',
    scope: 'program',
    ids: { grievanceId: ['servicesGrievance', 'housingGrievance'] },
    input: (_, s) => ({ grievanceId: s.servicesGrievance }),
  },
  'staff.people.caseManagers': { as: 'supervisor' },
  // The person keeps their case manager (it is the current one): refused, nothing changes.
  'staff.people.reassignCaseManager': {
    as: 'supervisor',
    scope: 'program',
    ids: { personId: ['person'], caseManagerId: ['caseManager'] },
    // The program's case managers are a list to choose from: an unknown one is a 400 on the field.
    directory: ['caseManagerId'],
    input: (_, s) => ({ personId: s.person, caseManagerId: s.caseManager }),
  },
  'staff.grievances.decide': {
    as: 'admin',
    scope: 'program',
    ids: { grievanceId: ['servicesGrievance', 'housingGrievance'] },
    input: (_, s) => ({ grievanceId: s.servicesGrievance, outcome: 'upheld', decision: 'The answer stands' }),
  },

  'tenant.profile.get': tn({}),
  'tenant.goals.get': tn({}),
  'tenant.goals.addNote': tn({
    ids: goal,
    input: (_, s) => ({ goalId: s.goal, body: 'I set the reminder' }),
  }),
  'tenant.goals.propose': tn({ input: () => ({ goal: 'Learn to cook', soThat: 'so that I eat well' }) }),
  'tenant.goals.respond': tn({
    input: (w) => ({
      planVersion: w.planVersion,
      response: 'wants_to_talk',
      comment: 'Can we talk on Tuesday?',
    }),
  }),
  'tenant.rights.acknowledgements': tn({}),
  'tenant.rights.acknowledge': tn({ input: () => ({ topic: 'privacy' }) }),
  'tenant.lease.get': tn({}),
  'tenant.leaseIssues.list': tn({}),
  'tenant.leaseIssues.byId': tn({
    ids: { issueId: ['leaseIssue'] },
    input: (_, s) => ({ issueId: s.leaseIssue }),
  }),
  'tenant.leaseIssues.respond': tn({
    ids: { issueId: ['leaseIssue'] },
    input: (_, s) => ({ issueId: s.leaseIssue, body: 'It was a birthday; it will not happen again' }),
  }),
  'tenant.repairs.list': tn({}),
  'tenant.repairs.contact': tn({}),
  'tenant.repairs.create': tn({
    input: () => ({
      description: 'The tap drips',
      location: 'Kitchen',
      urgency: 'routine',
      canEnterWithoutTenant: false,
      accessNotes: 'Call first',
    }),
  }),
  'tenant.repairs.confirm': tn({
    ids: { repairId: ['repair'] },
    input: (_, s) => ({ repairId: s.repair, isFixed: true, comment: 'Thanks' }),
  }),
  'tenant.grievances.list': tn({}),
  'tenant.grievances.create': tn({
    input: () => ({ about: 'housing', description: 'The hall light is out' }),
  }),
  'tenant.grievances.appeal': tn({
    ids: { grievanceId: ['housingGrievance', 'servicesGrievance'] },
    input: (_, s) => ({ grievanceId: s.housingGrievance, reason: 'The answer missed the point' }),
  }),

  'property.units.list': pm({}),
  'property.units.setContractRent': pm({
    ids: { unitId: ['unit'] },
    input: (_, s) => ({ unitId: s.unit, contractRentCents: 95_000 }),
  }),
  'property.properties.list': pm({}),
  'property.properties.updateSettings': pm({
    ids: { propertyId: ['property'] },
    input: (_, s) => ({
      propertyId: s.property,
      entryNoticeDays: 1,
      emergencyMaintenancePhone: '207-555-0100',
    }),
  }),
  'property.leases.list': pm({}),
  'property.leases.byId': pm({ ids: { leaseId: ['lease'] }, input: (_, s) => ({ leaseId: s.lease }) }),
  'property.leases.addLedgerEntry': pm({
    ids: { leaseId: ['lease'] },
    input: (_, s) => ({
      leaseId: s.lease,
      kind: 'payment',
      entryDate: TODAY,
      amountCents: 100,
      memo: 'Cash',
    }),
  }),
  'property.leaseIssues.list': pm({}),
  'property.leaseIssues.byId': pm({
    ids: { issueId: ['leaseIssue'] },
    input: (_, s) => ({ issueId: s.leaseIssue }),
  }),
  'property.leaseIssues.create': pm({
    ids: { unitId: ['unit'] },
    input: (_, s) => ({
      unitId: s.unit,
      type: 'noise_nuisance',
      occurredOn: day(-1),
      description: 'Music late at night',
    }),
  }),
  'property.leaseIssues.addStep': pm({
    ids: { issueId: ['leaseIssue'] },
    input: (_, s) => ({ issueId: s.leaseIssue, kind: 'tenant_notified', stepDate: TODAY, note: 'Letter' }),
  }),
  'property.repairs.list': pm({}),
  'property.repairs.entries': pm({}),
  'property.repairs.triage': pm({
    ids: { repairId: ['repair'] },
    input: (_, s) => ({ repairId: s.repair, urgency: 'urgent', note: 'Leak' }),
  }),
  'property.repairs.schedule': pm({
    ids: { repairId: ['repair'] },
    input: (_, s) => ({ repairId: s.repair, scheduledFor: day(2), noticeGiven: 'Note under the door' }),
  }),
  'property.repairs.complete': pm({
    ids: { repairId: ['repair'] },
    input: (_, s) => ({ repairId: s.repair, completedOn: TODAY, note: 'Fixed', entryBasis: 'emergency' }),
  }),
  'property.grievances.list': pm({}),
  'property.grievances.respond': pm({
    ids: { grievanceId: ['housingGrievance'] },
    input: (_, s) => ({ grievanceId: s.housingGrievance, response: 'The light is fixed' }),
  }),
};

export function procedurePaths(): string[] {
  return Object.keys(appRouter._def.procedures).sort();
}

/** Whether a procedure is a mutation (the rest are queries). */
export function isMutation(path: string): boolean {
  const proc = (appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)[path];
  return proc?._def.type === 'mutation';
}

/** The input's zod schema (the first `.input()`), if the procedure takes one. */
export function inputSchemaOf(path: string): unknown {
  const proc = (appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[] } }>)[
    path
  ];
  return proc?._def.inputs[0];
}
