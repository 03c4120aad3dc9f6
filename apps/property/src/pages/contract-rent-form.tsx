import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZUnitContractRentInput } from '@hearth/domain';
import { dollarsToCents, Form, Saved, TextField, useSchemaForm, useTRPC } from '@hearth/ui';

/** Sets a unit's monthly contract rent, typed in dollars: the next lease of the unit takes it. */
export function ContractRentForm({
  unitId,
  unitLabel,
  contractRentCents,
}: {
  unitId: string;
  unitLabel: string;
  contractRentCents: number | null;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useSchemaForm({
    schema: ZUnitContractRentInput,
    defaultValues: {
      contractRentCents: contractRentCents === null ? '' : (contractRentCents / 100).toFixed(2),
    },
    toInput: (v: { contractRentCents: string }) => ({
      unitId,
      contractRentCents: dollarsToCents(v.contractRentCents),
    }),
    messages: {
      contractRentCents: {
        empty: 'Enter the contract rent in dollars',
        invalid: 'Enter the contract rent in dollars, such as 950.00',
      },
    },
  });
  const save = useMutation(
    trpc.property.units.setContractRent.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.property.units.list.queryKey() }),
    }),
  );
  return (
    <Form form={form} onSubmit={(input) => save.mutateAsync(input)}>
      <TextField
        label={`Contract rent of unit ${unitLabel} per month, in dollars`}
        inputMode="decimal"
        hint="A new lease of the unit takes it; a lease already open keeps its own terms."
        {...form.field('contractRentCents')}
      />
      <button type="submit" className="button primary" disabled={save.isPending}>
        Save contract rent
      </button>
      {save.isSuccess && <Saved>Contract rent of unit {unitLabel} saved.</Saved>}
    </Form>
  );
}
