import { and, asc, eq, sql } from 'drizzle-orm';
import {
  caseloadDeadlines,
  DEADLINES_PAGE_SIZE,
  deadlinesPage,
  found,
  type OpenGrievance,
  type TDeadlinesListInput,
} from '@hearth/domain';
import { grievances } from '../../schema/grievances';
import { people } from '../../schema/people';
import { rightsAcknowledgements } from '../../schema/tenancy';
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
import { recordAudit } from '../core/audit';
import { findApplicationInScope } from './application-scope';
import { staffScope, type StaffRequest, type StaffViewer } from './people';
import { findProgramPolicy } from './program';

/** Deadlines: one row per application in scope, with the facts the deadline rules weigh. */

type EligibilityStatus = (typeof eligibilityDeterminations.status.enumValues)[number];
type DisabilityEvidenceType = (typeof disabilityEvidence.type.enumValues)[number];
type HomelessEvidenceType = (typeof livingSituations.evidenceType.enumValues)[number];

const current = sql`not exists (select 1 from ${eligibilityDeterminations} as later where later.supersedes_id = d.id)`;

export async function listIntakeCaseload(
  db: Executor,
  params: { viewer: StaffViewer; today: string; applicationId?: string | undefined },
) {
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
      rightsAcknowledged: sql<string[]>`coalesce((
        select json_agg(distinct ${rightsAcknowledgements.topic}) from ${rightsAcknowledgements}
        where ${rightsAcknowledgements.personId} = ${people.id}), '[]'::json)`,
      projectStartDate: enrollments.projectStartDate,
      projectExitDate: enrollments.projectExitDate,
      housingMoveInDate: enrollments.housingMoveInDate,
      nextRecertificationDue: sql<string | null>`(
        select ${rentDeterminations.nextRecertificationDue}::text from ${rentDeterminations}
        where ${rentDeterminations.enrollmentId} = ${enrollments.id}
        order by ${rentDeterminations.effectiveDate} desc, ${rentDeterminations.createdAt} desc limit 1)`,
    })
    .from(applications)
    .innerJoin(people, eq(people.id, applications.personId))
    .leftJoin(enrollments, eq(enrollments.applicationId, applications.id))
    .where(
      and(
        eq(applications.programId, params.viewer.programId),
        staffScope(params.viewer, params.today),
        params.applicationId ? eq(applications.id, params.applicationId) : undefined,
      ),
    )
    .orderBy(asc(people.lastName), asc(people.firstName));
}

/**
 * The services grievances awaiting the viewer's answer: supervisors and program admins answer them
 * (case managers do not, and may not see them: a grievance may be about their own work).
 */
async function listAwaitedGrievances(db: Executor, viewer: StaffViewer): Promise<OpenGrievance[]> {
  if (viewer.role === 'case_manager') return [];
  return db
    .select({
      grievanceId: grievances.id,
      personId: grievances.personId,
      personName: sql<string>`${people.firstName} || ' ' || ${people.lastName}`,
      filedOn: grievances.filedOn,
      responseDueOn: grievances.responseDueOn,
      status: grievances.status,
    })
    .from(grievances)
    .innerJoin(people, eq(people.id, grievances.personId))
    .where(
      and(
        eq(grievances.programId, viewer.programId),
        eq(grievances.about, 'services'),
        eq(grievances.status, 'awaiting_response'),
      ),
    );
}

/**
 * staff.deadlines.list: one page of the deadlines in the viewer's scope (or of one application's),
 * overdue first, then by due date, every kind from the domain's caseloadDeadlines. The dates come
 * from the rules, so the list is sorted and paged after them. The read is audited.
 */
export async function listCaseloadDeadlines(
  db: Executor,
  params: StaffRequest & { input: TDeadlinesListInput },
) {
  const { viewer, today, input } = params;
  const applicationId = input?.applicationId;
  return db.transaction(async (tx) => {
    // One application's deadlines: outside the viewer's scope it is "not found", not an empty list.
    if (applicationId)
      found(await findApplicationInScope(tx, { viewer, today, applicationId }), 'application');
    const policy = await findProgramPolicy(tx, { programId: viewer.programId });
    const rows = await listIntakeCaseload(tx, { viewer, today, applicationId });
    const awaited = applicationId ? [] : await listAwaitedGrievances(tx, viewer);
    const caseload = rows.map((row) => ({ ...row, personName: `${row.firstName} ${row.lastName}` }));
    const all = caseloadDeadlines(
      { caseload, grievances: awaited, today, withinDays: input?.withinDays },
      policy,
    );
    const page = deadlinesPage(all, input?.page ?? 1, input?.pageSize ?? DEADLINES_PAGE_SIZE);
    await recordAudit(tx, params.actor, {
      action: 'deadlines.read',
      entityType: applicationId ? 'application' : 'program',
      entityId: applicationId ?? viewer.programId,
      detail: {
        page: page.page,
        applicationIds: [...new Set(page.items.flatMap((d) => (d.applicationId ? [d.applicationId] : [])))],
        grievanceIds: page.items.flatMap((d) => (d.grievanceId ? [d.grievanceId] : [])),
      },
    });
    return page;
  });
}
