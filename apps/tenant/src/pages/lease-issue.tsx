import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import {
  LEASE_ISSUE_STEP_TENANT_LABELS,
  LEASE_ISSUE_TYPE_LABELS,
  ZLeaseIssueRespondInput,
} from '@hearth/domain';
import {
  ErrorState,
  Form,
  formatDate,
  Loading,
  TextAreaField,
  Timestamp,
  usePageTitle,
  useSchemaForm,
  useTRPC,
  type RouterOutputs,
} from '@hearth/ui';

type Issue = RouterOutputs['tenant']['leaseIssues']['byId'];

/**
 * The current stage of the issue only, in plain words: what the tenant is to do now, if anything.
 * An older step (such as a fix agreed before a notice) is in "Steps so far", not here.
 */
function CurrentStage({ issue }: { issue: Issue }) {
  const current = issue.steps.at(-1);
  switch (issue.currentStep) {
    case 'cure_agreed':
      return (
        <p>
          <strong>What is expected of you, by {formatDate(issue.currentCureDueDate)}:</strong>{' '}
          {current?.note ?? 'the fix you agreed on.'}
        </p>
      );
    case 'violation_notice':
      return (
        <p>
          <strong>You got a written lease-violation notice</strong> on {formatDate(current?.stepDate)}. Read
          it carefully. It says what must change. Talk to your case manager or someone you trust about it
          soon.
        </p>
      );
    case 'legal_referral':
      return (
        <p>
          <strong>The property has sent this to the legal process</strong> (on {formatDate(current?.stepDate)}
          ). You have rights in that process. Ask your case manager to help you find legal aid now.
        </p>
      );
    case 'meeting_offered':
      return (
        <p>
          <strong>You were offered a meeting</strong> to talk about it. You can bring your case manager or
          someone you trust.
        </p>
      );
    case 'meeting_held':
      return (
        <p>
          <strong>You met to talk about it</strong> on {formatDate(current?.stepDate)}. Nothing more is
          expected of you right now. If you agree on a fix, it will show here with its date.
        </p>
      );
    default:
      return (
        <p>
          Nothing is expected of you yet. You will be offered a meeting to talk about it. You can bring your
          case manager or someone you trust.
        </p>
      );
  }
}

/** One lease issue as the tenant sees it: what happened, what is expected, their rights, their answer. */
export function LeaseIssuePage() {
  const { issueId = '' } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const issue = useQuery(trpc.tenant.leaseIssues.byId.queryOptions({ issueId }));
  usePageTitle(issue.data ? LEASE_ISSUE_TYPE_LABELS[issue.data.type] : 'Lease issue', 'Tenant portal');
  const form = useSchemaForm({
    schema: ZLeaseIssueRespondInput,
    defaultValues: { body: '' },
    toInput: (v: { body: string }) => ({ issueId, body: v.body }),
  });
  const respond = useMutation(
    trpc.tenant.leaseIssues.respond.mutationOptions({
      onSuccess: async () => {
        form.reset();
        await queryClient.invalidateQueries({ queryKey: trpc.tenant.leaseIssues.byId.queryKey({ issueId }) });
      },
    }),
  );
  if (issue.isPending) return <Loading label="Loading the lease issue" />;
  if (issue.isError)
    return (
      <>
        <p>
          <Link to="/lease-issues">← My lease issues</Link>
        </p>
        <ErrorState error={issue.error} />
      </>
    );
  const i = issue.data;
  return (
    <>
      <p>
        <Link to="/lease-issues">← My lease issues</Link>
      </p>
      <h1>{LEASE_ISSUE_TYPE_LABELS[i.type]}</h1>
      <section className="card" aria-labelledby="what-heading">
        <h2 id="what-heading">What happened</h2>
        <p>On {formatDate(i.occurredOn)}:</p>
        <p>{i.description}</p>
      </section>
      {i.isOpen && (
        <section className="card" aria-labelledby="expected-heading">
          <h2 id="expected-heading">Where it is now</h2>
          <CurrentStage issue={i} />
        </section>
      )}
      <section className="card" aria-labelledby="rights-heading">
        <h2 id="rights-heading">Your rights</h2>
        <ul>
          <li>You must be told about a problem, and offered a meeting, before anything else happens.</li>
          <li>You can write your side of the story below. It becomes part of the record.</li>
          <li>No one can make you leave your home without a fair process.</li>
          <li>Your case manager can help you. Working with them is your choice.</li>
        </ul>
        <p>
          <Link to="/rights/due_process">Read more about due process</Link>
        </p>
      </section>
      <section className="card" aria-labelledby="steps-heading">
        <h2 id="steps-heading">Steps so far</h2>
        <ol className="steps">
          {i.steps.map((s) => (
            <li key={s.id}>
              <strong>{LEASE_ISSUE_STEP_TENANT_LABELS[s.kind]}</strong> — {formatDate(s.stepDate)}
              {s.dueDate && <> (fix due by {formatDate(s.dueDate)})</>}
              {s.note && <p>{s.note}</p>}
            </li>
          ))}
        </ol>
      </section>
      <section className="card" aria-labelledby="answer-heading">
        <h2 id="answer-heading">Your answers</h2>
        {i.responses.length === 0 ? (
          <p>You have not written anything yet.</p>
        ) : (
          <ul>
            {i.responses.map((r) => (
              <li key={r.id}>
                <p>{r.body}</p>
                <p className="muted">
                  <Timestamp at={r.createdAt} day />
                </p>
              </li>
            ))}
          </ul>
        )}
        <Form form={form} onSubmit={(input) => respond.mutateAsync(input)}>
          <TextAreaField
            label="Write your answer"
            hint="Tell your side, ask a question, or say what would help."
            rows={4}
            {...form.field('body')}
          />
          <button type="submit" className="button primary" disabled={respond.isPending}>
            Send my answer
          </button>
          {respond.isSuccess && <p role="status">Thank you. Your answer was saved.</p>}
        </Form>
      </section>
    </>
  );
}
