import { useMutation } from '@tanstack/react-query';
import { ZCreateHarmReductionPlanInput } from '@hearth/domain';
import {
  filledRows,
  Form,
  optionalInt,
  SelectField,
  TextAreaField,
  TextField,
  useSchemaForm,
  useToday,
  useTRPC,
} from '@hearth/ui';

interface OptionRow {
  option: string;
  factorsFor: string;
  factorsAgainst: string;
  landlordNonNegotiable: string;
  tenantNonNegotiable: string;
}

interface HarmReductionValues {
  housingRisk: string;
  followUpDate: string;
  chosenOption: string;
  options: OptionRow[];
}

const EMPTY_HR: HarmReductionValues = {
  housingRisk: '',
  followUpDate: '',
  chosenOption: '',
  options: [0, 1, 2].map(() => ({
    option: '',
    factorsFor: '',
    factorsAgainst: '',
    landlordNonNegotiable: '',
    tenantNonNegotiable: '',
  })),
};

const isFilled = (row: OptionRow) => Object.values<string>({ ...row }).some((text) => text.trim() !== '');

/** A new harm-reduction plan: the housing risk, up to three options weighed, the one chosen. */
export function HarmReductionForm({ personId, onDone }: { personId: string; onDone: () => void }) {
  const trpc = useTRPC();
  const today = useToday();
  const form = useSchemaForm({
    schema: ZCreateHarmReductionPlanInput,
    defaultValues: EMPTY_HR,
    toInput: (v: HarmReductionValues) => ({
      personId,
      identifiedOn: today,
      housingRisk: v.housingRisk,
      options: filledRows(v.options, isFilled),
      chosenOption: v.chosenOption === '' ? null : optionalInt(v.chosenOption),
      followUpDate: v.followUpDate,
    }),
    messages: {
      housingRisk: { empty: 'Describe the housing risk' },
      followUpDate: { empty: 'Enter the follow-up date' },
      'options.*.option': { empty: 'Describe the option' },
    },
  });
  const create = useMutation(
    trpc.staff.harmReduction.create.mutationOptions({
      onSuccess: () => {
        form.reset(EMPTY_HR);
        onDone();
      },
    }),
  );
  return (
    <section className="card" aria-labelledby="new-hr-heading">
      <h3 id="new-hr-heading">New harm-reduction plan</h3>
      <Form form={form} onSubmit={(input) => create.mutateAsync(input)}>
        <TextAreaField label="Housing risk" rows={2} {...form.field('housingRisk')} />
        {EMPTY_HR.options.map((_, i) => (
          <fieldset key={i}>
            <legend>Option {i + 1}</legend>
            <TextField label={`Option ${i + 1}`} {...form.field(`options.${i}.option`)} />
            <div className="grid">
              <TextAreaField
                label={`Option ${i + 1}: factors in favour`}
                rows={2}
                {...form.field(`options.${i}.factorsFor`)}
              />
              <TextAreaField
                label={`Option ${i + 1}: factors against`}
                rows={2}
                {...form.field(`options.${i}.factorsAgainst`)}
              />
              <TextAreaField
                label={`Option ${i + 1}: non-negotiable for the landlord`}
                rows={2}
                {...form.field(`options.${i}.landlordNonNegotiable`)}
              />
              <TextAreaField
                label={`Option ${i + 1}: non-negotiable for the tenant`}
                rows={2}
                {...form.field(`options.${i}.tenantNonNegotiable`)}
              />
            </div>
          </fieldset>
        ))}
        <SelectField
          label="Chosen option"
          options={[
            { value: '', label: 'Not decided yet' },
            ...EMPTY_HR.options.map((_, i) => ({ value: String(i), label: `Option ${i + 1}` })),
          ]}
          {...form.field('chosenOption')}
        />
        <TextField label="Follow-up date" type="date" {...form.field('followUpDate')} />
        <button type="submit" className="button primary" disabled={create.isPending}>
          Save harm-reduction plan
        </button>
      </Form>
    </section>
  );
}
