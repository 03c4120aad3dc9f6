import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { caseloadAssignments, users } from '../../schema/identity';
import { households, people } from '../../schema/people';
import { programs, properties, units } from '../../schema/program';
import {
  applications,
  disabilityEvidence,
  eligibilityDeterminations,
  enrollmentMembers,
  enrollments,
  homelessnessStays,
  livingSituations,
  referrals,
  rentDeterminations,
  serviceHubs,
} from '../../schema/services/intake';
import type { Executor } from '../../client';
import { staffScope, type StaffViewer } from './people';

type PersonStatus = (typeof people.status.enumValues)[number];
type RelationshipToHead = (typeof people.relationshipToHead.enumValues)[number];
type HomelessEvidenceType = (typeof livingSituations.evidenceType.enumValues)[number];
type ThirdPartySource = NonNullable<(typeof livingSituations.evidenceSource.enumValues)[number]>;
type StayLocation = (typeof homelessnessStays.location.enumValues)[number];
type DisabilityEvidenceType = (typeof disabilityEvidence.type.enumValues)[number];
type DisabledMember = (typeof disabilityEvidence.disabledMember.enumValues)[number];
type EligibilityStatus = (typeof eligibilityDeterminations.status.enumValues)[number];

function one<T>(rows: T[]): T {
  const [row] = rows;
  if (!row) throw new Error('insert returned no row');
  return row;
}

// ---------------------------------------------------------------------------------------------
// Program policy

/** The program's settings (RULES.md §8 overrides); the caller merges them with resolvePolicy. */
export async function findProgramSettings(db: Executor, params: { programId: string }) {
  const [row] = await db
    .select({ settings: programs.settings })
    .from(programs)
    .where(eq(programs.id, params.programId))
    .limit(1);
  return row?.settings ?? {};
}

// ---------------------------------------------------------------------------------------------
// Service hubs

const hubColumns = {
  id: serviceHubs.id,
  number: serviceHubs.number,
  name: serviceHubs.name,
  area: serviceHubs.area,
  isActive: serviceHubs.isActive,
};

export async function listServiceHubs(
  db: Executor,
  params: { programId: string; includeInactive?: boolean | undefined },
) {
  return db
    .select(hubColumns)
    .from(serviceHubs)
    .where(
      params.includeInactive
        ? eq(serviceHubs.programId, params.programId)
        : and(eq(serviceHubs.programId, params.programId), eq(serviceHubs.isActive, true)),
    )
    .orderBy(asc(serviceHubs.number), asc(serviceHubs.name));
}

export async function findServiceHub(db: Executor, params: { programId: string; serviceHubId: string }) {
  const [row] = await db
    .select(hubColumns)
    .from(serviceHubs)
    .where(and(eq(serviceHubs.id, params.serviceHubId), eq(serviceHubs.programId, params.programId)))
    .limit(1);
  return row ?? null;
}

export async function findServiceHubByName(db: Executor, params: { programId: string; name: string }) {
  const [row] = await db
    .select(hubColumns)
    .from(serviceHubs)
    .where(and(eq(serviceHubs.programId, params.programId), eq(serviceHubs.name, params.name)))
    .limit(1);
  return row ?? null;
}

export async function createServiceHub(
  db: Executor,
  params: { programId: string; number: number; name: string; area?: string | null | undefined },
) {
  return one(
    await db
      .insert(serviceHubs)
      .values({
        programId: params.programId,
        number: params.number,
        name: params.name,
        area: params.area ?? null,
      })
      .returning(hubColumns),
  );
}

export async function updateServiceHub(
  db: Executor,
  params: {
    programId: string;
    serviceHubId: string;
    changes: { number?: number; name?: string; area?: string | null; isActive?: boolean };
  },
) {
  const [row] = await db
    .update(serviceHubs)
    .set({ ...params.changes, updatedAt: sql`now()` })
    .where(and(eq(serviceHubs.id, params.serviceHubId), eq(serviceHubs.programId, params.programId)))
    .returning(hubColumns);
  return row ?? null;
}

// ---------------------------------------------------------------------------------------------
// People and households created by intake

/** A person within the viewer's scope, with what intake needs of them, or null. */
export async function findPersonInScope(
  db: Executor,
  params: { viewer: StaffViewer; today: string; personId: string },
) {
  const [row] = await db
    .select({
      id: people.id,
      householdId: people.householdId,
      status: people.status,
      relationshipToHead: people.relationshipToHead,
    })
    .from(people)
    .where(and(eq(people.id, params.personId), staffScope(params.viewer, params.today)))
    .limit(1);
  return row ?? null;
}

export async function createHouseholdWithHead(
  db: Executor,
  params: {
    programId: string;
    person: {
      firstName: string;
      lastName: string;
      preferredName?: string | undefined;
      dateOfBirth?: string | undefined;
      phone?: string | undefined;
      isVawaProtected?: boolean | undefined;
    };
    status: PersonStatus;
  },
) {
  const household = one(
    await db.insert(households).values({ programId: params.programId }).returning({ id: households.id }),
  );
  const person = one(
    await db
      .insert(people)
      .values({
        programId: params.programId,
        householdId: household.id,
        firstName: params.person.firstName,
        lastName: params.person.lastName,
        preferredName: params.person.preferredName ?? null,
        dateOfBirth: params.person.dateOfBirth ?? null,
        phone: params.person.phone ?? null,
        isVawaProtected: params.person.isVawaProtected ?? false,
        relationshipToHead: 'self',
        status: params.status,
      })
      .returning({ id: people.id }),
  );
  return { householdId: household.id, personId: person.id };
}

export async function addHouseholdMember(
  db: Executor,
  params: {
    programId: string;
    householdId: string;
    status: PersonStatus;
    person: {
      firstName: string;
      lastName: string;
      preferredName?: string | undefined;
      dateOfBirth?: string | undefined;
      phone?: string | undefined;
      isVawaProtected?: boolean | undefined;
      relationshipToHead: RelationshipToHead;
    };
  },
) {
  return one(
    await db
      .insert(people)
      .values({
        programId: params.programId,
        householdId: params.householdId,
        firstName: params.person.firstName,
        lastName: params.person.lastName,
        preferredName: params.person.preferredName ?? null,
        dateOfBirth: params.person.dateOfBirth ?? null,
        phone: params.person.phone ?? null,
        isVawaProtected: params.person.isVawaProtected ?? false,
        relationshipToHead: params.person.relationshipToHead,
        status: params.status,
      })
      .returning({ id: people.id }),
  );
}

export async function assignToCaseload(
  db: Executor,
  params: { caseManagerId: string; personId: string; startDate: string },
) {
  await db.insert(caseloadAssignments).values({
    caseManagerId: params.caseManagerId,
    personId: params.personId,
    startDate: params.startDate,
  });
}

/** Sets the status of every member of a household (intake moves households as a whole). */
export async function setHouseholdStatus(
  db: Executor,
  params: { householdId: string; status: PersonStatus },
) {
  await db
    .update(people)
    .set({ status: params.status, updatedAt: sql`now()` })
    .where(eq(people.householdId, params.householdId));
}

export async function listHouseholdMembers(db: Executor, params: { householdId: string }) {
  return db
    .select({
      id: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      relationshipToHead: people.relationshipToHead,
      dateOfBirth: people.dateOfBirth,
      status: people.status,
    })
    .from(people)
    .where(eq(people.householdId, params.householdId))
    .orderBy(asc(people.createdAt), asc(people.id));
}

// ---------------------------------------------------------------------------------------------
// Referrals

const referralColumns = {
  id: referrals.id,
  personId: referrals.personId,
  serviceHubId: referrals.serviceHubId,
  serviceHubName: serviceHubs.name,
  byNameListRank: referrals.byNameListRank,
  referralDate: referrals.referralDate,
  priorityPopulations: referrals.priorityPopulations,
  caseConferencingNotes: referrals.caseConferencingNotes,
  createdByUserId: referrals.createdByUserId,
  createdAt: referrals.createdAt,
};

export async function insertReferral(
  db: Executor,
  params: {
    programId: string;
    personId: string;
    serviceHubId: string;
    byNameListRank?: number | undefined;
    referralDate: string;
    priorityPopulations: string[];
    caseConferencingNotes?: string | undefined;
    createdByUserId: string;
  },
) {
  return one(
    await db
      .insert(referrals)
      .values({
        programId: params.programId,
        personId: params.personId,
        serviceHubId: params.serviceHubId,
        byNameListRank: params.byNameListRank ?? null,
        referralDate: params.referralDate,
        priorityPopulations: params.priorityPopulations,
        caseConferencingNotes: params.caseConferencingNotes ?? null,
        createdByUserId: params.createdByUserId,
      })
      .returning({ id: referrals.id }),
  );
}

const applicationIdOfReferral = sql<string | null>`(
  select ${applications.id} from ${applications} where ${applications.referralId} = ${referrals.id})`;

/** Referrals of the people in the viewer's scope, newest first. */
export async function listReferrals(
  db: Executor,
  params: {
    viewer: StaffViewer;
    today: string;
    serviceHubId?: string | undefined;
    personId?: string | undefined;
  },
) {
  const conditions = [
    staffScope(params.viewer, params.today),
    eq(referrals.programId, params.viewer.programId),
  ];
  if (params.serviceHubId) conditions.push(eq(referrals.serviceHubId, params.serviceHubId));
  if (params.personId) conditions.push(eq(referrals.personId, params.personId));
  return db
    .select({
      ...referralColumns,
      firstName: people.firstName,
      lastName: people.lastName,
      personStatus: people.status,
      applicationId: applicationIdOfReferral,
    })
    .from(referrals)
    .innerJoin(people, eq(people.id, referrals.personId))
    .innerJoin(serviceHubs, eq(serviceHubs.id, referrals.serviceHubId))
    .where(and(...conditions))
    .orderBy(desc(referrals.referralDate), desc(referrals.createdAt));
}

export async function findReferralInScope(
  db: Executor,
  params: { viewer: StaffViewer; today: string; referralId: string },
) {
  const [row] = await db
    .select({
      ...referralColumns,
      householdId: people.householdId,
      personStatus: people.status,
      applicationId: applicationIdOfReferral,
    })
    .from(referrals)
    .innerJoin(people, eq(people.id, referrals.personId))
    .innerJoin(serviceHubs, eq(serviceHubs.id, referrals.serviceHubId))
    .where(and(eq(referrals.id, params.referralId), staffScope(params.viewer, params.today)))
    .limit(1);
  return row ?? null;
}

// ---------------------------------------------------------------------------------------------
// Applications

export async function insertApplication(
  db: Executor,
  params: {
    programId: string;
    referralId: string;
    personId: string;
    householdId: string;
    applicationDate: string;
    requiresChronicHomelessness: boolean;
    openedByUserId: string;
  },
) {
  return one(await db.insert(applications).values(params).returning({ id: applications.id }));
}

/** An application whose person is in the viewer's scope, or null ("not found"). */
export async function findApplicationInScope(
  db: Executor,
  params: { viewer: StaffViewer; today: string; applicationId: string },
) {
  const [row] = await db
    .select({
      id: applications.id,
      programId: applications.programId,
      referralId: applications.referralId,
      personId: applications.personId,
      householdId: applications.householdId,
      applicationDate: applications.applicationDate,
      requiresChronicHomelessness: applications.requiresChronicHomelessness,
      firstName: people.firstName,
      lastName: people.lastName,
      personStatus: people.status,
      referralDate: referrals.referralDate,
      serviceHubName: serviceHubs.name,
      byNameListRank: referrals.byNameListRank,
      priorityPopulations: referrals.priorityPopulations,
    })
    .from(applications)
    .innerJoin(people, eq(people.id, applications.personId))
    .innerJoin(referrals, eq(referrals.id, applications.referralId))
    .innerJoin(serviceHubs, eq(serviceHubs.id, referrals.serviceHubId))
    .where(and(eq(applications.id, params.applicationId), staffScope(params.viewer, params.today)))
    .limit(1);
  return row ?? null;
}

// ---------------------------------------------------------------------------------------------
// Living situations

const situationColumns = {
  id: livingSituations.id,
  livingSituation: livingSituations.livingSituation,
  facts: livingSituations.facts,
  rvCamper: livingSituations.rvCamper,
  categories: livingSituations.categories,
  acceptedByProgram: livingSituations.acceptedByProgram,
  reasons: livingSituations.reasons,
  evidenceType: livingSituations.evidenceType,
  evidenceSource: livingSituations.evidenceSource,
  evidenceDate: livingSituations.evidenceDate,
  dueDiligenceDocumented: livingSituations.dueDiligenceDocumented,
  notes: livingSituations.notes,
  recordedByUserId: livingSituations.recordedByUserId,
  recordedAt: livingSituations.recordedAt,
};

export async function insertLivingSituation(
  db: Executor,
  params: {
    applicationId: string;
    livingSituation: string;
    facts: Record<string, unknown>;
    rvCamper: Record<string, unknown> | null;
    categories: number[];
    acceptedByProgram: boolean;
    reasons: string[];
    evidenceType: HomelessEvidenceType;
    evidenceSource: ThirdPartySource | null;
    evidenceDate: string;
    dueDiligenceDocumented: boolean;
    notes: string | null;
    recordedByUserId: string;
    recordedAt: Date;
  },
) {
  return one(await db.insert(livingSituations).values(params).returning(situationColumns));
}

/** Living situations of an application, the latest first. */
export async function listLivingSituations(db: Executor, params: { applicationId: string }) {
  return db
    .select(situationColumns)
    .from(livingSituations)
    .where(eq(livingSituations.applicationId, params.applicationId))
    .orderBy(desc(livingSituations.recordedAt), desc(livingSituations.createdAt));
}

// ---------------------------------------------------------------------------------------------
// Stays

const stayColumns = {
  id: homelessnessStays.id,
  applicationId: homelessnessStays.applicationId,
  startDate: homelessnessStays.startDate,
  endDate: homelessnessStays.endDate,
  location: homelessnessStays.location,
  locationDescription: homelessnessStays.locationDescription,
  documentation: homelessnessStays.documentation,
  source: homelessnessStays.source,
  notes: homelessnessStays.notes,
};

export async function insertStay(
  db: Executor,
  params: {
    applicationId: string;
    startDate: string;
    endDate: string;
    location: StayLocation;
    locationDescription: string | null;
    documentation: HomelessEvidenceType | null;
    source: ThirdPartySource | null;
    notes: string | null;
    recordedByUserId: string;
  },
) {
  return one(await db.insert(homelessnessStays).values(params).returning(stayColumns));
}

export async function listStays(db: Executor, params: { applicationId: string }) {
  return db
    .select(stayColumns)
    .from(homelessnessStays)
    .where(eq(homelessnessStays.applicationId, params.applicationId))
    .orderBy(asc(homelessnessStays.startDate));
}

/** Serializes writes to one application's stays, so two overlapping adds cannot both pass. */
export async function lockApplication(db: Executor, params: { applicationId: string }) {
  await db.execute(
    sql`select 1 from ${applications} where ${applications.id} = ${params.applicationId} for update`,
  );
}

export async function findStay(db: Executor, params: { stayId: string }) {
  const [row] = await db
    .select(stayColumns)
    .from(homelessnessStays)
    .where(eq(homelessnessStays.id, params.stayId))
    .limit(1);
  return row ?? null;
}

export async function deleteStay(db: Executor, params: { stayId: string }) {
  await db.delete(homelessnessStays).where(eq(homelessnessStays.id, params.stayId));
}

// ---------------------------------------------------------------------------------------------
// Disability evidence

const disabilityColumns = {
  id: disabilityEvidence.id,
  type: disabilityEvidence.type,
  disabledMember: disabilityEvidence.disabledMember,
  evidenceDate: disabilityEvidence.evidenceDate,
  credential: disabilityEvidence.credential,
  professionalName: disabilityEvidence.professionalName,
  licensedByStateToDiagnoseAndTreat: disabilityEvidence.licensedByStateToDiagnoseAndTreat,
  certifiesLongContinuingOrIndefinite: disabilityEvidence.certifiesLongContinuingOrIndefinite,
  certifiesSubstantiallyImpedesIndependentLiving:
    disabilityEvidence.certifiesSubstantiallyImpedesIndependentLiving,
  benefit: disabilityEvidence.benefit,
  isAcceptable: disabilityEvidence.isAcceptable,
  isProvisional: disabilityEvidence.isProvisional,
  reasons: disabilityEvidence.reasons,
  notes: disabilityEvidence.notes,
  recordedByUserId: disabilityEvidence.recordedByUserId,
  createdAt: disabilityEvidence.createdAt,
};

export async function insertDisabilityEvidence(
  db: Executor,
  params: {
    applicationId: string;
    type: DisabilityEvidenceType;
    disabledMember: DisabledMember;
    evidenceDate: string;
    credential: string | null;
    professionalName: string | null;
    licensedByStateToDiagnoseAndTreat: boolean | null;
    certifiesLongContinuingOrIndefinite: boolean | null;
    certifiesSubstantiallyImpedesIndependentLiving: boolean | null;
    benefit: string | null;
    isAcceptable: boolean;
    isProvisional: boolean;
    reasons: string[];
    notes: string | null;
    recordedByUserId: string;
  },
) {
  return one(await db.insert(disabilityEvidence).values(params).returning(disabilityColumns));
}

export async function listDisabilityEvidence(db: Executor, params: { applicationId: string }) {
  return db
    .select(disabilityColumns)
    .from(disabilityEvidence)
    .where(eq(disabilityEvidence.applicationId, params.applicationId))
    .orderBy(asc(disabilityEvidence.evidenceDate), asc(disabilityEvidence.createdAt));
}

// ---------------------------------------------------------------------------------------------
// Determinations: insert and read only. There is deliberately no update function.

const determinationColumns = {
  id: eligibilityDeterminations.id,
  applicationId: eligibilityDeterminations.applicationId,
  supersedesId: eligibilityDeterminations.supersedesId,
  determinationDate: eligibilityDeterminations.determinationDate,
  status: eligibilityDeterminations.status,
  homelessCategories: eligibilityDeterminations.homelessCategories,
  disabilityVerificationDeadline: eligibilityDeterminations.disabilityVerificationDeadline,
  reasons: eligibilityDeterminations.reasons,
  policy: eligibilityDeterminations.policy,
  basis: eligibilityDeterminations.basis,
  notes: eligibilityDeterminations.notes,
  determinedByUserId: eligibilityDeterminations.determinedByUserId,
  determinedByName: sql<string>`(select ${users.displayName} from ${users} where ${users.id} = ${eligibilityDeterminations.determinedByUserId})`,
  determinedAt: eligibilityDeterminations.determinedAt,
};

// Written with the table name rather than the column: in a single-table select drizzle prints
// selected columns unqualified, which inside this subquery would mean `later.id`.
const isSuperseded = sql<boolean>`exists (
  select 1 from ${eligibilityDeterminations} as later
  where later.supersedes_id = ${eligibilityDeterminations}."id")`;

/** The determination in force: the one no other supersedes. */
export async function findCurrentDetermination(db: Executor, params: { applicationId: string }) {
  const [row] = await db
    .select(determinationColumns)
    .from(eligibilityDeterminations)
    .where(and(eq(eligibilityDeterminations.applicationId, params.applicationId), sql`not ${isSuperseded}`))
    .limit(1);
  return row ?? null;
}

/** Every determination of an application, the newest first, each marked superseded or not. */
export async function listDeterminations(db: Executor, params: { applicationId: string }) {
  return db
    .select({ ...determinationColumns, isSuperseded })
    .from(eligibilityDeterminations)
    .where(eq(eligibilityDeterminations.applicationId, params.applicationId))
    .orderBy(desc(eligibilityDeterminations.createdAt));
}

export async function insertDetermination(
  db: Executor,
  params: {
    applicationId: string;
    supersedesId: string | null;
    determinationDate: string;
    status: EligibilityStatus;
    homelessCategories: number[];
    disabilityVerificationDeadline: string | null;
    reasons: string[];
    policy: Record<string, unknown>;
    basis: Record<string, unknown>;
    notes: string | null;
    determinedByUserId: string;
    determinedAt: Date;
  },
) {
  return one(await db.insert(eligibilityDeterminations).values(params).returning(determinationColumns));
}

// ---------------------------------------------------------------------------------------------
// Enrollment

const enrollmentColumns = {
  id: enrollments.id,
  applicationId: enrollments.applicationId,
  householdId: enrollments.householdId,
  headPersonId: enrollments.headPersonId,
  projectStartDate: enrollments.projectStartDate,
  housingMoveInDate: enrollments.housingMoveInDate,
  unitId: enrollments.unitId,
  projectExitDate: enrollments.projectExitDate,
};

export async function findEnrollment(db: Executor, params: { applicationId: string }) {
  const [row] = await db
    .select(enrollmentColumns)
    .from(enrollments)
    .where(eq(enrollments.applicationId, params.applicationId))
    .limit(1);
  return row ?? null;
}

export async function insertEnrollment(
  db: Executor,
  params: { applicationId: string; householdId: string; headPersonId: string; projectStartDate: string },
) {
  return one(await db.insert(enrollments).values(params).returning(enrollmentColumns));
}

export async function updateEnrollmentStart(
  db: Executor,
  params: { enrollmentId: string; projectStartDate: string },
) {
  return one(
    await db
      .update(enrollments)
      .set({ projectStartDate: params.projectStartDate, updatedAt: sql`now()` })
      .where(eq(enrollments.id, params.enrollmentId))
      .returning(enrollmentColumns),
  );
}

export async function addEnrollmentMembers(
  db: Executor,
  params: { enrollmentId: string; personIds: string[] },
) {
  if (params.personIds.length === 0) return;
  await db
    .insert(enrollmentMembers)
    .values(params.personIds.map((personId) => ({ enrollmentId: params.enrollmentId, personId })))
    .onConflictDoNothing();
}

export async function listEnrollmentMembers(db: Executor, params: { enrollmentId: string }) {
  return db
    .select({
      personId: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      relationshipToHead: people.relationshipToHead,
      dateOfBirth: people.dateOfBirth,
      status: people.status,
    })
    .from(enrollmentMembers)
    .innerJoin(people, eq(people.id, enrollmentMembers.personId))
    .where(eq(enrollmentMembers.enrollmentId, params.enrollmentId))
    .orderBy(asc(people.createdAt), asc(people.id));
}

// ---------------------------------------------------------------------------------------------
// Rent

const rentColumns = {
  id: rentDeterminations.id,
  enrollmentId: rentDeterminations.enrollmentId,
  effectiveDate: rentDeterminations.effectiveDate,
  annualIncomeCents: rentDeterminations.annualIncomeCents,
  ttpCents: rentDeterminations.ttpCents,
  tenantRentCents: rentDeterminations.tenantRentCents,
  utilityReimbursementCents: rentDeterminations.utilityReimbursementCents,
  rentalAssistanceToOwnerCents: rentDeterminations.rentalAssistanceToOwnerCents,
  contractRentCents: rentDeterminations.contractRentCents,
  input: rentDeterminations.input,
  calculation: rentDeterminations.calculation,
  arithmetic: rentDeterminations.arithmetic,
  nextRecertificationDue: rentDeterminations.nextRecertificationDue,
  recordedByUserId: rentDeterminations.recordedByUserId,
  createdAt: rentDeterminations.createdAt,
};

export async function insertRentDetermination(
  db: Executor,
  params: {
    enrollmentId: string;
    effectiveDate: string;
    annualIncomeCents: number;
    ttpCents: number;
    tenantRentCents: number;
    utilityReimbursementCents: number;
    rentalAssistanceToOwnerCents: number;
    contractRentCents: number;
    input: Record<string, unknown>;
    calculation: Record<string, unknown>;
    arithmetic: string[];
    nextRecertificationDue: string;
    recordedByUserId: string;
  },
) {
  return one(await db.insert(rentDeterminations).values(params).returning(rentColumns));
}

export async function listRentDeterminations(db: Executor, params: { enrollmentId: string }) {
  return db
    .select(rentColumns)
    .from(rentDeterminations)
    .where(eq(rentDeterminations.enrollmentId, params.enrollmentId))
    .orderBy(desc(rentDeterminations.effectiveDate), desc(rentDeterminations.createdAt));
}

// ---------------------------------------------------------------------------------------------
// Move-in

/** A unit of the program and the household living there now, if any. */
export async function findUnitInProgram(db: Executor, params: { programId: string; unitId: string }) {
  const [row] = await db
    .select({
      id: units.id,
      label: units.label,
      propertyName: properties.name,
      occupiedByHouseholdId: sql<string | null>`(
        select ${households.id} from ${households} where ${households.unitId} = ${units.id} limit 1)`,
    })
    .from(units)
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .where(and(eq(units.id, params.unitId), eq(properties.programId, params.programId)))
    .limit(1);
  return row ?? null;
}

export async function recordMoveIn(
  db: Executor,
  params: { enrollmentId: string; householdId: string; unitId: string; housingMoveInDate: string },
) {
  await db
    .update(households)
    .set({ unitId: params.unitId, updatedAt: sql`now()` })
    .where(eq(households.id, params.householdId));
  await db
    .update(people)
    .set({ status: 'tenant', updatedAt: sql`now()` })
    .where(and(eq(people.householdId, params.householdId), ne(people.status, 'exited')));
  return one(
    await db
      .update(enrollments)
      .set({ unitId: params.unitId, housingMoveInDate: params.housingMoveInDate, updatedAt: sql`now()` })
      // Never overwrite a recorded move-in date (HMIS 3.20).
      .where(and(eq(enrollments.id, params.enrollmentId), isNull(enrollments.housingMoveInDate)))
      .returning(enrollmentColumns),
  );
}

// ---------------------------------------------------------------------------------------------
// Deadlines: one row per application in scope, with what the deadline rules need

export async function listIntakeCaseload(db: Executor, params: { viewer: StaffViewer; today: string }) {
  const current = sql`not exists (select 1 from ${eligibilityDeterminations} as later where later.supersedes_id = d.id)`;
  return db
    .select({
      applicationId: applications.id,
      personId: people.id,
      firstName: people.firstName,
      lastName: people.lastName,
      applicationDate: applications.applicationDate,
      determinationDate: sql<string | null>`(
        select d.determination_date::text from ${eligibilityDeterminations} as d
        where d.application_id = ${applications.id} and ${current} limit 1)`,
      disabilityVerificationDeadline: sql<string | null>`(
        select d.disability_verification_deadline::text from ${eligibilityDeterminations} as d
        where d.application_id = ${applications.id} and ${current} limit 1)`,
      determinationStatus: sql<EligibilityStatus | null>`(
        select d.status::text from ${eligibilityDeterminations} as d
        where d.application_id = ${applications.id} and ${current} limit 1)`,
      hasConfirmingDisabilityEvidence: sql<boolean>`exists (
        select 1 from ${disabilityEvidence} where ${disabilityEvidence.applicationId} = ${applications.id}
        and ${disabilityEvidence.isAcceptable} and not ${disabilityEvidence.isProvisional})`,
      hasObservation: sql<boolean>`exists (
        select 1 from ${disabilityEvidence} where ${disabilityEvidence.applicationId} = ${applications.id}
        and ${disabilityEvidence.type} = 'intake_staff_observation')`,
      latestHomelessEvidenceDate: sql<string | null>`(
        select max(${livingSituations.evidenceDate})::text from ${livingSituations}
        where ${livingSituations.applicationId} = ${applications.id}
        and (${livingSituations.evidenceType} <> 'self_certification' or ${livingSituations.dueDiligenceDocumented}))`,
      projectStartDate: enrollments.projectStartDate,
      projectExitDate: enrollments.projectExitDate,
      nextRecertificationDue: sql<string | null>`(
        select ${rentDeterminations.nextRecertificationDue}::text from ${rentDeterminations}
        where ${rentDeterminations.enrollmentId} = ${enrollments.id}
        order by ${rentDeterminations.effectiveDate} desc, ${rentDeterminations.createdAt} desc limit 1)`,
    })
    .from(applications)
    .innerJoin(people, eq(people.id, applications.personId))
    .leftJoin(enrollments, eq(enrollments.applicationId, applications.id))
    .where(and(eq(applications.programId, params.viewer.programId), staffScope(params.viewer, params.today)))
    .orderBy(asc(people.lastName), asc(people.firstName));
}

/** The ids of the given people that are in one household (used to check members belong). */
export async function peopleInHousehold(db: Executor, params: { householdId: string; personIds: string[] }) {
  if (params.personIds.length === 0) return [];
  const rows = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.householdId, params.householdId), inArray(people.id, params.personIds)));
  return rows.map((r) => r.id);
}

/** Puts a new household member on the same caseload(s) as the head of household. */
export async function copyCaseloadAssignments(
  db: Executor,
  params: { fromPersonId: string; toPersonId: string; today: string },
) {
  await db.execute(sql`
    insert into ${caseloadAssignments} (case_manager_id, person_id, start_date)
    select ${caseloadAssignments.caseManagerId}, ${params.toPersonId}, ${params.today}::date
    from ${caseloadAssignments}
    where ${caseloadAssignments.personId} = ${params.fromPersonId}
      and (${caseloadAssignments.endDate} is null or ${caseloadAssignments.endDate} >= ${params.today}::date)`);
}
