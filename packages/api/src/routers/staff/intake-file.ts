import {
  findApplicationInScope,
  findProgramSettings,
  listDisabilityEvidence,
  listLivingSituations,
  listStays,
  type Executor,
} from '@hearth/db';
import {
  assessChronicHomelessness,
  resolvePolicy,
  type ProgramPolicy,
  type TDetermineEligibilityInput,
  type THomelessCategory,
  type TStay,
} from '@hearth/domain';
import { notFound, todayOf, viewerOf, type StaffContext } from './guards';

/**
 * What the intake procedures share: who is asking, the program's policy, the application in
 * scope, and the file of evidence turned into the inputs of the domain rules.
 */

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
