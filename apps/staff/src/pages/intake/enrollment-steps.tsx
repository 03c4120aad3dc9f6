import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ZEnrollmentUpsertInput, ZMoveInRecordInput, ZRentInput, type TRentInput } from '@hearth/domain';
import {
  EmptyState,
  ErrorState,
  formatCents,
  formatDate,
  fullName,
  Loading,
  SelectField,
  TextField,
  titleCase,
  useForm,
  useTRPC,
  type RouterOutputs,
} from '@hearth/ui';
import {
  dollarsToCents,
  ErrorSummary,
  isoToday,
  optionalText,
  Reasons,
  Saved,
  useFormErrors,
} from './form-helpers';

type Enrollment = RouterOutputs['staff']['applications']['get']['enrollment'];

function useInvalidateApplication(applicationId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({ queryKey: trpc.staff.applications.get.queryKey({ applicationId }) });
}

interface EnrollmentForm {
  projectStartDate: string;
  memberFirstName: string;
  memberLastName: string;
  memberDateOfBirth: string;
  memberRelationship: string;
}

/** Step 5: the project start date and the household members enrolled. */
export function EnrollmentStep({
  applicationId,
  enrollment,
  applicationDate,
}: {
  applicationId: string;
  enrollment: Enrollment;
  applicationDate: string;
}) {
  const trpc = useTRPC();
  const invalidate = useInvalidateApplication(applicationId);
  const upsert = useMutation(trpc.staff.enrollment.upsert.mutationOptions({ onSuccess: invalidate }));
  const errors = useFormErrors(upsert.error);
  const form = useForm<EnrollmentForm>({
    defaultValues: {
      projectStartDate:
        enrollment?.projectStartDate ?? (isoToday() < applicationDate ? applicationDate : isoToday()),
      memberFirstName: '',
      memberLastName: '',
      memberDateOfBirth: '',
      memberRelationship: 'child',
    },
  });
  const onSubmit = form.handleSubmit((v) => {
    upsert.reset();
    const adding = v.memberFirstName.trim() || v.memberLastName.trim();
    const payload = errors.check(ZEnrollmentUpsertInput, {
      applicationId,
      projectStartDate: v.projectStartDate,
      newMembers: adding
        ? [
            {
              firstName: v.memberFirstName,
              lastName: v.memberLastName,
              dateOfBirth: optionalText(v.memberDateOfBirth),
              relationshipToHead: v.memberRelationship,
            },
          ]
        : [],
    });
    if (payload)
      upsert.mutate(payload, {
        onSuccess: () => form.reset({ ...v, memberFirstName: '', memberLastName: '', memberDateOfBirth: '' }),
      });
  });
  const f = errors.fields;
  return (
    <section aria-labelledby="enrollment-heading">
      <h2 id="enrollment-heading">Enrollment</h2>
      {upsert.isSuccess && <Saved>Enrollment saved.</Saved>}
      {enrollment ? (
        <div className="card">
          <h3>Enrolled: project start {formatDate(enrollment.projectStartDate)}</h3>
          <ul>
            {enrollment.members.map((m) => (
              <li key={m.personId}>
                {fullName(m)}:{' '}
                {m.relationshipToHead === 'self'
                  ? 'head of household'
                  : titleCase(m.relationshipToHead).toLowerCase()}
                {m.dateOfBirth ? `, born ${formatDate(m.dateOfBirth)}` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>
          Not enrolled yet. Enrollment needs a determination in force that is eligible or pending disability
          verification.
        </p>
      )}
      <form className="card" noValidate onSubmit={onSubmit}>
        <h3>{enrollment ? 'Correct the start date or add a member' : 'Enroll the household'}</h3>
        <ErrorSummary
          fields={f}
          serverError={upsert.error}
          at={errors.at}
          labels={{ projectStartDate: 'Project start date' }}
        />
        <TextField
          label="Project start date"
          type="date"
          hint="On or after the application date; not in the future."
          error={f.projectStartDate}
          {...form.register('projectStartDate')}
        />
        <fieldset className="choices">
          <legend>Add a household member (optional)</legend>
          <TextField
            label="Member's first name"
            error={f['newMembers.0.firstName']}
            {...form.register('memberFirstName')}
          />
          <TextField
            label="Member's last name"
            error={f['newMembers.0.lastName']}
            {...form.register('memberLastName')}
          />
          <TextField
            label="Member's date of birth"
            type="date"
            error={f['newMembers.0.dateOfBirth']}
            {...form.register('memberDateOfBirth')}
          />
          <SelectField
            label="Relationship to the head of household"
            options={['spouse', 'partner', 'child', 'other_relative', 'other'].map((r) => ({
              value: r,
              label: titleCase(r),
            }))}
            {...form.register('memberRelationship')}
          />
        </fieldset>
        <button type="submit" className="button primary" disabled={upsert.isPending}>
          Save enrollment
        </button>
      </form>
    </section>
  );
}

interface RentForm {
  effectiveDate: string;
  incomeLabel: string;
  incomeAnnual: string;
  medical: string;
  childCare: string;
  utilityAllowance: string;
  contractRent: string;
  elderlyOrDisabled: boolean;
}

const RENT_LABELS: Record<string, string> = {
  effectiveDate: 'Effective date',
  'incomes.0.annualCents': 'Annual income',
  'incomes.0.label': 'Income source',
  contractRentMonthlyCents: 'Contract rent',
  utilityAllowanceMonthlyCents: 'Utility allowance',
  unreimbursedHealthMedicalCents: 'Medical expenses',
  childCareCents: 'Child care',
  householdMembers: 'Household members',
};

/** Step 5b: the rent calculation, previewed with its arithmetic, then saved as a determination. */
export function RentStep({
  applicationId,
  hasEnrollment,
}: {
  applicationId: string;
  hasEnrollment: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [input, setInput] = useState<TRentInput | null>(null);
  const preview = useQuery(trpc.staff.rent.calculate.queryOptions(input ?? skipToken));
  const saved = useQuery(trpc.staff.rent.list.queryOptions({ applicationId }));
  const save = useMutation(
    trpc.staff.rent.save.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.staff.rent.list.queryKey({ applicationId }) }),
          queryClient.invalidateQueries({
            queryKey: trpc.staff.applications.get.queryKey({ applicationId }),
          }),
        ]),
    }),
  );
  const errors = useFormErrors(preview.error ?? save.error);
  const form = useForm<RentForm>({
    defaultValues: {
      effectiveDate: isoToday(),
      incomeLabel: 'SSI',
      incomeAnnual: '',
      medical: '',
      childCare: '',
      utilityAllowance: '',
      contractRent: '',
      elderlyOrDisabled: false,
    },
  });
  const onSubmit = form.handleSubmit((v) => {
    save.reset();
    const income = dollarsToCents(v.incomeAnnual);
    const payload = errors.check(
      ZRentInput,
      {
        applicationId,
        effectiveDate: v.effectiveDate,
        incomes: income === undefined ? [] : [{ label: v.incomeLabel, annualCents: income }],
        elderlyOrDisabledFamily: v.elderlyOrDisabled || undefined,
        unreimbursedHealthMedicalCents: dollarsToCents(v.medical),
        childCareCents: dollarsToCents(v.childCare),
        utilityAllowanceMonthlyCents: dollarsToCents(v.utilityAllowance),
        contractRentMonthlyCents: dollarsToCents(v.contractRent),
      },
      {
        effectiveDate: 'Enter the effective date',
        contractRentMonthlyCents: 'Enter the contract rent in dollars',
      },
    );
    if (payload) setInput(payload);
  });
  const f = errors.fields;
  return (
    <section aria-labelledby="rent-heading">
      <h2 id="rent-heading">Rent</h2>
      {!hasEnrollment && (
        <p>Enroll the household before saving a rent determination; a preview is possible now.</p>
      )}
      <form className="card" noValidate onSubmit={onSubmit}>
        <h3>Income and expenses</h3>
        <p className="hint">
          Enter amounts in dollars (for example 9,600.00); they are stored in cents. Household members and
          ages are taken from the record.
        </p>
        <ErrorSummary
          fields={f}
          serverError={preview.error ?? save.error}
          at={errors.at}
          labels={RENT_LABELS}
        />
        <TextField
          label="Effective date"
          type="date"
          hint="On or after the project start date."
          error={f.effectiveDate}
          {...form.register('effectiveDate')}
        />
        <TextField label="Income source" error={f['incomes.0.label']} {...form.register('incomeLabel')} />
        <TextField
          label="Annual income, in dollars"
          inputMode="decimal"
          hint="Net of excluded income. Leave empty for no income."
          error={f['incomes.0.annualCents'] ?? f.incomes}
          {...form.register('incomeAnnual')}
        />
        <label className="choice">
          <input type="checkbox" {...form.register('elderlyOrDisabled')} />
          Elderly or disabled family
        </label>
        <TextField
          label="Unreimbursed medical expenses per year, in dollars (optional)"
          inputMode="decimal"
          error={f.unreimbursedHealthMedicalCents}
          {...form.register('medical')}
        />
        <TextField
          label="Child care per year, in dollars (optional)"
          inputMode="decimal"
          error={f.childCareCents}
          {...form.register('childCare')}
        />
        <TextField
          label="Utility allowance per month, in dollars (optional)"
          inputMode="decimal"
          error={f.utilityAllowanceMonthlyCents}
          {...form.register('utilityAllowance')}
        />
        <TextField
          label="Contract rent per month, in dollars"
          inputMode="decimal"
          error={f.contractRentMonthlyCents}
          {...form.register('contractRent')}
        />
        <button type="submit" className="button primary">
          Preview the rent
        </button>
      </form>
      {preview.isFetching && <Loading label="Calculating" />}
      {preview.data && input && (
        <div className="card" aria-labelledby="preview-heading">
          <h3 id="preview-heading">
            Preview: tenant rent {formatCents(preview.data.calculation.tenantRentCents)} a month
          </h3>
          <ol>
            {preview.data.arithmetic.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
          <p>Next recertification due {formatDate(preview.data.nextRecertificationDue)}.</p>
          <button
            type="button"
            className="button primary"
            disabled={save.isPending || !hasEnrollment}
            onClick={() => save.mutate(input)}
          >
            Save rent determination
          </button>
        </div>
      )}
      {save.isSuccess && (
        <Saved>Rent determination saved, effective {formatDate(save.data.effectiveDate)}.</Saved>
      )}
      <h3>Saved rent determinations</h3>
      {saved.isPending ? (
        <Loading label="Loading rent determinations" />
      ) : saved.isError ? (
        <ErrorState error={saved.error} />
      ) : saved.data.length === 0 ? (
        <EmptyState title="None saved yet" />
      ) : (
        saved.data.map((r) => (
          <details key={r.id} className="card">
            <summary>
              Effective {formatDate(r.effectiveDate)}: tenant rent {formatCents(r.tenantRentCents)},
              assistance to owner {formatCents(r.rentalAssistanceToOwnerCents)}; recertify by{' '}
              {formatDate(r.nextRecertificationDue)}
            </summary>
            <ol>
              {r.arithmetic.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ol>
          </details>
        ))
      )}
    </section>
  );
}

/** Step 5c: the unit and housing move-in date (recorded once, never changed). */
export function MoveInStep({ applicationId, enrollment }: { applicationId: string; enrollment: Enrollment }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateApplication(applicationId);
  const record = useMutation(trpc.staff.moveIn.record.mutationOptions({ onSuccess: invalidate }));
  const errors = useFormErrors(record.error);
  const [unitId, setUnitId] = useState('');
  const vacant = useQuery(trpc.staff.units.list.queryOptions({ vacantOnly: true }));
  const [date, setDate] = useState(isoToday());
  const f = errors.fields;
  if (record.data)
    return (
      <section aria-labelledby="move-in-heading">
        <h2 id="move-in-heading">Move-in</h2>
        <Saved>
          Moved in to unit {record.data.unit.label} at {record.data.unit.propertyName} on{' '}
          {formatDate(record.data.enrollment.housingMoveInDate)}. First annual assessment between{' '}
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
        <form
          className="card"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            record.reset();
            const payload = errors.check(
              ZMoveInRecordInput,
              { applicationId, unitId: unitId.trim(), housingMoveInDate: date },
              { unitId: 'Choose the unit', housingMoveInDate: 'Enter the move-in date' },
            );
            if (payload) record.mutate(payload);
          }}
        >
          <ErrorSummary
            fields={f}
            serverError={record.error}
            at={errors.at}
            labels={{ unitId: 'Unit', housingMoveInDate: 'Housing move-in date' }}
          />
          <SelectField
            label="Unit"
            hint={
              vacant.isError
                ? 'The list of vacant units could not be loaded.'
                : 'Vacant units of the program.'
            }
            value={unitId}
            error={f.unitId}
            onChange={(e) => setUnitId(e.target.value)}
            options={[
              { value: '', label: vacant.isPending ? 'Loading units…' : 'Choose a vacant unit' },
              ...(vacant.data ?? []).map((u) => ({
                value: u.unitId,
                label: `${u.propertyName}, unit ${u.unitLabel} (${u.bedrooms} bedroom${u.bedrooms === 1 ? '' : 's'})`,
              })),
            ]}
          />
          <TextField
            label="Housing move-in date"
            type="date"
            hint="On or after the project start date; not in the future. Recorded once, never changed."
            value={date}
            error={f.housingMoveInDate}
            onChange={(e) => setDate(e.target.value)}
          />
          <button type="submit" className="button primary" disabled={record.isPending || !enrollment}>
            Record move-in
          </button>
        </form>
      )}
    </section>
  );
}
