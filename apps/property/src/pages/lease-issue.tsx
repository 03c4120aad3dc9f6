import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import {
  LEASE_ISSUE_NOTICE_BASIS_LABELS,
  LEASE_ISSUE_STEP_LABELS,
  LEASE_ISSUE_TYPE_LABELS,
} from '@hearth/domain';
import { ErrorState, Facts, formatDate, Loading, PageHeader, usePageTitle, useTRPC } from '@hearth/ui';
import { LeaseIssueStepForm } from './lease-issue-step-form';

/** One lease issue: the facts, the steps so far, the tenant's answers and the next step. */
export function LeaseIssuePage() {
  const { issueId = '' } = useParams();
  const trpc = useTRPC();
  const issue = useQuery(trpc.property.leaseIssues.byId.queryOptions({ issueId }));
  usePageTitle('Lease issue', 'Property portal');
  if (issue.isPending) return <Loading label="Loading the lease issue" />;
  if (issue.isError)
    return (
      <>
        <p>
          <Link to="/lease-issues">← Lease issues</Link>
        </p>
        <ErrorState error={issue.error} />
      </>
    );
  const i = issue.data;
  return (
    <>
      <p>
        <Link to="/lease-issues">← Lease issues</Link>
      </p>
      <PageHeader
        title={`${LEASE_ISSUE_TYPE_LABELS[i.type]}: ${i.tenantName ?? ''}`}
        subtitle={
          i.isOpen ? (
            <span className="badge badge-warn">Open</span>
          ) : (
            <span className="badge badge-ok">Resolved</span>
          )
        }
      />
      <section className="card" aria-labelledby="facts-heading">
        <h2 id="facts-heading">The issue</h2>
        <Facts
          items={[
            { label: 'Unit', value: `${i.propertyName}, ${i.unitLabel}` },
            { label: 'Happened', value: formatDate(i.occurredOn) },
            { label: 'What happened', value: i.description },
            { label: 'Cure due', value: formatDate(i.cureDueDate) },
          ]}
        />
      </section>
      <section className="card" aria-labelledby="steps-heading">
        <h2 id="steps-heading">Steps</h2>
        <ol className="steps">
          {i.steps.map((s) => (
            <li key={s.id}>
              <strong>{LEASE_ISSUE_STEP_LABELS[s.kind]}</strong> — {formatDate(s.stepDate)} by {s.actorName}
              {s.dueDate && <> · cure due {formatDate(s.dueDate)}</>}
              {s.basis && <p className="muted">Why: {LEASE_ISSUE_NOTICE_BASIS_LABELS[s.basis]}.</p>}
              {s.note && <p>{s.note}</p>}
            </li>
          ))}
        </ol>
      </section>
      <section className="card" aria-labelledby="responses-heading">
        <h2 id="responses-heading">The tenant’s response</h2>
        {i.responses.length === 0 ? (
          <p className="muted">The tenant has not answered yet.</p>
        ) : (
          <ul>
            {i.responses.map((r) => (
              <li key={r.id}>
                <p>{r.body}</p>
                <p className="muted">{r.authorName}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {(i.allowedNextSteps.length > 0 || i.laterSteps.length > 0) && (
        <LeaseIssueStepForm issueId={issueId} allowed={i.allowedNextSteps} later={i.laterSteps} />
      )}
    </>
  );
}
