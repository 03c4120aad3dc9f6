import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ZDeterminationRecordInput } from '@hearth/domain';
import {
  EmptyState,
  ErrorState,
  Form,
  formatDate,
  Loading,
  optionalText,
  Reasons,
  Saved,
  TextAreaField,
  TextField,
  useSchemaForm,
  useToday,
  useTRPC,
} from '@hearth/ui';
import { DeterminationInForce } from './determination-in-force';
import { StatusBadge } from './labels';

/** Step 4: determinations are never edited; recording again supersedes the one in force. */
export function DeterminationStep({ applicationId }: { applicationId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const today = useToday();
  const list = useQuery(trpc.staff.determinations.list.queryOptions({ applicationId }));
  const record = useMutation(
    trpc.staff.determinations.record.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({
            queryKey: trpc.staff.determinations.list.queryKey({ applicationId }),
          }),
          queryClient.invalidateQueries({
            queryKey: trpc.staff.applications.get.queryKey({ applicationId }),
          }),
        ]),
    }),
  );
  const form = useSchemaForm({
    schema: ZDeterminationRecordInput,
    defaultValues: { determinationDate: today, notes: '' },
    toInput: (v: { determinationDate: string; notes: string }) => ({
      applicationId,
      determinationDate: v.determinationDate,
      notes: optionalText(v.notes),
    }),
    messages: { determinationDate: { empty: 'Enter the date of the determination' } },
  });
  const current = list.data?.find((d) => !d.isSuperseded) ?? null;
  const superseded = list.data?.filter((d) => d.isSuperseded) ?? [];

  return (
    <section aria-labelledby="determination-heading">
      <h2 id="determination-heading">Determination</h2>
      {record.data && (
        <Saved>
          Determination recorded: <StatusBadge status={record.data.status} />
        </Saved>
      )}
      {list.isPending ? (
        <Loading label="Loading the determinations" />
      ) : list.isError ? (
        <ErrorState error={list.error} />
      ) : current ? (
        <DeterminationInForce determination={current} />
      ) : (
        <EmptyState title="No determination yet" />
      )}
      <section className="card" aria-labelledby="record-determination-heading">
        <h3 id="record-determination-heading">
          {current
            ? 'Record a new determination (it supersedes the one in force)'
            : 'Record the determination'}
        </h3>
        <p className="hint">
          The result and its reasons come from the file as it stands on the date of the determination; once
          recorded it is never edited.
        </p>
        <Form form={form} onSubmit={(input) => record.mutateAsync(input)}>
          <TextField
            label="Date of the determination"
            type="date"
            hint="On or after the application date; not in the future."
            {...form.field('determinationDate')}
          />
          <TextAreaField label="Notes (optional)" rows={3} {...form.field('notes')} />
          <button type="submit" className="button primary" disabled={record.isPending}>
            Record determination
          </button>
        </Form>
      </section>
      <p>
        <Link to={`/applications/${applicationId}/packet`}>Open the eligibility packet (printable)</Link>
      </p>
      {superseded.length > 0 && (
        <section aria-labelledby="superseded-heading">
          <h3 id="superseded-heading">Superseded determinations</h3>
          <ul>
            {superseded.map((d) => (
              <li key={d.id}>
                {formatDate(d.determinationDate)}: <StatusBadge status={d.status} /> (superseded)
                <Reasons reasons={d.reasons} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
