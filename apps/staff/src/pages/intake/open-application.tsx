import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { maxDate, ZApplicationOpenInput } from '@hearth/domain';
import {
  CheckboxField,
  Form,
  PageHeader,
  Saved,
  TextField,
  useSchemaForm,
  useToday,
  useTRPC,
} from '@hearth/ui';

/** After a referral is recorded: open the application on it. */
export function OpenApplication({
  referralId,
  personId,
  referralDate,
  name,
}: {
  referralId: string;
  personId: string;
  referralDate: string;
  name: string;
}) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const today = useToday();
  const open = useMutation(
    trpc.staff.applications.open.mutationOptions({
      onSuccess: (data) => navigate(`/applications/${data.applicationId}`),
    }),
  );
  const form = useSchemaForm({
    schema: ZApplicationOpenInput,
    defaultValues: { applicationDate: maxDate(today, referralDate), requiresChronicHomelessness: false },
    toInput: (v: { applicationDate: string; requiresChronicHomelessness: boolean }) => ({ referralId, ...v }),
    messages: { applicationDate: { empty: 'Enter the application date' } },
  });
  return (
    <>
      <PageHeader title="Referral recorded" />
      <Saved>
        The referral of {name} is recorded and {name} is on your caseload.
      </Saved>
      <p>
        <Link to={`/people/${personId}`}>See {name}’s record</Link>
      </p>
      <section className="card" aria-labelledby="open-application-heading">
        <h2 id="open-application-heading">Open the application</h2>
        <Form form={form} onSubmit={(input) => open.mutateAsync(input)}>
          <TextField
            label="Application date"
            type="date"
            hint="On or after the referral date; the 45-day disability deadline runs from it."
            {...form.field('applicationDate')}
          />
          <CheckboxField
            label="The unit is dedicated to chronically homeless households (chronic homelessness must be shown)"
            {...form.field('requiresChronicHomelessness')}
          />
          <button type="submit" className="button primary" disabled={open.isPending}>
            Open application
          </button>
        </Form>
      </section>
    </>
  );
}
