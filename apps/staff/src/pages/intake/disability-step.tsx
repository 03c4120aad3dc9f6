import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ZDisabilityEvidenceAddInput } from '@hearth/domain';
import {
  CheckboxField,
  ErrorState,
  Form,
  Loading,
  optionalText,
  Saved,
  SelectField,
  TextAreaField,
  TextField,
  useSchemaForm,
  useToday,
  useTRPC,
} from '@hearth/ui';
import { DisabilityOnFile } from './disability-on-file';
import { CREDENTIAL_OPTIONS, DISABILITY_TYPE_OPTIONS, DISABLED_MEMBER_OPTIONS, StatusBadge } from './labels';

interface DisabilityForm {
  type: string;
  disabledMember: string;
  evidenceDate: string;
  credential: string;
  professionalName: string;
  licensedByStateToDiagnoseAndTreat: boolean;
  certifiesLongContinuingOrIndefinite: boolean;
  certifiesSubstantiallyImpedesIndependentLiving: boolean;
  benefit: string;
  notes: string;
}

/** Step 3: disability evidence and the eligibility it gives, with the 45-day deadline. */
export function DisabilityStep({ applicationId }: { applicationId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const today = useToday();
  const list = useQuery(trpc.staff.disability.list.queryOptions({ applicationId }));
  const add = useMutation(
    trpc.staff.disability.addEvidence.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.staff.disability.list.queryKey({ applicationId }) }),
          // The file changed: its deadlines reload with it.
          queryClient.invalidateQueries({
            queryKey: trpc.staff.applications.get.queryKey({ applicationId }),
          }),
        ]),
    }),
  );
  const form = useSchemaForm({
    schema: ZDisabilityEvidenceAddInput,
    defaultValues: {
      type: 'professional_verification',
      disabledMember: 'head_of_household',
      evidenceDate: today,
      credential: '',
      professionalName: '',
      licensedByStateToDiagnoseAndTreat: false,
      certifiesLongContinuingOrIndefinite: false,
      certifiesSubstantiallyImpedesIndependentLiving: false,
      benefit: '',
      notes: '',
    },
    toInput: (v: DisabilityForm) => {
      const professional = v.type === 'professional_verification';
      return {
        applicationId,
        type: v.type,
        disabledMember: v.disabledMember,
        evidenceDate: v.evidenceDate,
        credential: professional ? v.credential || undefined : undefined,
        professionalName: professional ? optionalText(v.professionalName) : undefined,
        licensedByStateToDiagnoseAndTreat: professional ? v.licensedByStateToDiagnoseAndTreat : undefined,
        certifiesLongContinuingOrIndefinite: professional ? v.certifiesLongContinuingOrIndefinite : undefined,
        certifiesSubstantiallyImpedesIndependentLiving: professional
          ? v.certifiesSubstantiallyImpedesIndependentLiving
          : undefined,
        benefit: v.type === 'disability_benefit_receipt' ? optionalText(v.benefit) : undefined,
        notes: optionalText(v.notes),
      };
    },
    messages: {
      evidenceDate: { empty: 'Enter the date of the evidence' },
      credential: { empty: "Choose the professional's credential" },
      benefit: { empty: 'Name the benefit' },
    },
  });
  const type = form.watch('type');

  return (
    <section aria-labelledby="disability-heading">
      <h2 id="disability-heading">Disability</h2>
      {list.isPending ? (
        <Loading label="Loading the disability evidence" />
      ) : list.isError ? (
        <ErrorState error={list.error} />
      ) : (
        <DisabilityOnFile eligibility={list.data.eligibility} evidence={list.data.evidence} />
      )}
      {add.data && (
        <Saved>
          Evidence added. Eligibility now: <StatusBadge status={add.data.eligibility.status} />
        </Saved>
      )}
      <section className="card" aria-labelledby="add-disability-heading">
        <h3 id="add-disability-heading">Add disability evidence</h3>
        <Form form={form} onSubmit={(input) => add.mutateAsync(input)}>
          <SelectField
            label="Type of evidence"
            hint="Intake-staff observation is accepted for 45 days while written confirmation is sought; self-report never counts."
            options={DISABILITY_TYPE_OPTIONS}
            {...form.field('type')}
          />
          <SelectField
            label="Who has the disability"
            options={DISABLED_MEMBER_OPTIONS}
            {...form.field('disabledMember')}
          />
          <TextField
            label="Date of the evidence"
            type="date"
            hint="Not in the future."
            {...form.field('evidenceDate')}
          />
          {type === 'professional_verification' && (
            <>
              <SelectField
                label="Professional's credential"
                hint="Licensed professionals the Maine PSHP page accepts."
                options={[{ value: '', label: 'Choose…' }, ...CREDENTIAL_OPTIONS]}
                {...form.field('credential')}
              />
              <TextField label="Professional's name (optional)" {...form.field('professionalName')} />
              <fieldset className="choices">
                <legend>The verification states that</legend>
                <CheckboxField
                  label="the professional is licensed by the State to diagnose and treat the condition"
                  {...form.field('licensedByStateToDiagnoseAndTreat')}
                />
                <CheckboxField
                  label="the disability is expected to be long-continuing or of indefinite duration"
                  {...form.field('certifiesLongContinuingOrIndefinite')}
                />
                <CheckboxField
                  label="it substantially impedes the person’s ability to live independently"
                  {...form.field('certifiesSubstantiallyImpedesIndependentLiving')}
                />
              </fieldset>
            </>
          )}
          {type === 'disability_benefit_receipt' && (
            <TextField
              label="Benefit"
              hint="For example SSDI or VA disability compensation."
              {...form.field('benefit')}
            />
          )}
          <TextAreaField label="Notes (optional)" rows={3} {...form.field('notes')} />
          <button type="submit" className="button primary" disabled={add.isPending}>
            Add evidence
          </button>
        </Form>
      </section>
    </section>
  );
}
