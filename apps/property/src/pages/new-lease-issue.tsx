import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { LEASE_ISSUE_TYPE_LABELS, LEASE_ISSUE_TYPES, ZLeaseIssueCreateInput } from '@hearth/domain';
import {
  ErrorState,
  Form,
  PageHeader,
  SelectField,
  TextAreaField,
  TextField,
  usePageTitle,
  useSchemaForm,
  useTRPC,
} from '@hearth/ui';

interface NewIssueForm {
  unitId: string;
  type: string;
  occurredOn: string;
  description: string;
}

const TYPE_OPTIONS = [
  { value: '', label: 'Choose…' },
  ...LEASE_ISSUE_TYPES.map((t) => ({ value: t, label: LEASE_ISSUE_TYPE_LABELS[t] })),
];

export function NewLeaseIssuePage() {
  usePageTitle('Log a lease issue', 'Property portal');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const units = useQuery(trpc.property.units.list.queryOptions());
  const form = useSchemaForm({
    schema: ZLeaseIssueCreateInput,
    defaultValues: { unitId: '', type: '', occurredOn: '', description: '' },
    toInput: (v: NewIssueForm) => ({ ...v, type: v.type || undefined }),
    messages: {
      unitId: { empty: 'Choose the tenant and unit' },
      occurredOn: { empty: 'Enter the date it happened' },
    },
  });
  const create = useMutation(
    trpc.property.leaseIssues.create.mutationOptions({
      onSuccess: async ({ issueId }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.property.leaseIssues.list.queryKey() });
        await navigate(`/lease-issues/${issueId}`);
      },
    }),
  );
  const occupied = units.data?.filter((u) => u.occupantName) ?? [];
  return (
    <>
      <p>
        <Link to="/lease-issues">← Lease issues</Link>
      </p>
      <PageHeader
        title="Log a lease issue"
        subtitle="Describe what happened in behavioural terms: what was seen or heard, when, by whom. Not a diagnosis."
      />
      {units.isError && <ErrorState error={units.error} />}
      <Form className="card" form={form} onSubmit={(input) => create.mutateAsync(input)}>
        <SelectField
          label="Tenant and unit"
          options={[
            { value: '', label: 'Choose…' },
            ...occupied.map((u) => ({
              value: u.unitId,
              label: `${u.occupantName} — ${u.propertyName}, ${u.unitLabel}`,
            })),
          ]}
          {...form.field('unitId')}
        />
        <SelectField label="Type of issue" options={TYPE_OPTIONS} {...form.field('type')} />
        <TextField label="When it happened" type="date" {...form.field('occurredOn')} />
        <TextAreaField
          label="What happened"
          hint="For example: “Loud music after 11 pm on Friday; two neighbours complained.”"
          rows={4}
          {...form.field('description')}
        />
        <button type="submit" className="button primary" disabled={create.isPending}>
          Log the issue
        </button>
      </Form>
    </>
  );
}
