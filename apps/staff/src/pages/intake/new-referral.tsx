import { useMutation, useQuery } from '@tanstack/react-query';
import {
  PRIORITY_POPULATION_LABELS,
  PRIORITY_POPULATIONS,
  serviceHubLabel,
  ZReferralCreateInput,
} from '@hearth/domain';
import {
  ChoiceField,
  ErrorState,
  Form,
  Loading,
  optionalInt,
  optionalText,
  PageHeader,
  SelectField,
  TextAreaField,
  TextField,
  usePageTitle,
  useSchemaForm,
  useToday,
  useTRPC,
} from '@hearth/ui';
import { OpenApplication } from './open-application';

interface ReferralForm {
  person: { firstName: string; lastName: string; dateOfBirth: string };
  serviceHubId: string;
  byNameListRank: string;
  referralDate: string;
  priorityPopulations: string[];
  caseConferencingNotes: string;
}

const PRIORITY_OPTIONS = PRIORITY_POPULATIONS.map((p) => ({
  value: p,
  label: PRIORITY_POPULATION_LABELS[p],
}));

/** A CES referral for someone new to the program; the application is opened on it. */
export function NewReferralPage() {
  usePageTitle('New referral', 'Staff portal');
  const trpc = useTRPC();
  const today = useToday();
  const hubs = useQuery(trpc.staff.serviceHubs.list.queryOptions());
  const create = useMutation(trpc.staff.referrals.create.mutationOptions());
  const form = useSchemaForm({
    schema: ZReferralCreateInput,
    defaultValues: {
      person: { firstName: '', lastName: '', dateOfBirth: '' },
      serviceHubId: '',
      byNameListRank: '',
      referralDate: today,
      priorityPopulations: [],
      caseConferencingNotes: '',
    },
    toInput: (v: ReferralForm) => ({
      person: {
        firstName: v.person.firstName,
        lastName: v.person.lastName,
        dateOfBirth: optionalText(v.person.dateOfBirth),
      },
      serviceHubId: v.serviceHubId,
      byNameListRank: optionalInt(v.byNameListRank),
      referralDate: v.referralDate,
      priorityPopulations: v.priorityPopulations,
      caseConferencingNotes: optionalText(v.caseConferencingNotes),
    }),
    messages: {
      serviceHubId: { empty: 'Choose the CES Service Hub' },
      byNameListRank: { invalid: 'Enter the rank as a whole number, such as 3' },
      referralDate: { empty: 'Enter the referral date' },
    },
  });

  if (create.data) {
    const { person, referralDate } = form.getValues();
    return (
      <OpenApplication
        referralId={create.data.referralId}
        personId={create.data.personId}
        referralDate={referralDate}
        name={`${person.firstName} ${person.lastName}`}
      />
    );
  }

  return (
    <>
      <PageHeader
        title="New referral"
        subtitle="Record a referral from the Coordinated Entry (CES) Service Hub for someone on the by-name list."
      />
      {hubs.isPending ? (
        <Loading label="Loading the Service Hubs" />
      ) : hubs.isError ? (
        <ErrorState error={hubs.error} />
      ) : (
        <Form className="card" form={form} onSubmit={(input) => create.mutateAsync(input)}>
          <h2>The person referred</h2>
          <TextField label="First name" autoComplete="off" {...form.field('person.firstName')} />
          <TextField label="Last name" autoComplete="off" {...form.field('person.lastName')} />
          <TextField
            label="Date of birth (optional)"
            type="date"
            hint="Needed later for the rent calculation."
            {...form.field('person.dateOfBirth')}
          />
          <h2>The referral</h2>
          <SelectField
            label="CES Service Hub"
            options={[
              { value: '', label: 'Choose…' },
              ...hubs.data.map((h) => ({ value: h.id, label: serviceHubLabel(h) })),
            ]}
            {...form.field('serviceHubId')}
          />
          <TextField
            label="By-name list rank (optional)"
            inputMode="numeric"
            hint="The person's place on the hub's by-name list: 1 is the highest priority."
            {...form.field('byNameListRank')}
          />
          <TextField
            label="Referral date"
            type="date"
            hint="The date the hub referred the person; not in the future."
            {...form.field('referralDate')}
          />
          <ChoiceField
            legend="Priority populations"
            hint="Tick every one that applies."
            type="checkbox"
            options={PRIORITY_OPTIONS}
            {...form.field('priorityPopulations')}
          />
          <TextAreaField
            label="Case-conferencing notes (optional)"
            rows={4}
            {...form.field('caseConferencingNotes')}
          />
          <button type="submit" className="button primary" disabled={create.isPending}>
            Record the referral
          </button>
        </Form>
      )}
    </>
  );
}
