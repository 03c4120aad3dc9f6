import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZLeaseIssueStepInput } from '@hearth/domain';
import {
  Form,
  optionalText,
  SelectField,
  TextAreaField,
  TextField,
  useSchemaForm,
  useToday,
  useTRPC,
  type RouterOutputs,
} from '@hearth/ui';

type NextStep = RouterOutputs['property']['leaseIssues']['byId']['allowedNextSteps'][number];

interface StepForm {
  kind: string;
  stepDate: string;
  dueDate: string;
  note: string;
}

/** The next step of the due process: only the steps the process allows from here are offered. */
export function LeaseIssueStepForm({ issueId, allowed }: { issueId: string; allowed: readonly NextStep[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const today = useToday();
  const form = useSchemaForm({
    schema: ZLeaseIssueStepInput,
    defaultValues: { kind: '', stepDate: today, dueDate: '', note: '' },
    toInput: (v: StepForm) => ({
      issueId,
      kind: v.kind || undefined,
      stepDate: v.stepDate,
      dueDate: v.dueDate || undefined,
      note: optionalText(v.note),
    }),
    messages: {
      stepDate: { empty: 'Enter the date of this step' },
      dueDate: { invalid: 'Enter the cure due date as a full date' },
    },
  });
  const addStep = useMutation(
    trpc.property.leaseIssues.addStep.mutationOptions({
      onSuccess: async () => {
        form.reset();
        await queryClient.invalidateQueries({
          queryKey: trpc.property.leaseIssues.byId.queryKey({ issueId }),
        });
        await queryClient.invalidateQueries({ queryKey: trpc.property.leaseIssues.list.queryKey() });
      },
    }),
  );
  const kind = form.watch('kind');
  const chosen = allowed.find((s) => s.kind === kind);
  return (
    <section className="card" aria-labelledby="next-heading">
      <h2 id="next-heading">Record the next step</h2>
      <p className="muted">
        Only the steps the process allows from here are offered. Each step records you as the person who took
        it.
      </p>
      <Form form={form} onSubmit={(input) => addStep.mutateAsync(input)}>
        <SelectField
          label="Next step"
          options={[
            { value: '', label: 'Choose…' },
            ...allowed.map((s) => ({ value: s.kind, label: s.label })),
          ]}
          {...form.field('kind')}
        />
        <TextField label="Date of this step" type="date" {...form.field('stepDate')} />
        {chosen?.needsDueDate && (
          <TextField
            label="Cure due date"
            type="date"
            hint="The date the agreed cure is due."
            {...form.field('dueDate')}
          />
        )}
        <TextAreaField
          label={chosen?.needsNote ? 'Note (required)' : 'Note'}
          hint={
            chosen?.kind === 'cure_agreed'
              ? 'What the tenant agreed to do, in plain words.'
              : 'What was said or done.'
          }
          rows={3}
          {...form.field('note')}
        />
        <button type="submit" className="button primary" disabled={addStep.isPending}>
          Record step
        </button>
      </Form>
    </section>
  );
}
