import { useMutation } from '@tanstack/react-query';
import { ZProposeGoalInput, type TProposeGoalInput } from '@hearth/domain';
import { Form, TextField, useSchemaForm, useTRPC } from '@hearth/ui';

/** The tenant suggests a goal; the case manager talks it over before it joins the plan. */
export function ProposeGoal({ onDone }: { onDone: () => void }) {
  const trpc = useTRPC();
  const form = useSchemaForm({
    schema: ZProposeGoalInput,
    defaultValues: { goal: '', soThat: '' },
    toInput: (v: TProposeGoalInput) => v,
    messages: { goal: { empty: 'Tell us what you would like to work on' } },
  });
  const propose = useMutation(
    trpc.tenant.goals.propose.mutationOptions({
      onSuccess: () => {
        form.reset();
        onDone();
      },
    }),
  );
  return (
    <section className="card" aria-labelledby="propose-heading">
      <h2 id="propose-heading">Suggest a new goal</h2>
      <p>Your case manager will talk it over with you before it becomes part of your plan.</p>
      <Form form={form} onSubmit={(input) => propose.mutateAsync(input)}>
        <TextField label="What would you like to work on?" {...form.field('goal')} />
        <TextField label="So that… (what you hope will happen)" {...form.field('soThat')} />
        <button type="submit" className="button secondary" disabled={propose.isPending}>
          Send to my case manager
        </button>
        {propose.isSuccess && <p role="status">Sent. Your case manager will talk it over with you.</p>}
      </Form>
    </section>
  );
}
