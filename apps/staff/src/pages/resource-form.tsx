import { useMutation } from '@tanstack/react-query';
import {
  RESOURCE_CATEGORIES,
  RESOURCE_CATEGORY_LABELS,
  ZCreateResourceInput,
  type TCreateResourceInput,
} from '@hearth/domain';
import {
  CheckboxField,
  Form,
  SelectField,
  TextAreaField,
  TextField,
  useSchemaForm,
  useTRPC,
} from '@hearth/ui';

export const CATEGORY_OPTIONS = RESOURCE_CATEGORIES.map((c) => ({
  value: c,
  label: RESOURCE_CATEGORY_LABELS[c],
}));

const EMPTY: TCreateResourceInput = {
  name: '',
  category: 'mental_health',
  contact: '',
  provides: '',
  hasMou: false,
};

/** Program admins add a partner to the directory. */
export function AddResource({ onAdded }: { onAdded: () => Promise<void> }) {
  const trpc = useTRPC();
  const form = useSchemaForm({
    schema: ZCreateResourceInput,
    defaultValues: EMPTY,
    toInput: (v: TCreateResourceInput) => v,
    messages: {
      name: { empty: 'Please fill in the name' },
      provides: { empty: 'Please fill in what they provide' },
      contact: { empty: 'Please fill in the contact' },
    },
  });
  const create = useMutation(
    trpc.staff.resources.create.mutationOptions({
      onSuccess: async () => {
        form.reset(EMPTY);
        await onAdded();
      },
    }),
  );

  return (
    <section className="card" aria-labelledby="add-resource-heading">
      <h2 id="add-resource-heading">Add a resource</h2>
      <Form form={form} onSubmit={(input) => create.mutateAsync(input)}>
        {create.isSuccess && (
          <p className="alert alert-ok" role="status">
            Resource added.
          </p>
        )}
        <TextField label="Name" {...form.field('name')} />
        <SelectField label="Category" options={CATEGORY_OPTIONS} {...form.field('category')} />
        <TextAreaField label="What they provide" {...form.field('provides')} />
        <TextField
          label="Contact"
          hint="Phone, address or the person to ask for."
          {...form.field('contact')}
        />
        <CheckboxField
          label="We have a memorandum of understanding (MOU) with them"
          {...form.field('hasMou')}
        />
        <button type="submit" className="button primary" disabled={create.isPending}>
          Add resource
        </button>
      </Form>
    </section>
  );
}
