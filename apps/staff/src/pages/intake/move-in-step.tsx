import { useMutation, useQuery } from '@tanstack/react-query';
import { ZMoveInRecordInput } from '@hearth/domain';
import {
  Form,
  formatCents,
  formatDate,
  Reasons,
  Saved,
  SelectField,
  TextField,
  useSchemaForm,
  useToday,
  useTRPC,
} from '@hearth/ui';
import type { Enrollment } from './enrollment-step';
import { useInvalidateApplication } from './use-invalidate-application';

/** Step 5c: the unit and housing move-in date (recorded once, never changed). */
export function MoveInStep({ applicationId, enrollment }: { applicationId: string; enrollment: Enrollment }) {
  const trpc = useTRPC();
  const today = useToday();
  const invalidate = useInvalidateApplication(applicationId);
  const record = useMutation(trpc.staff.moveIn.record.mutationOptions({ onSuccess: invalidate }));
  const vacant = useQuery(trpc.staff.units.list.queryOptions({ vacantOnly: true }));
  const form = useSchemaForm({
    schema: ZMoveInRecordInput,
    defaultValues: { unitId: '', housingMoveInDate: today },
    toInput: (v: { unitId: string; housingMoveInDate: string }) => ({ applicationId, ...v }),
    messages: {
      unitId: { empty: 'Choose the unit' },
      housingMoveInDate: { empty: 'Enter the move-in date' },
    },
  });
  if (record.data)
    return (
      <section aria-labelledby="move-in-heading">
        <h2 id="move-in-heading">Move-in</h2>
        <Saved>
          Moved in to unit {record.data.unit.label} at {record.data.unit.propertyName} on{' '}
          {formatDate(record.data.enrollment.housingMoveInDate)}. The lease starts that day; its first rent
          charge is {formatCents(record.data.lease.firstChargeCents)}. First annual assessment between{' '}
          {formatDate(record.data.firstAnnualAssessment.windowStart)} and{' '}
          {formatDate(record.data.firstAnnualAssessment.windowEnd)}.
        </Saved>
        <Reasons reasons={record.data.reasons} />
      </section>
    );
  return (
    <section aria-labelledby="move-in-heading">
      <h2 id="move-in-heading">Move-in</h2>
      {enrollment?.housingMoveInDate ? (
        <p>
          Moved in on {formatDate(enrollment.housingMoveInDate)}. The move-in date is recorded once and never
          changed.
        </p>
      ) : (
        <Form className="card" form={form} onSubmit={(input) => record.mutateAsync(input)}>
          <SelectField
            label="Unit"
            hint={
              vacant.isError
                ? 'The list of vacant units could not be loaded.'
                : 'Vacant units of the program, with their contract rent. The lease opens at move-in, with the saved rent determination’s tenant portion.'
            }
            options={[
              { value: '', label: vacant.isPending ? 'Loading units…' : 'Choose a vacant unit' },
              ...(vacant.data ?? []).map((u) => ({
                value: u.unitId,
                label: `${u.propertyName}, unit ${u.unitLabel} (${u.bedrooms} bedroom${u.bedrooms === 1 ? '' : 's'}, ${u.contractRentCents === null ? 'no contract rent set' : `${formatCents(u.contractRentCents)} a month`})`,
              })),
            ]}
            {...form.field('unitId')}
          />
          <TextField
            label="Housing move-in date"
            type="date"
            hint="On or after the project start date; not in the future. Recorded once, never changed."
            {...form.field('housingMoveInDate')}
          />
          <button type="submit" className="button primary" disabled={record.isPending || !enrollment}>
            Record move-in
          </button>
        </Form>
      )}
    </section>
  );
}
