import { useMutation, useQueryClient } from '@tanstack/react-query';
import { LEASE_ISSUE_NOTICE_BASIS_LABELS, ZLeaseIssueStepInput } from '@hearth/domain';
import {
  Form,
  formatDate,
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
type LaterStep = RouterOutputs['property']['leaseIssues']['byId']['laterSteps'][number];

interface StepForm {
  kind: string;
  stepDate: string;
  dueDate: string;
  note: string;
}

/**
 * The next step of the due process: only the steps the process allows today are offered; the
 * steps that come later are listed with what must happen first, and from when.
 */
export function LeaseIssueStepForm({
  issueId,
  allowed,
  later,
}: {
  issueId: string;
  allowed: readonly NextStep[];
  later: readonly LaterStep[];
}) {
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
        Only the steps the process allows today are offered. Each step records you as the person who took it.
      </p>
      {later.length > 0 && (
        <div aria-labelledby="later-heading">
          <h3 id="later-heading">Not possible yet</h3>
          <ul>
            {later.map((l) => (
              <li key={l.kind}>
                <strong>{l.label}:</strong> {l.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Form form={form} onSubmit={(input) => addStep.mutateAsync(input)}>
        <SelectField
          label="Next step"
          options={[
            { value: '', label: 'Choose…' },
            ...allowed.map((s) => ({ value: s.kind, label: s.label })),
          ]}
          {...form.field('kind')}
        />
        <TextField
          label="Date of this step"
          type="date"
          hint={chosen?.datedAfter ? `After ${formatDate(chosen.datedAfter)}.` : undefined}
          {...form.field('stepDate')}
        />
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
              : chosen?.basis
                ? `Allowed now: ${LEASE_ISSUE_NOTICE_BASIS_LABELS[chosen.basis].toLowerCase()}. Write what happened and what the notice says.`
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
