import { useMutation } from '@tanstack/react-query';
import { ZPlanResponseInput } from '@hearth/domain';
import {
  ActionError,
  Form,
  TextAreaField,
  Timestamp,
  useSchemaForm,
  useTRPC,
  type RouterOutputs,
} from '@hearth/ui';

type Plan = NonNullable<RouterOutputs['tenant']['goals']['get']['plan']>;

/** "Do you agree with this plan?": accept it, or ask to talk about it. */
export function PlanAnswer({ plan, onAnswered }: { plan: Plan; onAnswered: () => void }) {
  const trpc = useTRPC();
  // Two answers, two mutations: each failure is shown once, where it was asked.
  const accept = useMutation(trpc.tenant.goals.respond.mutationOptions({ onSuccess: onAnswered }));
  const askToTalk = useMutation(trpc.tenant.goals.respond.mutationOptions({ onSuccess: onAnswered }));
  const busy = accept.isPending || askToTalk.isPending;
  const talk = useSchemaForm({
    schema: ZPlanResponseInput,
    defaultValues: { comment: '' },
    toInput: (v: { comment: string }) => ({ planVersion: plan.version, response: 'wants_to_talk', ...v }),
  });
  return (
    <section className="card" aria-labelledby="agree-heading">
      <h2 id="agree-heading">Do you agree with this plan?</h2>
      {plan.response === 'accepted' ? (
        <p className="alert alert-ok" role="status">
          You accepted this plan
          {plan.respondedAt ? (
            <>
              {' '}
              on <Timestamp at={plan.respondedAt} day />
            </>
          ) : null}
          . Thank you.
        </p>
      ) : plan.response === 'wants_to_talk' ? (
        <p className="alert alert-warn" role="status">
          You asked to talk about this plan. Your case manager will reach out.
        </p>
      ) : (
        <>
          <ActionError error={accept.error} at={accept.submittedAt} />
          <div className="actions">
            <button
              type="button"
              className="button primary"
              disabled={busy}
              onClick={() => accept.mutate({ planVersion: plan.version, response: 'accepted' })}
            >
              I accept my plan
            </button>
          </div>
          <Form form={talk} onSubmit={(input) => askToTalk.mutateAsync(input)}>
            <TextAreaField
              label="Or: what would you like to talk about? (optional)"
              rows={2}
              {...talk.field('comment')}
            />
            <button type="submit" className="button secondary" disabled={busy}>
              I want to talk about it
            </button>
          </Form>
        </>
      )}
    </section>
  );
}
