import { useMutation } from '@tanstack/react-query';
import { STEP_OWNER_LABELS, ZTenantGoalNoteInput, type StepOwner } from '@hearth/domain';
import { Form, formatDate, TextAreaField, useSchemaForm, useTRPC, type RouterOutputs } from '@hearth/ui';

type Goal = RouterOutputs['tenant']['goals']['get']['goals'][number];

/** Who does a step, said to the tenant. */
function who(owner: StepOwner, partnerName: string | null): string {
  if (owner === 'tenant') return 'You';
  if (owner === 'case_manager') return 'Your case manager';
  return partnerName ?? STEP_OWNER_LABELS.partner;
}

/** One goal as the tenant reads it, with a note they can add in their own words. */
export function GoalCard({ goal: g, index, onNote }: { goal: Goal; index: number; onNote: () => void }) {
  const trpc = useTRPC();
  const form = useSchemaForm({
    schema: ZTenantGoalNoteInput,
    defaultValues: { body: '' },
    toInput: (v: { body: string }) => ({ goalId: g.id, body: v.body }),
    messages: { body: { empty: 'Write your note first' } },
  });
  const add = useMutation(
    trpc.tenant.goals.addNote.mutationOptions({
      onSuccess: () => {
        form.reset();
        onNote();
      },
    }),
  );
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
      <Form form={form} onSubmit={(input) => add.mutateAsync(input)}>
        <TextAreaField
          label={`Add a note about goal ${index}, in your own words`}
          rows={2}
          {...form.field('body')}
        />
        <button type="submit" className="button secondary" disabled={add.isPending}>
          Save my note
        </button>
        {add.isSuccess && <p role="status">Your note was saved. Your case manager will see it.</p>}
      </Form>
    </article>
  );
}
