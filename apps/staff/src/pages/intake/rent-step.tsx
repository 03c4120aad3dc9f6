import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ZRentInput, type TRentInput } from '@hearth/domain';
import {
  CheckboxField,
  dollarsToCents,
  EmptyState,
  ErrorState,
  Form,
  formatCents,
  formatDate,
  Loading,
  Saved,
  TextField,
  useSchemaForm,
  useToday,
  useTRPC,
} from '@hearth/ui';

/** The schema's paths; the amounts are typed in dollars and sent in cents. */
interface RentForm {
  effectiveDate: string;
  incomes: { label: string; annualCents: string }[];
  elderlyOrDisabledFamily: boolean;
  unreimbursedHealthMedicalCents: string;
  childCareCents: string;
  utilityAllowanceMonthlyCents: string;
  contractRentMonthlyCents: string;
}

const IN_DOLLARS = {
  invalid: 'Enter an amount in dollars, such as 120.00',
  tooSmall: 'Enter 0 or more: an amount cannot be below zero',
};

function rentInput(applicationId: string, v: RentForm) {
  const income = v.incomes[0]!;
  const annualCents = dollarsToCents(income.annualCents);
  return {
    applicationId,
    effectiveDate: v.effectiveDate,
    incomes: annualCents === undefined ? [] : [{ label: income.label, annualCents }],
    elderlyOrDisabledFamily: v.elderlyOrDisabledFamily || undefined,
    unreimbursedHealthMedicalCents: dollarsToCents(v.unreimbursedHealthMedicalCents),
    childCareCents: dollarsToCents(v.childCareCents),
    utilityAllowanceMonthlyCents: dollarsToCents(v.utilityAllowanceMonthlyCents),
    contractRentMonthlyCents: dollarsToCents(v.contractRentMonthlyCents),
  };
}

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
  const today = useToday();
  const [input, setInput] = useState<TRentInput | null>(null);
  const preview = useQuery(trpc.staff.rent.calculate.queryOptions(input ?? skipToken));
  const saved = useQuery(trpc.staff.rent.list.queryOptions({ applicationId }));
  const defaults = useQuery(trpc.staff.rent.defaults.queryOptions({ applicationId }));
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
  const form = useSchemaForm({
    schema: ZRentInput,
    defaultValues: {
      effectiveDate: today,
      incomes: [{ label: 'SSI', annualCents: '' }],
      elderlyOrDisabledFamily: false,
      unreimbursedHealthMedicalCents: '',
      childCareCents: '',
      utilityAllowanceMonthlyCents: '',
      contractRentMonthlyCents: '',
    },
    toInput: (v: RentForm) => rentInput(applicationId, v),
    messages: {
      effectiveDate: { empty: 'Enter the effective date' },
      'incomes.0.annualCents': {
        invalid: 'Enter the annual income in dollars, such as 9,600.00',
        tooSmall: 'An annual income cannot be below zero. Enter 0 or more',
      },
      unreimbursedHealthMedicalCents: IN_DOLLARS,
      childCareCents: IN_DOLLARS,
      utilityAllowanceMonthlyCents: IN_DOLLARS,
      contractRentMonthlyCents: {
        empty: 'Enter the contract rent in dollars',
        invalid: 'Enter the contract rent in dollars, such as 850.00',
        tooSmall: 'The contract rent cannot be below zero. Enter 0 or more',
      },
    },
  });
  // The record says whether the family is elderly or disabled: the box starts from it (unless
  // the staff already changed it), and stays theirs to change. The household's unit is known
  // (e.g. at a recertification): its contract rent, unless typed.
  const fromRecord = defaults.data?.elderlyOrDisabledFamily;
  const unitRentCents = defaults.data?.contractRentMonthlyCents ?? null;
  const { getFieldState, getValues, resetField, setValue } = form;
  useEffect(() => {
    if (fromRecord !== undefined && !getFieldState('elderlyOrDisabledFamily').isDirty) {
      resetField('elderlyOrDisabledFamily', { defaultValue: fromRecord });
    }
  }, [fromRecord, getFieldState, resetField]);
  useEffect(() => {
    if (unitRentCents === null) return;
    if (getFieldState('contractRentMonthlyCents').isDirty || getValues('contractRentMonthlyCents') !== '')
      return;
    setValue('contractRentMonthlyCents', (unitRentCents / 100).toFixed(2));
  }, [unitRentCents, getFieldState, getValues, setValue]);
  /** The preview is a query: asked here, so its errors land on the form like a submit's. */
  const calculate = async (next: TRentInput) => {
    save.reset();
    await queryClient.fetchQuery(trpc.staff.rent.calculate.queryOptions(next));
    setInput(next);
  };

  return (
    <section aria-labelledby="rent-heading">
      <h2 id="rent-heading">Rent</h2>
      {!hasEnrollment && (
        <p>Enroll the household before saving a rent determination; a preview is possible now.</p>
      )}
      <section className="card" aria-labelledby="income-heading">
        <h3 id="income-heading">Income and expenses</h3>
        <p className="hint">
          Enter amounts in dollars (for example 9,600.00); they are stored in cents. Household members and
          ages are taken from the record.
        </p>
        <Form form={form} onSubmit={calculate}>
          <TextField
            label="Effective date"
            type="date"
            hint="On or after the project start date."
            {...form.field('effectiveDate')}
          />
          <TextField label="Income source" {...form.field('incomes.0.label')} />
          <TextField
            label="Annual income, in dollars"
            inputMode="decimal"
            hint="Net of excluded income. Leave empty for no income."
            {...form.field('incomes.0.annualCents')}
          />
          <CheckboxField
            label="Elderly or disabled family"
            hint={
              defaults.data?.reasons.length
                ? `Ticked from the record: ${defaults.data.reasons.join(' ')} You can change it.`
                : 'The head, spouse or co-head is 62 or older or has a disability.'
            }
            {...form.field('elderlyOrDisabledFamily')}
          />
          <TextField
            label="Unreimbursed medical expenses per year, in dollars (optional)"
            inputMode="decimal"
            {...form.field('unreimbursedHealthMedicalCents')}
          />
          <TextField
            label="Child care per year, in dollars (optional)"
            inputMode="decimal"
            {...form.field('childCareCents')}
          />
          <TextField
            label="Utility allowance per month, in dollars (optional)"
            inputMode="decimal"
            {...form.field('utilityAllowanceMonthlyCents')}
          />
          <TextField
            label="Contract rent per month, in dollars"
            inputMode="decimal"
            hint={
              defaults.data?.unitLabel && unitRentCents !== null
                ? `The contract rent of unit ${defaults.data.unitLabel} at ${defaults.data.propertyName}, set by property management.`
                : 'The contract rent of the unit the household moves into.'
            }
            {...form.field('contractRentMonthlyCents')}
          />
          <button type="submit" className="button primary">
            Preview the rent
          </button>
        </Form>
      </section>
      {preview.isFetching && <Loading label="Calculating" />}
      {preview.data && input && (
        <div className="card" aria-labelledby="preview-heading">
          <h3 id="preview-heading">
            Preview: tenant rent {formatCents(preview.data.calculation.tenantRentCents)} a month
          </h3>
          <p className="hint">
            {defaults.data?.ttpRounding === 'none'
              ? 'The total tenant payment is not rounded, a program setting.'
              : 'The total tenant payment is rounded to the nearest dollar, a program setting.'}
          </p>
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
            onClick={() => save.mutateAsync(input).catch(form.showServerError)}
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
