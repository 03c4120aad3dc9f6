import { useMutation } from '@tanstack/react-query';
import { REPAIR_URGENCIES, REPAIR_URGENCY_LABELS, ZRepairCreateInput } from '@hearth/domain';
import {
  ChoiceField,
  Form,
  optionalText,
  TextAreaField,
  TextField,
  useSchemaForm,
  useTRPC,
  yesNo,
} from '@hearth/ui';

interface RepairForm {
  description: string;
  location: string;
  urgency: string;
  canEnterWithoutTenant: string;
  accessNotes: string;
}

const URGENCY_OPTIONS = REPAIR_URGENCIES.map((u) => ({ value: u, label: REPAIR_URGENCY_LABELS[u] }));
const ENTRY_OPTIONS = [
  { value: 'yes', label: 'Yes, you may come in' },
  { value: 'no', label: 'No, only when I am home' },
];

/** The tenant asks for a repair: what, where, how urgent, and whether we may come in. */
export function RepairRequestForm({ onSent }: { onSent: () => Promise<void> }) {
  const trpc = useTRPC();
  const form = useSchemaForm({
    schema: ZRepairCreateInput,
    defaultValues: { description: '', location: '', urgency: '', canEnterWithoutTenant: '', accessNotes: '' },
    toInput: (v: RepairForm) => ({
      description: v.description,
      location: v.location,
      urgency: v.urgency || undefined,
      canEnterWithoutTenant: yesNo(v.canEnterWithoutTenant),
      accessNotes: optionalText(v.accessNotes),
    }),
  });
  const create = useMutation(
    trpc.tenant.repairs.create.mutationOptions({
      onSuccess: async () => {
        form.reset();
        await onSent();
      },
    }),
  );
  return (
    <Form form={form} onSubmit={(input) => create.mutateAsync(input)}>
      <TextAreaField label="What needs fixing?" rows={3} {...form.field('description')} />
      <TextField
        label="Where is it?"
        hint="For example: kitchen sink, bedroom window"
        {...form.field('location')}
      />
      <ChoiceField
        legend="How urgent is it?"
        type="radio"
        options={URGENCY_OPTIONS}
        {...form.field('urgency')}
      />
      <ChoiceField
        legend="May we come in to fix it when you are not home?"
        type="radio"
        options={ENTRY_OPTIONS}
        {...form.field('canEnterWithoutTenant')}
      />
      <TextField
        label="Anything we should know? (optional)"
        hint="For example: a pet, or the best time to come"
        {...form.field('accessNotes')}
      />
      <button type="submit" className="button primary" disabled={create.isPending}>
        Send repair request
      </button>
      {create.isSuccess && <p role="status">Thank you. Your repair request was sent.</p>}
    </Form>
  );
}
