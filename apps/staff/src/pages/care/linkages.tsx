import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { RESOURCE_CATEGORY_LABELS, ZCreateLinkageInput } from '@hearth/domain';
import {
  CheckboxField,
  EmptyState,
  ErrorState,
  Form,
  Loading,
  PageHeader,
  SelectField,
  TextAreaField,
  usePageTitle,
  useSchemaForm,
  useToday,
  useTRPC,
} from '@hearth/ui';
import { CareNav } from './care-nav';
import { LinkageCard } from './linkage-card';

interface ReferForm {
  resourceId: string;
  purpose: string;
  isWarmHandoff: boolean;
}

export function LinkagesPage() {
  const { personId = '' } = useParams();
  usePageTitle('Resources & linkages', 'Staff portal');
  const trpc = useTRPC();
  const qc = useQueryClient();
  const list = useQuery(trpc.staff.linkages.list.queryOptions({ personId }));
  const resources = useQuery(trpc.staff.resources.list.queryOptions());
  const refresh = () => qc.invalidateQueries({ queryKey: trpc.staff.linkages.list.queryKey({ personId }) });
  const today = useToday();
  const form = useSchemaForm({
    schema: ZCreateLinkageInput,
    defaultValues: { resourceId: '', purpose: '', isWarmHandoff: false },
    toInput: (v: ReferForm) => ({ personId, referredOn: today, ...v }),
    messages: {
      resourceId: { empty: 'Choose a resource from the directory' },
      purpose: { empty: 'Say what the referral is for' },
    },
  });
  const create = useMutation(
    trpc.staff.linkages.create.mutationOptions({
      onSuccess: async () => {
        form.reset();
        await refresh();
      },
    }),
  );

  return (
    <>
      <CareNav current="linkages" />
      <PageHeader
        title="Resources & linkages"
        subtitle="A referral is not a linkage: it counts once it is working. Keep regular check-ins to see that it is."
      />
      {list.isPending ? (
        <Loading label="Loading linkages" />
      ) : list.isError ? (
        <ErrorState error={list.error} />
      ) : (
        <>
          <h2>Referrals and linkages</h2>
          <p>
            <strong>{list.data.summary.reasons[0]}</strong>
          </p>
          {list.data.linkages.length === 0 && <EmptyState title="No referrals yet" />}
          {list.data.linkages.map((l) => (
            <LinkageCard key={l.id} linkage={l} onChange={refresh} />
          ))}
          <section className="card" aria-labelledby="refer-heading">
            <h2 id="refer-heading">Refer to a resource</h2>
            <Form form={form} onSubmit={(input) => create.mutateAsync(input)}>
              <SelectField
                label="Resource"
                options={[
                  { value: '', label: 'Choose from the directory…' },
                  ...(resources.data ?? []).map((r) => ({
                    value: r.id,
                    label: `${r.name} (${RESOURCE_CATEGORY_LABELS[r.category]}${r.hasMou ? ', MOU' : ''})`,
                  })),
                ]}
                {...form.field('resourceId')}
              />
              <TextAreaField label="What it is for" rows={2} {...form.field('purpose')} />
              <CheckboxField
                label="Warm handoff: I will go with the tenant to meet them"
                {...form.field('isWarmHandoff')}
              />
              <button type="submit" className="button primary" disabled={create.isPending}>
                Record referral
              </button>
            </Form>
          </section>
          {resources.data && (
            <section aria-labelledby="directory-heading">
              <h2 id="directory-heading">Resource directory</h2>
              <div className="table-wrap">
                <table>
                  <caption>{resources.data.length} resources, kept by program admins</caption>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Category</th>
                      <th scope="col">What they provide</th>
                      <th scope="col">Contact</th>
                      <th scope="col">MOU</th>
                    </tr>
                  </thead>
                  <tbody>
                    {resources.data.map((r) => (
                      <tr key={r.id}>
                        <th scope="row">{r.name}</th>
                        <td>{RESOURCE_CATEGORY_LABELS[r.category]}</td>
                        <td>{r.provides}</td>
                        <td>{r.contact}</td>
                        <td>{r.hasMou ? 'Yes' : 'No'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          )}
        </>
      )}
    </>
  );
}
