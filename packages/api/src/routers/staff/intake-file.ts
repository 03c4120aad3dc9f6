import { TRPCError } from '@trpc/server';
import {
  findApplicationInScope,
  findProgramSettings,
  listDisabilityEvidence,
  listLivingSituations,
  listStays,
  type Executor,
  type StaffViewer,
} from '@hearth/db';
import {
  assessChronicHomelessness,
  compareDates,
  DomainError,
  resolvePolicy,
  type ProgramPolicy,
  type TDetermineEligibilityInput,
  type THomelessCategory,
  type TStay,
} from '@hearth/domain';
import type { Context, SessionUser } from '../../context';
import { isoToday } from '../../dates';
import type { TStaffRole } from '@hearth/domain/identity';

/**
 * What the intake procedures share: who is asking, the program's policy, the application in
 * scope, and the file of evidence turned into the inputs of the domain rules.
 */

type StaffContext = Context & { user: SessionUser & { role: TStaffRole } };

export function viewerOf(ctx: StaffContext): StaffViewer {
  return { userId: ctx.user.id, role: ctx.user.role, programId: ctx.user.programId };
}

export function todayOf(ctx: Context): string {
  return isoToday(ctx.now());
}

/** Bad input names its field; the domain error maps to BAD_REQUEST. */
export function badInput(field: string, message: string): never {
  throw new DomainError('INVALID_INPUT', `${field}: ${message}`, { field });
}

export function notInFuture(field: string, date: string | null | undefined, today: string) {
  if (date && compareDates(date, today) > 0) {
    badInput(field, `${date} is in the future (today is ${today})`);
  }
}

export function notBefore(field: string, date: string, earliest: string, what: string) {
  if (compareDates(date, earliest) < 0) badInput(field, `${date} is before ${what} (${earliest})`);
}

export function notFound(what: string): never {
  throw new TRPCError({ code: 'NOT_FOUND', message: `No such ${what}.` });
}

export function conflict(message: string): never {
  throw new TRPCError({ code: 'CONFLICT', message });
}

export async function programPolicy(db: Executor, programId: string): Promise<ProgramPolicy> {
  const settings = await findProgramSettings(db, { programId });
  const known = Object.fromEntries(
    Object.entries(settings).filter(([key]) => key in resolvePolicy()),
  ) as Partial<ProgramPolicy>;
  return resolvePolicy(known);
}

/** The application, if its person is in the viewer's scope; otherwise NOT_FOUND. */
export async function requireApplication(db: Executor, ctx: StaffContext, applicationId: string) {
  const application = await findApplicationInScope(db, {
    viewer: viewerOf(ctx),
    today: todayOf(ctx),
    applicationId,
  });
  if (!application) notFound('application');
  return application;
}

export type Application = Awaited<ReturnType<typeof requireApplication>>;

/** Everything recorded for an application's eligibility, loaded together. */
export async function loadFile(db: Executor, applicationId: string) {
  const [situations, stays, disability] = await Promise.all([
    listLivingSituations(db, { applicationId }),
    listStays(db, { applicationId }),
    listDisabilityEvidence(db, { applicationId }),
  ]);
  return { situations, stays, disability, latestSituation: situations[0] ?? null };
}

export type IntakeFile = Awaited<ReturnType<typeof loadFile>>;

/** Homeless evidence usable for literal homelessness: self-certification needs due diligence. */
export function usableHomelessEvidenceDates(file: IntakeFile): string[] {
  return file.situations
    .filter((s) => s.evidenceType !== 'self_certification' || s.dueDiligenceDocumented)
    .map((s) => s.evidenceDate);
}

/**
 * Disability evidence given to the rules: records acceptable on their own terms, and every intake
 * observation and self-report (the rules decide pending, overdue, and that self-report never counts).
 * A professional verification lacking its certifications is left out.
 */
export function countedDisabilityEvidence(file: IntakeFile) {
  return file.disability.filter(
    (d) => d.isAcceptable || d.type === 'intake_staff_observation' || d.type === 'self_report',
  );
}

export function eligibilityInput(
  application: Application,
  file: IntakeFile,
  asOfDate: string,
): TDetermineEligibilityInput {
  const counted = countedDisabilityEvidence(file);
  const qualifying = counted.find((d) => d.type !== 'self_report');
  return {
    applicationDate: application.applicationDate,
    asOfDate,
    homelessCategories: (file.latestSituation?.categories ?? []) as THomelessCategory[],
    disability: {
      qualifying: qualifying ? true : null,
      disabledMember: qualifying?.disabledMember ?? null,
      evidence: counted.map((d) => ({ type: d.type, date: d.evidenceDate })),
    },
  };
}

export function chronicAssessment(file: IntakeFile, asOfDate: string) {
  const stays: TStay[] = file.stays.map((s) => ({
    start: s.startDate,
    end: s.endDate,
    location: s.location,
    documentation: s.documentation,
  }));
  return assessChronicHomelessness({
    asOfDate,
    hasQualifyingDisability: countedDisabilityEvidence(file).some((d) => d.type !== 'self_report'),
    stays,
  });
}
