import { APPEAL_OUTCOME_LABELS } from '@hearth/domain';
import { formatDate, titleCase, type RouterOutputs } from '@hearth/ui';

export type Grievance = RouterOutputs['staff']['grievances']['list'][number];

export function GrievanceStatus({ g }: { g: Grievance }) {
  return g.isOverdue ? (
    <span className="badge badge-danger">Response overdue</span>
  ) : (
    <span className="badge badge-neutral">{titleCase(g.status)}</span>
  );
}

/** What the tenant wrote and every answer since: response, appeal, decision. */
export function GrievanceHistory({ g }: { g: Grievance }) {
  return (
    <>
      <p>{g.description}</p>
      {g.response && (
        <p>
          <strong>Response ({formatDate(g.respondedOn)}):</strong> {g.response}
        </p>
      )}
      {g.appealReason && (
        <p>
          <strong>Appeal ({formatDate(g.appealedOn)}):</strong> {g.appealReason}
        </p>
      )}
      {g.decision && (
        <p>
          <strong>Decision ({formatDate(g.decidedOn)}):</strong>{' '}
          {g.decisionOutcome ? `${APPEAL_OUTCOME_LABELS[g.decisionOutcome]}. ` : ''}
          {g.decision}
        </p>
      )}
    </>
  );
}
