import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { STAY_LOCATIONS, ZStayAddInput } from '@hearth/domain';
import {
  EmptyState,
  ErrorState,
  formatDate,
  Loading,
  SelectField,
  TextField,
  useForm,
  useTRPC,
} from '@hearth/ui';
import { ErrorSummary, optionalText, Reasons, Saved, useFormErrors } from './form-helpers';
import {
  HOMELESS_EVIDENCE_LABELS,
  HOMELESS_EVIDENCE_OPTIONS,
  SOURCE_LABELS,
  SOURCE_OPTIONS,
  STAY_LOCATION_LABELS,
} from './labels';

const MONTH_STATUS: Record<string, string> = {
  counted: 'Counted',
  self_certified: 'Counted (self-certified)',
  break: 'Break (7 nights or more housed)',
  not_documented: 'Not documented',
  not_homeless: 'Not homeless',
};

interface StayForm {
  start: string;
  end: string;
  location: string;
  locationDescription: string;
  documentation: string;
  source: string;
}

const LABELS: Record<string, string> = {
  start: 'First night',
  end: 'Last night',
  location: 'Where',
  documentation: 'Evidence',
  source: 'Third-party source',
};

function monthName(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, 1)).toLocaleString('en-US', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Step 2b: the homelessness history as stays, and the chronic assessment month by month. */
export function HistoryStep({ applicationId }: { applicationId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.staff.stays.list.queryOptions({ applicationId }));
  const invalidate = () =>
    queryClient.invalidateQueries({ queryKey: trpc.staff.stays.list.queryKey({ applicationId }) });
  const add = useMutation(trpc.staff.stays.add.mutationOptions({ onSuccess: invalidate }));
  const remove = useMutation(trpc.staff.stays.remove.mutationOptions({ onSuccess: invalidate }));
  const errors = useFormErrors(add.error);
  const form = useForm<StayForm>({
    defaultValues: {
      start: '',
      end: '',
      location: 'place_not_meant_for_habitation',
      locationDescription: '',
      documentation: 'third_party',
      source: '',
    },
  });
  const documentation = form.watch('documentation');
  const onSubmit = form.handleSubmit((v) => {
    add.reset();
    const payload = errors.check(
      ZStayAddInput,
      {
        applicationId,
        start: v.start,
        end: v.end,
        location: v.location,
        locationDescription: optionalText(v.locationDescription),
        documentation: v.documentation || undefined,
        source: v.documentation === 'third_party' ? v.source || undefined : undefined,
      },
      { start: 'Enter the first night', end: 'Enter the last night' },
    );
    if (payload)
      add.mutate(payload, {
        onSuccess: () => form.reset({ ...v, start: '', end: '', locationDescription: '' }),
      });
  });
  const f = errors.fields;

  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Homelessness history</h2>
      {list.isPending ? (
        <Loading label="Loading the history" />
      ) : list.isError ? (
        <ErrorState error={list.error} />
      ) : (
        <>
          {list.data.stays.length === 0 ? (
            <EmptyState title="No stays recorded yet" />
          ) : (
            <div className="table-wrap">
              <table>
                <caption>Stays, oldest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Dates</th>
                    <th scope="col">Where</th>
                    <th scope="col">Evidence</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.stays.map((s) => (
                    <tr key={s.id}>
                      <th scope="row">
                        {formatDate(s.startDate)} to {formatDate(s.endDate)}
                      </th>
                      <td>
                        {STAY_LOCATION_LABELS[s.location] ?? s.location}
                        {s.locationDescription ? `: ${s.locationDescription}` : ''}
                      </td>
                      <td>
                        {s.documentation ? HOMELESS_EVIDENCE_LABELS[s.documentation] : 'None'}
                        {s.source ? ` (${SOURCE_LABELS[s.source]})` : ''}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button"
                          disabled={remove.isPending}
                          onClick={() => remove.mutate({ stayId: s.id })}
                        >
                          Remove
                          <span className="visually-hidden"> the stay from {formatDate(s.startDate)}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="card" aria-labelledby="chronic-heading">
            <h3 id="chronic-heading">
              Chronic homelessness: {list.data.chronic.chronic ? 'established' : 'not established'}
            </h3>
            <p>
              {list.data.chronic.monthsCounted} month(s) counted of 12, on {list.data.chronic.occasions}{' '}
              occasion(s); {list.data.chronic.selfCertifiedMonths} self-certified (3 at most).
            </p>
            <Reasons reasons={list.data.chronic.reasons} label="Reasons:" />
          </div>
          {list.data.chronic.months.length > 0 && (
            <div className="table-wrap">
              <table>
                <caption>
                  Month by month since {formatDate(list.data.chronic.lookbackStart)}: what each month counts
                  as, and the evidence that would change it
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    <th scope="col">Status</th>
                    <th scope="col">Best evidence</th>
                    <th scope="col">Nights homeless</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.chronic.months.map((m) => (
                    <tr key={m.month}>
                      <th scope="row">{monthName(m.month)}</th>
                      <td>
                        {MONTH_STATUS[m.status] ?? m.status}
                        {m.inCurrentOccasion ? ' — current occasion' : ''}
                      </td>
                      <td>
                        {m.bestEvidence
                          ? HOMELESS_EVIDENCE_LABELS[m.bestEvidence]
                          : m.status === 'not_documented'
                            ? 'None: add third-party or intake-worker evidence to count it'
                            : '—'}
                      </td>
                      <td>{m.homelessNights}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      {add.isSuccess && <Saved>Stay added.</Saved>}
      <form className="card" noValidate onSubmit={onSubmit}>
        <h3>Add a stay</h3>
        <ErrorSummary fields={f} serverError={add.error} at={errors.at} labels={LABELS} />
        <TextField label="First night" type="date" error={f.start} {...form.register('start')} />
        <TextField
          label="Last night"
          type="date"
          hint="Inclusive; not in the future."
          error={f.end}
          {...form.register('end')}
        />
        <SelectField
          label="Where"
          options={STAY_LOCATIONS.map((l) => ({ value: l, label: STAY_LOCATION_LABELS[l] }))}
          error={f.location}
          {...form.register('location')}
        />
        <TextField
          label="Place (optional)"
          hint="For example the shelter’s name or “car behind the library”."
          error={f.locationDescription}
          {...form.register('locationDescription')}
        />
        <SelectField
          label="Evidence"
          hint="In HUD's order of priority."
          options={[{ value: '', label: 'None yet' }, ...HOMELESS_EVIDENCE_OPTIONS]}
          error={f.documentation}
          {...form.register('documentation')}
        />
        {documentation === 'third_party' && (
          <SelectField
            label="Third-party source"
            hint="In the Maine order of preference."
            options={[{ value: '', label: 'Choose…' }, ...SOURCE_OPTIONS]}
            error={f.source}
            {...form.register('source')}
          />
        )}
        <button type="submit" className="button primary" disabled={add.isPending}>
          Add stay
        </button>
      </form>
    </section>
  );
}
