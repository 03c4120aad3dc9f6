import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ZDisabilityEvidenceAddInput } from '@hearth/domain';
import {
  EmptyState,
  ErrorState,
  formatDate,
  Loading,
  SelectField,
  TextAreaField,
  TextField,
  useForm,
  useTRPC,
} from '@hearth/ui';
import { ErrorSummary, isoToday, optionalText, Reasons, Saved, useFormErrors } from './form-helpers';
import {
  CREDENTIAL_OPTIONS,
  DISABILITY_TYPE_OPTIONS,
  DISABLED_MEMBER_OPTIONS,
  disabilityTypeLabel,
  StatusBadge,
} from './labels';

interface DisabilityForm {
  type: string;
  disabledMember: string;
  evidenceDate: string;
  credential: string;
  professionalName: string;
  licensed: boolean;
  longContinuing: boolean;
  impedes: boolean;
  benefit: string;
  notes: string;
}

const LABELS: Record<string, string> = {
  type: 'Type of evidence',
  disabledMember: 'Who has the disability',
  evidenceDate: 'Date of the evidence',
  credential: "Professional's credential",
  benefit: 'Benefit',
};

/** Step 3: disability evidence and the eligibility it gives, with the 45-day deadline. */
export function DisabilityStep({ applicationId }: { applicationId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.staff.disability.list.queryOptions({ applicationId }));
  const add = useMutation(
    trpc.staff.disability.addEvidence.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.staff.disability.list.queryKey({ applicationId }) }),
    }),
  );
  const errors = useFormErrors(add.error);
  const form = useForm<DisabilityForm>({
    defaultValues: {
      type: 'professional_verification',
      disabledMember: 'head_of_household',
      evidenceDate: isoToday(),
      credential: '',
      professionalName: '',
      licensed: false,
      longContinuing: false,
      impedes: false,
      benefit: '',
      notes: '',
    },
  });
  const type = form.watch('type');
  const onSubmit = form.handleSubmit((v) => {
    add.reset();
    const professional = v.type === 'professional_verification';
    const payload = errors.check(
      ZDisabilityEvidenceAddInput,
      {
        applicationId,
        type: v.type,
        disabledMember: v.disabledMember,
        evidenceDate: v.evidenceDate,
        credential: professional ? v.credential || undefined : undefined,
        professionalName: professional ? optionalText(v.professionalName) : undefined,
        licensedByStateToDiagnoseAndTreat: professional ? v.licensed : undefined,
        certifiesLongContinuingOrIndefinite: professional ? v.longContinuing : undefined,
        certifiesSubstantiallyImpedesIndependentLiving: professional ? v.impedes : undefined,
        benefit: v.type === 'disability_benefit_receipt' ? optionalText(v.benefit) : undefined,
        notes: optionalText(v.notes),
      },
      { evidenceDate: 'Enter the date of the evidence' },
    );
    if (payload) add.mutate(payload);
  });
  const f = errors.fields;

  return (
    <section aria-labelledby="disability-heading">
      <h2 id="disability-heading">Disability</h2>
      {list.isPending ? (
        <Loading label="Loading the disability evidence" />
      ) : list.isError ? (
        <ErrorState error={list.error} />
      ) : (
        <>
          <div className="card" aria-labelledby="eligibility-now">
            <h3 id="eligibility-now">Eligibility on the file today</h3>
            <p>
              <StatusBadge status={list.data.eligibility.status} />
            </p>
            {list.data.eligibility.disabilityVerificationDeadline && (
              <p>
                <strong>
                  Disability confirmation due by{' '}
                  {formatDate(list.data.eligibility.disabilityVerificationDeadline)}
                </strong>{' '}
                (45 days from the application date): a licensed professional’s, SSA’s or a disability
                benefit’s written verification.
              </p>
            )}
            <Reasons reasons={list.data.eligibility.reasons} label="Reasons:" />
          </div>
          {list.data.evidence.length === 0 ? (
            <EmptyState title="No disability evidence yet" />
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">Disability evidence on file</caption>
                <thead>
                  <tr>
                    <th scope="col">Evidence</th>
                    <th scope="col">Date</th>
                    <th scope="col">Who</th>
                    <th scope="col">Accepted?</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.evidence.map((e) => (
                    <tr key={e.id}>
                      <th scope="row">
                        {disabilityTypeLabel(e.type)}
                        {e.credential
                          ? ` (${e.credential}${e.professionalName ? `, ${e.professionalName}` : ''})`
                          : ''}
                        {e.benefit ? ` (${e.benefit})` : ''}
                      </th>
                      <td>{formatDate(e.evidenceDate)}</td>
                      <td>
                        {DISABLED_MEMBER_OPTIONS.find((o) => o.value === e.disabledMember)?.label ??
                          e.disabledMember}
                      </td>
                      <td>
                        {e.isAcceptable ? (e.isProvisional ? 'Provisionally' : 'Yes') : 'No'}
                        <Reasons reasons={e.reasons} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      {add.data && (
        <Saved>
          Evidence added. Eligibility now: <StatusBadge status={add.data.eligibility.status} />
        </Saved>
      )}
      <form className="card" noValidate onSubmit={onSubmit}>
        <h3>Add disability evidence</h3>
        <ErrorSummary fields={f} serverError={add.error} at={errors.at} labels={LABELS} />
        <SelectField
          label="Type of evidence"
          hint="Intake-staff observation is accepted for 45 days while written confirmation is sought; self-report never counts."
          options={DISABILITY_TYPE_OPTIONS}
          error={f.type}
          {...form.register('type')}
        />
        <SelectField
          label="Who has the disability"
          options={DISABLED_MEMBER_OPTIONS}
          error={f.disabledMember}
          {...form.register('disabledMember')}
        />
        <TextField
          label="Date of the evidence"
          type="date"
          hint="Not in the future."
          error={f.evidenceDate}
          {...form.register('evidenceDate')}
        />
        {type === 'professional_verification' && (
          <>
            <SelectField
              label="Professional's credential"
              hint="Licensed professionals the Maine PSHP page accepts."
              options={[{ value: '', label: 'Choose…' }, ...CREDENTIAL_OPTIONS]}
              error={f.credential}
              {...form.register('credential')}
            />
            <TextField
              label="Professional's name (optional)"
              error={f.professionalName}
              {...form.register('professionalName')}
            />
            <fieldset className="choices">
              <legend>The verification states that</legend>
              <label className="choice">
                <input type="checkbox" {...form.register('licensed')} />
                the professional is licensed by the State to diagnose and treat the condition
              </label>
              <label className="choice">
                <input type="checkbox" {...form.register('longContinuing')} />
                the disability is expected to be long-continuing or of indefinite duration
              </label>
              <label className="choice">
                <input type="checkbox" {...form.register('impedes')} />
                it substantially impedes the person’s ability to live independently
              </label>
            </fieldset>
          </>
        )}
        {type === 'disability_benefit_receipt' && (
          <TextField
            label="Benefit"
            hint="For example SSDI or VA disability compensation."
            error={f.benefit}
            {...form.register('benefit')}
          />
        )}
        <TextAreaField label="Notes (optional)" rows={3} {...form.register('notes')} />
        <button type="submit" className="button primary" disabled={add.isPending}>
          Add evidence
        </button>
      </form>
    </section>
  );
}
