import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ZDeterminationRecordInput } from '@hearth/domain';
import { EmptyState, ErrorState, formatDate, Loading, TextAreaField, TextField, useTRPC } from '@hearth/ui';
import { ErrorSummary, isoToday, optionalText, Reasons, Saved, useFormErrors } from './form-helpers';
import { CATEGORY_LABELS, StatusBadge } from './labels';

/** Step 4: determinations are never edited; recording again supersedes the one in force. */
export function DeterminationStep({ applicationId }: { applicationId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
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
  const errors = useFormErrors(record.error);
  const [date, setDate] = useState(isoToday());
  const [notes, setNotes] = useState('');
  const f = errors.fields;
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
        <div className="card" aria-labelledby="current-determination">
          <h3 id="current-determination">In force: determined {formatDate(current.determinationDate)}</h3>
          <p>
            <StatusBadge status={current.status} />
          </p>
          {current.disabilityVerificationDeadline && (
            <p>
              <strong>
                Disability confirmation due by {formatDate(current.disabilityVerificationDeadline)}
              </strong>
            </p>
          )}
          <p>
            Homeless categories:{' '}
            {current.homelessCategories.length
              ? current.homelessCategories.map((c) => CATEGORY_LABELS[c]).join('; ')
              : 'none'}
          </p>
          <Reasons reasons={current.reasons} label="Reasons:" />
          <p className="muted">
            Recorded {new Date(current.determinedAt).toLocaleString('en-US')} by {current.determinedByName}.
            {current.notes ? ` Notes: ${current.notes}` : ''}
          </p>
          <details>
            <summary>Program policy used</summary>
            <ul>
              {Object.entries(current.policy as Record<string, unknown>).map(([key, value]) => (
                <li key={key}>
                  {key}: {Array.isArray(value) ? value.join(', ') : String(value)}
                </li>
              ))}
            </ul>
          </details>
        </div>
      ) : (
        <EmptyState title="No determination yet" />
      )}
      <form
        className="card"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          record.reset();
          const payload = errors.check(ZDeterminationRecordInput, {
            applicationId,
            determinationDate: date,
            notes: optionalText(notes),
          });
          if (payload) record.mutate(payload);
        }}
      >
        <h3>
          {current
            ? 'Record a new determination (it supersedes the one in force)'
            : 'Record the determination'}
        </h3>
        <p className="hint">
          The result and its reasons come from the file as it stands on the date of the determination; once
          recorded it is never edited.
        </p>
        <ErrorSummary
          fields={f}
          serverError={record.error}
          at={errors.at}
          labels={{ determinationDate: 'Date of the determination' }}
        />
        <TextField
          label="Date of the determination"
          type="date"
          hint="On or after the application date; not in the future."
          value={date}
          error={f.determinationDate}
          onChange={(e) => setDate(e.target.value)}
        />
        <TextAreaField
          label="Notes (optional)"
          rows={3}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
        />
        <button type="submit" className="button primary" disabled={record.isPending}>
          Record determination
        </button>
      </form>
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
