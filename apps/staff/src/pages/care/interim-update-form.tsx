import { useMutation } from '@tanstack/react-query';
import { ZInterimUpdateInput } from '@hearth/domain';
import {
  Form,
  optionalInt,
  SelectField,
  TextAreaField,
  TextField,
  useSchemaForm,
  useToday,
  useTRPC,
} from '@hearth/ui';
import { SCORE_OPTIONS, type AssessmentFile } from './assessment-draft';

interface InterimForm {
  domainKey: string;
  newScore: string;
  reason: string;
  updateDate: string;
}

/** A change of one domain's score between full assessments. */
export function InterimUpdateForm({
  personId,
  data,
  onSaved,
}: {
  personId: string;
  data: AssessmentFile;
  onSaved: () => void;
}) {
  const trpc = useTRPC();
  const today = useToday();
  const form = useSchemaForm({
    schema: ZInterimUpdateInput,
    defaultValues: { domainKey: '', newScore: '', reason: '', updateDate: today },
    toInput: (v: InterimForm) => ({ personId, ...v, newScore: optionalInt(v.newScore) }),
    messages: {
      updateDate: { empty: 'Enter the date of the change' },
      domainKey: { empty: 'Choose the domain' },
      newScore: { empty: 'Choose the new score' },
      reason: { empty: 'Say why it changed' },
    },
  });
  const record = useMutation(
    trpc.staff.assessments.recordInterimUpdate.mutationOptions({
      onSuccess: () => {
        form.reset();
        onSaved();
      },
    }),
  );
  return (
    <section className="card" aria-labelledby="interim-heading">
      <h2 id="interim-heading">Interim update</h2>
      <p>Between full assessments, note a change so the information can be used.</p>
      <Form form={form} onSubmit={(input) => record.mutateAsync(input)}>
        {record.isSuccess && <p role="status">Interim update recorded.</p>}
        <TextField label="Date of the change" type="date" {...form.field('updateDate')} />
        <SelectField
          label="Domain"
          options={[
            { value: '', label: 'Choose…' },
            ...data.domains.map((dm) => ({
              value: dm.key,
              label: `${dm.name} (now ${data.current?.scores[dm.key]?.score ?? '—'})`,
            })),
          ]}
          {...form.field('domainKey')}
        />
        <SelectField label="New score" options={SCORE_OPTIONS} {...form.field('newScore')} />
        <TextAreaField label="Why it changed" rows={2} {...form.field('reason')} />
        <button type="submit" className="button secondary" disabled={record.isPending}>
          Record interim update
        </button>
      </Form>
    </section>
  );
}
