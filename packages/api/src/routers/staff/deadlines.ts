import { listCompletedAssessmentDates, listIntakeCaseload } from '@hearth/db';
import { addDays, assessmentDue, compareDates, ZDeadlinesListInput } from '@hearth/domain';
import { router, staffProcedure } from '../../trpc';
import { programPolicy } from './intake-file';
import { todayOf, viewerOf } from './guards';

export type DeadlineKind =
  'disability_confirmation' | 'homelessness_documentation' | 'annual_assessment' | 'recertification';

export interface Deadline {
  kind: DeadlineKind;
  dueDate: string;
  /** For windows (annual assessment, homelessness evidence): the first day it may be done. */
  windowStart: string | null;
  isOverdue: boolean;
  applicationId: string;
  personId: string;
  personName: string;
  description: string;
}

export const deadlinesRouter = router({
  /**
   * The caseload's deadlines, by due date (so overdue ones come first): disability confirmations
   * (45 days), homelessness evidence going stale before a determination (14 days), annual
   * assessment windows, and rent recertifications.
   */
  list: staffProcedure.input(ZDeadlinesListInput).query(async ({ ctx, input }) => {
    const today = todayOf(ctx);
    const policy = await programPolicy(ctx.db, ctx.user.programId);
    const rows = await listIntakeCaseload(ctx.db, { viewer: viewerOf(ctx), today });
    const completed = await listCompletedAssessmentDates(ctx.db, { personIds: rows.map((r) => r.personId) });
    const deadlines: Deadline[] = [];
    for (const row of rows) {
      const base = {
        applicationId: row.applicationId,
        personId: row.personId,
        personName: `${row.firstName} ${row.lastName}`,
      };
      const add = (kind: DeadlineKind, dueDate: string, windowStart: string | null, description: string) =>
        deadlines.push({
          kind,
          dueDate,
          windowStart,
          isOverdue: compareDates(dueDate, today) < 0,
          ...base,
          description,
        });

      if (row.disabilityVerificationDeadline && row.hasObservation && !row.hasConfirmingDisabilityEvidence) {
        add(
          'disability_confirmation',
          row.disabilityVerificationDeadline,
          null,
          `Confirm the disability observed at intake by professional, SSA or benefit verification by ${row.disabilityVerificationDeadline}, or assistance is withdrawn.`,
        );
      }
      if (!row.determinationDate && row.latestHomelessEvidenceDate) {
        const due = addDays(row.latestHomelessEvidenceDate, policy.literalHomelessnessDocumentationDays);
        add(
          'homelessness_documentation',
          due,
          row.latestHomelessEvidenceDate,
          `Determine eligibility by ${due}, while the homelessness evidence of ${row.latestHomelessEvidenceDate} is within ${policy.literalHomelessnessDocumentationDays} days; after that, newer evidence is needed.`,
        );
      }
      if (row.projectStartDate && !row.projectExitDate) {
        // Due from the project start until the first assessment, then in each anniversary window;
        // a window with no completed assessment in it stays on the list, overdue, until one is done.
        const due = assessmentDue({
          projectStartDate: row.projectStartDate,
          completedOn: completed.get(row.personId) ?? [],
          today,
        });
        if (due) add('annual_assessment', due.windowEnd, due.windowStart, due.reasons.join(' '));
      }
      if (row.nextRecertificationDue && !row.projectExitDate) {
        add(
          'recertification',
          row.nextRecertificationDue,
          null,
          `Recertify income and rent by ${row.nextRecertificationDue}.`,
        );
      }
    }
    const horizon = input?.withinDays ? addDays(today, input.withinDays) : null;
    return deadlines
      .filter((d) => d.isOverdue || !horizon || compareDates(d.dueDate, horizon) <= 0)
      .sort(
        (a, b) =>
          Number(b.isOverdue) - Number(a.isOverdue) ||
          compareDates(a.dueDate, b.dueDate) ||
          a.personName.localeCompare(b.personName),
      );
  }),
});
