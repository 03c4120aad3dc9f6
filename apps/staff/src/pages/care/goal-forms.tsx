import { useMutation } from '@tanstack/react-query';
import { ZEndGoalInput, ZGoalNoteInput } from '@hearth/domain';
import { Form, SelectField, TextAreaField, useSchemaForm, useToday, useTRPC } from '@hearth/ui';

/** A progress note on a goal, dated today. */
export function ProgressNoteForm({
  goalId,
  index,
  onDone,
}: {
  goalId: string;
  index: number;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const today = useToday();
  const form = useSchemaForm({
    schema: ZGoalNoteInput,
    defaultValues: { body: '' },
    toInput: (v: { body: string }) => ({ goalId, noteDate: today, body: v.body }),
    messages: { body: { empty: 'Write the progress note' } },
  });
  const addNote = useMutation(
    trpc.staff.goals.addNote.mutationOptions({
      onSuccess: () => {
        form.reset();
        onDone();
      },
    }),
  );
  return (
    <Form form={form} onSubmit={(input) => addNote.mutateAsync(input)}>
      <TextAreaField label={`Progress note on goal ${index}`} rows={2} {...form.field('body')} />
      <button type="submit" className="button secondary" disabled={addNote.isPending}>
        Add progress note
      </button>
    </Form>
  );
}

/** Ends a goal today: achieved, revised or dropped, and why. */
export function EndGoalForm({ goalId, onDone }: { goalId: string; onDone: () => void }) {
  const trpc = useTRPC();
  const today = useToday();
  const form = useSchemaForm({
    schema: ZEndGoalInput,
    defaultValues: { endStatus: '', reason: '' },
    toInput: (v: { endStatus: string; reason: string }) => ({ goalId, endedOn: today, ...v }),
    messages: { reason: { empty: 'Say why the goal ended' } },
  });
  const endGoal = useMutation(trpc.staff.goals.end.mutationOptions({ onSuccess: onDone }));
  return (
    <Form form={form} onSubmit={(input) => endGoal.mutateAsync(input)}>
      <SelectField
        label="How it ended"
        options={[
          { value: '', label: 'Choose…' },
          { value: 'achieved', label: 'Achieved' },
          { value: 'revised', label: 'Revised' },
          { value: 'dropped', label: 'Dropped' },
        ]}
        {...form.field('endStatus')}
      />
      <TextAreaField label="Reason" rows={2} {...form.field('reason')} />
      <button type="submit" className="button secondary" disabled={endGoal.isPending}>
        End goal
      </button>
    </Form>
  );
}
