import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { STEP_OWNER_LABELS, type StepOwner } from '@hearth/domain';
import {
  EmptyState,
  ErrorState,
  fieldErrorMap,
  formatDate,
  FormError,
  Loading,
  TextAreaField,
  TextField,
  useForm,
  usePageTitle,
  useTRPC,
  type RouterOutputs,
} from '@hearth/ui';

type Mine = RouterOutputs['tenant']['goals']['get'];
type Goal = Mine['goals'][number];

/** Who does a step, said to the tenant. */
function who(owner: StepOwner, partnerName: string | null): string {
  if (owner === 'tenant') return 'You';
  if (owner === 'case_manager') return 'Your case manager';
  return partnerName ?? STEP_OWNER_LABELS.partner;
}

export function GoalsPage() {
  usePageTitle('My goals', 'Tenant portal');
  const trpc = useTRPC();
  const qc = useQueryClient();
  const mine = useQuery(trpc.tenant.goals.get.queryOptions());
  const refresh = () => qc.invalidateQueries({ queryKey: trpc.tenant.goals.get.queryKey() });
  const respond = useMutation(trpc.tenant.goals.respond.mutationOptions({ onSuccess: refresh }));
  const talk = useForm<{ comment: string }>({ defaultValues: { comment: '' } });

  if (mine.isPending) return <Loading label="Loading your goals" />;
  if (mine.isError) return <ErrorState error={mine.error} />;
  const { plan, goals, proposals } = mine.data;
  return (
    <>
      <h1>My goals</h1>
      <p>
        These are the goals you and your case manager agreed to work on. You can tell us how it is going, in
        your own words.
      </p>
      {goals.length === 0 ? (
        <EmptyState title="No goals yet">
          <p>Your case manager will plan your goals with you. You can suggest one below.</p>
        </EmptyState>
      ) : (
        goals.map((g, i) => <GoalCard key={g.id} goal={g} index={i + 1} onNote={refresh} />)
      )}

      {plan && goals.length > 0 && (
        <section className="card" aria-labelledby="agree-heading">
          <h2 id="agree-heading">Do you agree with this plan?</h2>
          <FormError error={respond.error} at={respond.submittedAt} />
          {plan.response === 'accepted' ? (
            <p className="alert alert-ok" role="status">
              You accepted this plan
              {plan.respondedAt ? ` on ${new Date(plan.respondedAt).toLocaleDateString('en-US')}` : ''}. Thank
              you.
            </p>
          ) : plan.response === 'wants_to_talk' ? (
            <p className="alert alert-warn" role="status">
              You asked to talk about this plan. Your case manager will reach out.
            </p>
          ) : (
            <>
              <div className="actions">
                <button
                  type="button"
                  className="button primary"
                  disabled={respond.isPending}
                  onClick={() => respond.mutate({ planVersion: plan.version, response: 'accepted' })}
                >
                  I accept my plan
                </button>
              </div>
              <form
                noValidate
                onSubmit={talk.handleSubmit((v) =>
                  respond.mutate({
                    planVersion: plan.version,
                    response: 'wants_to_talk',
                    comment: v.comment,
                  }),
                )}
              >
                <TextAreaField
                  label="Or: what would you like to talk about? (optional)"
                  rows={2}
                  {...talk.register('comment')}
                />
                <button type="submit" className="button secondary" disabled={respond.isPending}>
                  I want to talk about it
                </button>
              </form>
            </>
          )}
        </section>
      )}

      <ProposeGoal onDone={refresh} />

      {proposals.length > 0 && (
        <section aria-labelledby="proposed-heading">
          <h2 id="proposed-heading">Goals you suggested</h2>
          <ul>
            {proposals.map((p) => (
              <li key={p.id}>
                “{p.goal}” —{' '}
                {p.status === 'open'
                  ? 'sent to your case manager'
                  : p.status === 'taken_up'
                    ? 'now part of your plan'
                    : `not now: ${p.response ?? ''}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function GoalCard({ goal: g, index, onNote }: { goal: Goal; index: number; onNote: () => void }) {
  const trpc = useTRPC();
  const form = useForm<{ body: string }>({ defaultValues: { body: '' } });
  const add = useMutation(
    trpc.tenant.goals.addNote.mutationOptions({
      onSuccess: () => {
        form.reset();
        onNote();
      },
    }),
  );
  const errors = fieldErrorMap(add.error);
  const h = `goal-${g.id}`;
  return (
    <article className="card" aria-labelledby={h}>
      <h2 id={h}>
        Goal {index}: {g.statement}
      </h2>
      <p>
        <strong>Why it matters to you:</strong> {g.soThat}
      </p>
      <p>
        <strong>By:</strong> {formatDate(g.targetDate)}
      </p>
      {g.nextStep ? (
        <p className="alert alert-ok">
          <strong>Next step:</strong> {g.nextStep.description} —{' '}
          <strong>{who(g.nextStep.owner, g.nextStep.partnerName)}</strong>
          {g.nextStep.dueDate ? `, by ${formatDate(g.nextStep.dueDate)}` : ''}
        </p>
      ) : (
        <p>All the steps are done.</p>
      )}
      <h3>How we will know it is working</h3>
      <ul>
        {g.markers.map((m, i) => (
          <li key={i}>
            {m.description} — by {formatDate(m.targetDate)}{' '}
            {m.metOn ? <span className="badge badge-ok">Done</span> : null}
          </li>
        ))}
      </ul>
      <h3>Steps</h3>
      <ul>
        {g.steps.map((s, i) => (
          <li key={i}>
            {who(s.owner, s.partnerName)}: {s.description}{' '}
            {s.isDone ? <span className="badge badge-ok">Done</span> : null}
          </li>
        ))}
      </ul>
      <h3>How it is going</h3>
      {g.notes.length === 0 ? (
        <p className="muted">No notes yet.</p>
      ) : (
        <ul>
          {g.notes.map((n) => (
            <li key={n.id}>
              {formatDate(n.noteDate)}, {n.authorName}: {n.body}
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={form.handleSubmit((v) => add.mutate({ goalId: g.id, body: v.body }))}>
        <FormError error={add.error} at={add.submittedAt} />
        <TextAreaField
          label={`Add a note about goal ${index}, in your own words`}
          rows={2}
          error={errors.body}
          {...form.register('body')}
        />
        <button type="submit" className="button secondary" disabled={add.isPending}>
          Save my note
        </button>
        {add.isSuccess && <p role="status">Your note was saved. Your case manager will see it.</p>}
      </form>
    </article>
  );
}

function ProposeGoal({ onDone }: { onDone: () => void }) {
  const trpc = useTRPC();
  const form = useForm<{ goal: string; soThat: string }>({ defaultValues: { goal: '', soThat: '' } });
  const propose = useMutation(
    trpc.tenant.goals.propose.mutationOptions({
      onSuccess: () => {
        form.reset();
        onDone();
      },
    }),
  );
  const errors = fieldErrorMap(propose.error);
  return (
    <section className="card" aria-labelledby="propose-heading">
      <h2 id="propose-heading">Suggest a new goal</h2>
      <p>Your case manager will talk it over with you before it becomes part of your plan.</p>
      <form noValidate onSubmit={form.handleSubmit((v) => propose.mutate(v))}>
        <FormError error={propose.error} at={propose.submittedAt} />
        <TextField label="What would you like to work on?" error={errors.goal} {...form.register('goal')} />
        <TextField
          label="So that… (what you hope will happen)"
          error={errors.soThat}
          {...form.register('soThat')}
        />
        <button type="submit" className="button secondary" disabled={propose.isPending}>
          Send to my case manager
        </button>
        {propose.isSuccess && <p role="status">Sent. Your case manager will talk it over with you.</p>}
      </form>
    </section>
  );
}
