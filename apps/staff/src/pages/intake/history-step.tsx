import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { STAY_LOCATIONS, ZStayAddInput } from '@hearth/domain';
import {
  ErrorState,
  Form,
  Loading,
  optionalText,
  Saved,
  SelectField,
  TextField,
  useSchemaForm,
  useTRPC,
} from '@hearth/ui';
import { ChronicMonths, StaysTable } from './history-tables';
import { HOMELESS_EVIDENCE_OPTIONS, SOURCE_OPTIONS, STAY_LOCATION_LABELS } from './labels';

interface StayForm {
  start: string;
  end: string;
  location: string;
  locationDescription: string;
  documentation: string;
  source: string;
}

const EMPTY_DATES = { start: '', end: '', locationDescription: '' };

/** Step 2b: the homelessness history as stays, and the chronic assessment month by month. */
export function HistoryStep({ applicationId }: { applicationId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.staff.stays.list.queryOptions({ applicationId }));
  const invalidate = () =>
    queryClient.invalidateQueries({ queryKey: trpc.staff.stays.list.queryKey({ applicationId }) });
  const remove = useMutation(trpc.staff.stays.remove.mutationOptions({ onSuccess: invalidate }));
  const form = useSchemaForm({
    schema: ZStayAddInput,
    defaultValues: {
      ...EMPTY_DATES,
      location: 'place_not_meant_for_habitation',
      documentation: 'third_party',
      source: '',
    },
    toInput: (v: StayForm) => ({
      applicationId,
      start: v.start,
      end: v.end,
      location: v.location,
      locationDescription: optionalText(v.locationDescription),
      documentation: v.documentation || undefined,
      source: v.documentation === 'third_party' ? v.source || undefined : undefined,
    }),
    messages: {
      start: { empty: 'Enter the first night' },
      end: { empty: 'Enter the last night' },
      source: { empty: 'Choose the third-party source' },
    },
  });
  const add = useMutation(
    trpc.staff.stays.add.mutationOptions({
      onSuccess: async () => {
        form.reset({ ...form.getValues(), ...EMPTY_DATES });
        await invalidate();
      },
    }),
  );
  const documentation = form.watch('documentation');

  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Homelessness history</h2>
      {list.isPending ? (
        <Loading label="Loading the history" />
      ) : list.isError ? (
        <ErrorState error={list.error} />
      ) : (
        <>
          <StaysTable
            stays={list.data.stays}
            removing={remove.isPending}
            onRemove={(stayId) => remove.mutate({ stayId })}
          />
          <ChronicMonths chronic={list.data.chronic} />
        </>
      )}
      {add.isSuccess && <Saved>Stay added.</Saved>}
      <section className="card" aria-labelledby="add-stay-heading">
        <h3 id="add-stay-heading">Add a stay</h3>
        <Form form={form} onSubmit={(input) => add.mutateAsync(input)}>
          <TextField label="First night" type="date" {...form.field('start')} />
          <TextField
            label="Last night"
            type="date"
            hint="Inclusive; not in the future."
            {...form.field('end')}
          />
          <SelectField
            label="Where"
            options={STAY_LOCATIONS.map((l) => ({ value: l, label: STAY_LOCATION_LABELS[l] }))}
            {...form.field('location')}
          />
          <TextField
            label="Place (optional)"
            hint="For example the shelter’s name or “car behind the library”."
            {...form.field('locationDescription')}
          />
          <SelectField
            label="Evidence"
            hint="In HUD's order of priority."
            options={[{ value: '', label: 'None yet' }, ...HOMELESS_EVIDENCE_OPTIONS]}
            {...form.field('documentation')}
          />
          {documentation === 'third_party' && (
            <SelectField
              label="Third-party source"
              hint="In the Maine order of preference."
              options={[{ value: '', label: 'Choose…' }, ...SOURCE_OPTIONS]}
              {...form.field('source')}
            />
          )}
          <button type="submit" className="button primary" disabled={add.isPending}>
            Add stay
          </button>
        </Form>
      </section>
    </section>
  );
}
