import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  PRIORITY_POPULATION_LABELS,
  PRIORITY_POPULATIONS,
  ZApplicationOpenInput,
  ZReferralCreateInput,
} from '@hearth/domain';
import {
  ErrorState,
  Loading,
  PageHeader,
  SelectField,
  TextAreaField,
  TextField,
  useForm,
  usePageTitle,
  useTRPC,
} from '@hearth/ui';
import { ErrorSummary, isoToday, optionalInt, optionalText, Saved, useFormErrors } from './form-helpers';

interface ReferralForm {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  serviceHubId: string;
  byNameListRank: string;
  referralDate: string;
  priorityPopulations: string[];
  caseConferencingNotes: string;
}

const LABELS: Record<string, string> = {
  'person.firstName': 'First name',
  'person.lastName': 'Last name',
  'person.dateOfBirth': 'Date of birth',
  serviceHubId: 'CES Service Hub',
  byNameListRank: 'By-name list rank',
  referralDate: 'Referral date',
  priorityPopulations: 'Priority populations',
  caseConferencingNotes: 'Case-conferencing notes',
};

/** A CES referral for someone new to the program; the application is opened on it. */
export function NewReferralPage() {
  usePageTitle('New referral', 'Staff portal');
  const trpc = useTRPC();
  const hubs = useQuery(trpc.staff.serviceHubs.list.queryOptions());
  const create = useMutation(trpc.staff.referrals.create.mutationOptions());
  const errors = useFormErrors(create.error);
  const form = useForm<ReferralForm>({
    defaultValues: {
      firstName: '',
      lastName: '',
      dateOfBirth: '',
      serviceHubId: '',
      byNameListRank: '',
      referralDate: isoToday(),
      priorityPopulations: [],
      caseConferencingNotes: '',
    },
  });

  const onSubmit = form.handleSubmit((v) => {
    create.reset();
    const payload = errors.check(
      ZReferralCreateInput,
      {
        person: {
          firstName: v.firstName,
          lastName: v.lastName,
          dateOfBirth: optionalText(v.dateOfBirth),
        },
        serviceHubId: v.serviceHubId,
        byNameListRank: optionalInt(v.byNameListRank),
        referralDate: v.referralDate,
        priorityPopulations: v.priorityPopulations,
        caseConferencingNotes: optionalText(v.caseConferencingNotes),
      },
      { serviceHubId: 'Choose the CES Service Hub', referralDate: 'Enter the referral date' },
    );
    if (payload) create.mutate(payload);
  });

  if (create.data)
    return (
      <OpenApplication
        referralId={create.data.referralId}
        personId={create.data.personId}
        referralDate={form.getValues('referralDate')}
        name={`${form.getValues('firstName')} ${form.getValues('lastName')}`}
      />
    );

  const f = errors.fields;
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
        <form className="card" noValidate onSubmit={onSubmit}>
          <ErrorSummary fields={f} serverError={create.error} at={errors.at} labels={LABELS} />
          <h2>The person referred</h2>
          <TextField
            label="First name"
            autoComplete="off"
            error={f['person.firstName']}
            {...form.register('firstName')}
          />
          <TextField
            label="Last name"
            autoComplete="off"
            error={f['person.lastName']}
            {...form.register('lastName')}
          />
          <TextField
            label="Date of birth (optional)"
            type="date"
            hint="Needed later for the rent calculation."
            error={f['person.dateOfBirth']}
            {...form.register('dateOfBirth')}
          />
          <h2>The referral</h2>
          <SelectField
            label="CES Service Hub"
            error={f.serviceHubId}
            options={[
              { value: '', label: 'Choose…' },
              ...hubs.data.map((h) => ({ value: h.id, label: `Hub ${h.number}: ${h.name}` })),
            ]}
            {...form.register('serviceHubId')}
          />
          <TextField
            label="By-name list rank (optional)"
            inputMode="numeric"
            hint="The person's place on the hub's by-name list: 1 is the highest priority."
            error={f.byNameListRank}
            {...form.register('byNameListRank')}
          />
          <TextField
            label="Referral date"
            type="date"
            hint="The date the hub referred the person; not in the future."
            error={f.referralDate}
            {...form.register('referralDate')}
          />
          <fieldset className="choices" aria-describedby="priority-hint">
            <legend>Priority populations</legend>
            <p className="hint" id="priority-hint">
              Tick every one that applies.
            </p>
            {PRIORITY_POPULATIONS.map((p) => (
              <label key={p} className="choice">
                <input type="checkbox" value={p} {...form.register('priorityPopulations')} />
                {PRIORITY_POPULATION_LABELS[p]}
              </label>
            ))}
            {f.priorityPopulations && <p className="field-error">{f.priorityPopulations}</p>}
          </fieldset>
          <TextAreaField
            label="Case-conferencing notes (optional)"
            rows={4}
            error={f.caseConferencingNotes}
            {...form.register('caseConferencingNotes')}
          />
          <button type="submit" className="button primary" disabled={create.isPending}>
            Record the referral
          </button>
        </form>
      )}
    </>
  );
}

function OpenApplication({
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
  const open = useMutation(
    trpc.staff.applications.open.mutationOptions({
      onSuccess: (data) => navigate(`/applications/${data.applicationId}`),
    }),
  );
  const errors = useFormErrors(open.error);
  const [applicationDate, setApplicationDate] = useState(
    isoToday() < referralDate ? referralDate : isoToday(),
  );
  const [chronic, setChronic] = useState(false);
  const f = errors.fields;
  return (
    <>
      <PageHeader title="Referral recorded" />
      <Saved>
        The referral of {name} is recorded and {name} is on your caseload.
      </Saved>
      <p>
        <Link to={`/people/${personId}`}>See {name}’s record</Link>
      </p>
      <form
        className="card"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          open.reset();
          const payload = errors.check(
            ZApplicationOpenInput,
            { referralId, applicationDate, requiresChronicHomelessness: chronic },
            { applicationDate: 'Enter the application date' },
          );
          if (payload) open.mutate(payload);
        }}
      >
        <h2>Open the application</h2>
        <ErrorSummary
          fields={f}
          serverError={open.error}
          at={errors.at}
          labels={{ applicationDate: 'Application date' }}
        />
        <TextField
          label="Application date"
          type="date"
          hint="On or after the referral date; the 45-day disability deadline runs from it."
          value={applicationDate}
          error={f.applicationDate}
          onChange={(e) => setApplicationDate(e.target.value)}
        />
        <label className="choice">
          <input type="checkbox" checked={chronic} onChange={(e) => setChronic(e.target.checked)} />
          The unit is dedicated to chronically homeless households (chronic homelessness must be shown)
        </label>
        <button type="submit" className="button primary" disabled={open.isPending}>
          Open application
        </button>
      </form>
    </>
  );
}
