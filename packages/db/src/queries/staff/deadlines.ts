import { and, asc, eq, sql } from 'drizzle-orm';
import { assessmentDue, caseloadDeadlines, type TDeadlinesListInput } from '@hearth/domain';
import { people } from '../../schema/people';
import { assessments } from '../../schema/services/care';
import {
  applications,
  disabilityEvidence,
  eligibilityDeterminations,
  enrollments,
  livingSituations,
  rentDeterminations,
} from '../../schema/services/intake';
import type { Executor } from '../../client';
import { staffScope, type StaffRequest, type StaffViewer } from './people';
import { findProgramPolicy } from './program';
import { recordListRead } from '../core/audit';

/** Deadlines: one row per application in scope, with the facts the deadline rules weigh. */

type EligibilityStatus = (typeof eligibilityDeterminations.status.enumValues)[number];
type DisabilityEvidenceType = (typeof disabilityEvidence.type.enumValues)[number];
type HomelessEvidenceType = (typeof livingSituations.evidenceType.enumValues)[number];

const current = sql`not exists (select 1 from ${eligibilityDeterminations} as later where later.supersedes_id = d.id)`;

export async function listIntakeCaseload(db: Executor, params: { viewer: StaffViewer; today: string }) {
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
      disabilityEvidence: sql<
        { type: DisabilityEvidenceType; isAcceptable: boolean; isProvisional: boolean }[]
      >`coalesce((
        select json_agg(json_build_object('type', ${disabilityEvidence.type},
          'isAcceptable', ${disabilityEvidence.isAcceptable}, 'isProvisional', ${disabilityEvidence.isProvisional}))
        from ${disabilityEvidence} where ${disabilityEvidence.applicationId} = ${applications.id}), '[]'::json)`,
      homelessEvidence: sql<
        { evidenceType: HomelessEvidenceType; evidenceDate: string; dueDiligenceDocumented: boolean }[]
      >`coalesce((
        select json_agg(json_build_object('evidenceType', ${livingSituations.evidenceType},
          'evidenceDate', ${livingSituations.evidenceDate}::text,
          'dueDiligenceDocumented', ${livingSituations.dueDiligenceDocumented}))
        from ${livingSituations} where ${livingSituations.applicationId} = ${applications.id}), '[]'::json)`,
      completedAssessments: sql<string[]>`coalesce((
        select json_agg(${assessments.completedOn}::text) from ${assessments}
        where ${assessments.personId} = ${people.id} and ${assessments.status} = 'completed'
        and ${assessments.completedOn} is not null), '[]'::json)`,
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

/**
 * staff.deadlines.list: the caseload's deadlines, overdue first, then by due date: disability
 * confirmations, homelessness evidence going stale, annual assessments and recertifications.
 */
export async function listCaseloadDeadlines(
  db: Executor,
  params: StaffRequest & { input: TDeadlinesListInput },
) {
  const { viewer, today } = params;
  const [policy, rows] = await Promise.all([
    findProgramPolicy(db, { programId: viewer.programId }),
    listIntakeCaseload(db, { viewer, today }),
  ]);
  await recordListRead(db, params.actor, { action: 'deadline.list', personIds: rows.map((r) => r.personId) });
  const caseload = rows.map((row) => ({
    ...row,
    personName: `${row.firstName} ${row.lastName}`,
    annualAssessment: assessmentDue({
      projectStartDate: row.projectStartDate,
      completedOn: row.completedAssessments,
      today,
    }),
  }));
  return caseloadDeadlines({ caseload, today, withinDays: params.input?.withinDays }, policy);
}
