import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZLedgerEntryInput } from '@hearth/domain';
import {
  dollarsToCents,
  Form,
  optionalText,
  SelectField,
  TextField,
  useSchemaForm,
  useToday,
  useTRPC,
} from '@hearth/ui';

interface EntryForm {
  kind: string;
  entryDate: string;
  amountCents: string;
  memo: string;
}

/** A charge or a payment on the rent ledger; the amount is typed in dollars. */
export function LedgerEntryForm({ leaseId }: { leaseId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const today = useToday();
  const form = useSchemaForm({
    schema: ZLedgerEntryInput,
    defaultValues: { kind: 'payment', entryDate: today, amountCents: '', memo: '' },
    toInput: (v: EntryForm) => ({
      leaseId,
      kind: v.kind,
      entryDate: v.entryDate,
      amountCents: dollarsToCents(v.amountCents),
      memo: optionalText(v.memo),
    }),
    messages: {
      entryDate: { empty: 'Enter the date of the entry' },
      amountCents: {
        empty: 'Enter the amount in dollars',
        invalid: 'Enter the amount in dollars, such as 850.00',
      },
    },
  });
  const add = useMutation(
    trpc.property.leases.addLedgerEntry.mutationOptions({
      onSuccess: async () => {
        form.reset();
        await queryClient.invalidateQueries({ queryKey: trpc.property.leases.byId.queryKey({ leaseId }) });
        await queryClient.invalidateQueries({ queryKey: trpc.property.leases.list.queryKey() });
      },
    }),
  );
  return (
    <section aria-labelledby="add-entry-heading">
      <h3 id="add-entry-heading">Add an entry</h3>
      <Form form={form} onSubmit={(input) => add.mutateAsync(input)}>
        <SelectField
          label="Kind"
          options={[
            { value: 'payment', label: 'Payment' },
            { value: 'charge', label: 'Charge' },
          ]}
          {...form.field('kind')}
        />
        <TextField label="Date" type="date" {...form.field('entryDate')} />
        <TextField label="Amount (dollars)" inputMode="decimal" {...form.field('amountCents')} />
        <TextField label="Memo" {...form.field('memo')} />
        <button type="submit" className="button primary" disabled={add.isPending}>
          Add entry
        </button>
      </Form>
    </section>
  );
}
