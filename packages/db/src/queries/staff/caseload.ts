import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { assessmentDue, linkageSummary, type LinkageWorkingFacts } from '@hearth/domain';
import { assessments, linkageCheckIns, linkages } from '../../schema/services/care';
import { enrollmentMembers, enrollments } from '../../schema/services/intake';
import { people } from '../../schema/people';
import type { Executor } from '../../client';
import { staffScope } from './people';
import { groupCompletedDates } from './assessments';
import type { CareScope } from './care-scope';
import { recordListRead, type Actor } from '../core/audit';

/** The caseload's care summary: assessment due windows and referrals → working linkages. */

/**
 * Per person in scope: project start, completed assessment dates, and linkages. Each query
 * selects its rows for the people in scope in SQL (no id list bound), grouped by person with Maps.
 */
export async function careCaseloadFacts(db: Executor, scope: CareScope) {
  const inScope = () =>
    db.select({ id: people.id }).from(people).where(staffScope(scope.viewer, scope.today));
  const [ids, starts, completed, links] = await Promise.all([
    inScope(),
    db
      .select({ personId: enrollmentMembers.personId, projectStartDate: enrollments.projectStartDate })
      .from(enrollmentMembers)
      .innerJoin(enrollments, eq(enrollments.id, enrollmentMembers.enrollmentId))
      .where(and(inArray(enrollmentMembers.personId, inScope()), isNull(enrollments.projectExitDate))),
    db
      .select({ personId: assessments.personId, completedOn: assessments.completedOn })
      .from(assessments)
      .where(and(inArray(assessments.personId, inScope()), eq(assessments.status, 'completed'))),
    db
      .select({
        personId: linkages.personId,
        status: linkages.status,
        engagedOn: linkages.engagedOn,
        // A "yes, it is working" check-in counts the linkage as working (linkageSummary).
        reportedWorking: sql<boolean>`exists (select 1 from ${linkageCheckIns} as lci
          where lci.linkage_id = ${linkages}.id and lci.is_working)`,
      })
      .from(linkages)
      .where(inArray(linkages.personId, inScope())),
  ]);
  const startOf = new Map<string, string>();
  for (const s of starts) if (!startOf.has(s.personId)) startOf.set(s.personId, s.projectStartDate);
  const completedOf = groupCompletedDates(completed);
  const linksOf = new Map<string, LinkageWorkingFacts[]>();
  for (const { personId, reportedWorking, ...row } of links) {
    const l = { ...row, checkIns: reportedWorking ? [{ isWorking: true }] : [] };
    const list = linksOf.get(personId);
    if (list) list.push(l);
    else linksOf.set(personId, [l]);
  }
  return ids.map(({ id: personId }) => ({
    personId,
    projectStartDate: startOf.get(personId) ?? null,
    completedOn: completedOf.get(personId) ?? [],
    linkages: linksOf.get(personId) ?? [],
  }));
}

/** For the caseload: each person's assessment due window and referrals → working linkages. */
/** staff.assessments.caseload: each person's assessment window and linkages (the read is audited). */
export async function careCaseloadForStaff(db: Executor, scope: CareScope & { actor: Actor }) {
  const facts = await careCaseloadFacts(db, scope);
  await recordListRead(db, scope.actor, { action: 'caseload.read', personIds: facts.map((f) => f.personId) });
  return facts.map((f) => ({
    personId: f.personId,
    due: assessmentDue({
      projectStartDate: f.projectStartDate,
      completedOn: f.completedOn,
      today: scope.today,
    }),
    linkages: linkageSummary(f.linkages),
  }));
}
