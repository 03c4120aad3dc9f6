import { desc, eq } from 'drizzle-orm';
import {
  conflict,
  elderlyOrDisabledFamilyOfFile,
  found,
  notBefore,
  parseInput,
  rentWorksheet,
  ZRentInput,
  type TRentDefaultsInput,
  type TRentInput,
} from '@hearth/domain';
import { households } from '../../schema/people';
import { properties, units } from '../../schema/program';
import { rentDeterminations } from '../../schema/services/intake';
import type { Executor } from '../../client';
import { recordAudit } from '../core/audit';
import { findApplicationInScope, type ApplicationInScope } from './application-scope';
import { listDisabilityEvidence } from './disability';
import { findEnrollment } from './enrollment';
import { listHouseholdMembers } from './households';
import { syncLeaseTenantRent } from './lease-rent';
import type { StaffRequest } from './people';
import { findProgramPolicy } from './program';
import { one } from './rows';

/** Rent determinations: the tenant's portion, with its arithmetic; recertified a year on. */

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

/** The worksheet of an entered rent: the household from the record unless the entry lists it. */
async function worksheetFor(db: Executor, application: ApplicationInScope, input: TRentInput) {
  const entry = parseInput(ZRentInput, input);
  const [policy, members] = await Promise.all([
    findProgramPolicy(db, { programId: application.programId }),
    entry.householdMembers ? [] : listHouseholdMembers(db, { householdId: application.householdId }),
  ]);
  return rentWorksheet(entry, members, policy);
}

async function applicationOf(db: Executor, request: StaffRequest, applicationId: string) {
  return found(
    await findApplicationInScope(db, { viewer: request.viewer, today: request.today, applicationId }),
    'application',
  );
}

/** staff.rent.calculate: a preview, the calculation with its arithmetic; nothing saved. */
export async function previewRent(db: Executor, params: StaffRequest & { input: TRentInput }) {
  return db.transaction(async (tx) => {
    const application = await applicationOf(tx, params, params.input.applicationId);
    // A preview reads the household's members and ages: audited like any read of the file.
    await recordAudit(tx, params.actor, {
      action: 'rent.calculate',
      entityType: 'application',
      entityId: application.id,
    });
    return worksheetFor(tx, application, params.input);
  });
}

/**
 * staff.rent.save: saves a rent determination with its effective date and arithmetic; the lease
 * then shows the tenant's portion (the amount only flows to property, nothing else).
 */
export async function saveRentDetermination(db: Executor, params: StaffRequest & { input: TRentInput }) {
  const { input, actor } = params;
  return db.transaction(async (tx) => {
    const application = await applicationOf(tx, params, input.applicationId);
    const enrollment = await findEnrollment(tx, { applicationId: application.id });
    if (!enrollment) conflict('Enroll the household before saving a rent determination.');
    notBefore('effectiveDate', input.effectiveDate, enrollment.projectStartDate, 'the project start date');
    const rent = await worksheetFor(tx, application, input);
    const { applicationId: _applicationId, ...entered } = input;
    const saved = await insertRentDetermination(tx, {
      enrollmentId: enrollment.id,
      effectiveDate: rent.effectiveDate,
      annualIncomeCents: rent.annualIncomeCents,
      ttpCents: rent.calculation.ttpCents,
      tenantRentCents: rent.calculation.tenantRentCents,
      utilityReimbursementCents: rent.calculation.utilityReimbursementCents,
      rentalAssistanceToOwnerCents: rent.calculation.rentalAssistanceToOwnerCents,
      contractRentCents: input.contractRentMonthlyCents,
      input: { ...entered },
      calculation: { ...rent.calculation },
      arithmetic: rent.arithmetic,
      nextRecertificationDue: rent.nextRecertificationDue,
      recordedByUserId: params.viewer.userId,
    });
    await recordAudit(tx, actor, {
      action: 'rent_determination.save',
      entityType: 'application',
      entityId: application.id,
      detail: { rentDeterminationId: saved.id, effectiveDate: saved.effectiveDate },
    });
    await syncLeaseTenantRent(tx, { householdId: enrollment.householdId, actor });
    return saved;
  });
}

/**
 * staff.rent.defaults: what the rent form starts from. The contract rent is the unit's, when the
 * household lives in one (e.g. at a recertification); before move-in there is none to offer.
 */
/** The contract rent of the household's unit, when it has one (unit and property for the label). */
async function findHouseholdUnitRent(db: Executor, householdId: string) {
  const [row] = await db
    .select({
      unitLabel: units.label,
      propertyName: properties.name,
      contractRentMonthlyCents: units.contractRentCents,
    })
    .from(households)
    .innerJoin(units, eq(units.id, households.unitId))
    .innerJoin(properties, eq(properties.id, units.propertyId))
    .where(eq(households.id, householdId))
    .limit(1);
  return row ?? { unitLabel: null, propertyName: null, contractRentMonthlyCents: null };
}

/** staff.rent.list: the household's rent determinations, newest first; the read is audited. */
export async function readRentDeterminations(db: Executor, params: StaffRequest & { applicationId: string }) {
  return db.transaction(async (tx) => {
    const application = await applicationOf(tx, params, params.applicationId);
    const enrollment = await findEnrollment(tx, { applicationId: application.id });
    const rows = enrollment ? await listRentDeterminations(tx, { enrollmentId: enrollment.id }) : [];
    await recordAudit(tx, params.actor, {
      action: 'rent_determination.read',
      entityType: 'application',
      entityId: application.id,
    });
    return rows;
  });
}

/**
 * staff.rent.defaults: what the rent form starts from — whether the household is an elderly or
 * disabled family on the record (the staff can still change it), the contract rent of the
 * household's unit when it has one, and the program's TTP rounding.
 * It reads the disability evidence, so the read is audited.
 */
export async function readRentDefaults(db: Executor, params: StaffRequest & { input: TRentDefaultsInput }) {
  return db.transaction(async (tx) => {
    const application = await applicationOf(tx, params, params.input.applicationId);
    const [policy, members, disability, unit] = await Promise.all([
      findProgramPolicy(tx, { programId: application.programId }),
      listHouseholdMembers(tx, { householdId: application.householdId }),
      listDisabilityEvidence(tx, { applicationId: application.id }),
      findHouseholdUnitRent(tx, application.householdId),
    ]);
    const family = elderlyOrDisabledFamilyOfFile({
      members,
      disability,
      effectiveDate: params.input.effectiveDate ?? params.today,
    });
    await recordAudit(tx, params.actor, {
      action: 'rent_defaults.read',
      entityType: 'application',
      entityId: application.id,
    });
    return { ...family, ...unit, ttpRounding: policy.ttpRounding };
  });
}
