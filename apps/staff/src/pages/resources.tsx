import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  RESOURCE_CATEGORIES,
  RESOURCE_CATEGORY_LABELS,
  ZCreateResourceInput,
  type TCreateResourceInput,
} from '@hearth/domain';
import {
  EmptyState,
  ErrorState,
  fieldErrorMap,
  FormError,
  Loading,
  PageHeader,
  SelectField,
  TextAreaField,
  TextField,
  usePageTitle,
  useTRPC,
  type CurrentUser,
} from '@hearth/ui';

const CATEGORY_OPTIONS = RESOURCE_CATEGORIES.map((c) => ({ value: c, label: RESOURCE_CATEGORY_LABELS[c] }));
const EMPTY: TCreateResourceInput = {
  name: '',
  category: 'mental_health',
  contact: '',
  provides: '',
  hasMou: false,
};

/** The resource directory: every staff member reads it; program admins keep it. */
export function ResourcesPage({ user }: { user: CurrentUser }) {
  usePageTitle('Resource directory', 'Staff portal');
  const isAdmin = user.role === 'program_admin';
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [category, setCategory] = useState('');
  const list = useQuery(
    trpc.staff.resources.list.queryOptions({
      includeInactive: isAdmin,
      ...(category ? { category: category as TCreateResourceInput['category'] } : {}),
    }),
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.staff.resources.list.queryKey() });
  const update = useMutation(trpc.staff.resources.update.mutationOptions({ onSuccess: refresh }));

  return (
    <>
      <PageHeader
        title="Resource directory"
        subtitle="Partners tenants can be linked to. A referral is not a linkage until it is working."
      />
      {isAdmin && <AddResource onAdded={refresh} />}
      <div className="field search">
        <label htmlFor="resource-category">Show category</label>
        <select id="resource-category" value={category} onChange={(e) => setCategory(e.target.value)}>
          <option value="">All categories</option>
          {CATEGORY_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      {update.error && <FormError error={update.error} />}
      {list.isPending && <Loading label="Loading resources" />}
      {list.isError && <ErrorState error={list.error} />}
      {list.data && list.data.length === 0 && <EmptyState title="No resources in this category yet" />}
      {list.data && list.data.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>{list.data.length} resources</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Category</th>
                <th scope="col">What they provide</th>
                <th scope="col">Contact</th>
                <th scope="col">MOU</th>
                {isAdmin && <th scope="col">In use</th>}
              </tr>
            </thead>
            <tbody>
              {list.data.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.name}</th>
                  <td>{RESOURCE_CATEGORY_LABELS[r.category]}</td>
                  <td>{r.provides}</td>
                  <td>{r.contact}</td>
                  <td>{r.hasMou ? 'Yes' : 'No'}</td>
                  {isAdmin && (
                    <td>
                      <button
                        type="button"
                        className="button secondary"
                        disabled={update.isPending}
                        onClick={() => update.mutate({ resourceId: r.id, isActive: !r.isActive })}
                      >
                        {r.isActive ? `Retire ${r.name}` : `Restore ${r.name}`}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function AddResource({ onAdded }: { onAdded: () => Promise<void> }) {
  const trpc = useTRPC();
  const [values, setValues] = useState<TCreateResourceInput>(EMPTY);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const create = useMutation(
    trpc.staff.resources.create.mutationOptions({
      onSuccess: async () => {
        setValues(EMPTY);
        await onAdded();
      },
    }),
  );
  const errors = { ...fieldErrorMap(create.error), ...clientErrors };
  const set = <K extends keyof TCreateResourceInput>(key: K, value: TCreateResourceInput[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  return (
    <section className="card" aria-labelledby="add-resource-heading">
      <h2 id="add-resource-heading">Add a resource</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const parsed = ZCreateResourceInput.safeParse(values);
          if (!parsed.success) {
            setClientErrors(
              Object.fromEntries(
                parsed.error.issues.map((i) => [String(i.path[0]), `${String(i.path[0])} ${i.message}`]),
              ),
            );
            return;
          }
          setClientErrors({});
          create.mutate(parsed.data);
        }}
      >
        <FormError error={create.error} />
        {Object.keys(clientErrors).length > 0 && (
          <div className="alert alert-error" role="alert">
            Please fill in: {Object.keys(clientErrors).join(', ')}.
          </div>
        )}
        {create.isSuccess && (
          <p className="alert alert-ok" role="status">
            Resource added.
          </p>
        )}
        <TextField
          label="Name"
          value={values.name}
          error={errors.name}
          onChange={(e) => set('name', e.target.value)}
        />
        <SelectField
          label="Category"
          options={CATEGORY_OPTIONS}
          value={values.category}
          error={errors.category}
          onChange={(e) => set('category', e.target.value as TCreateResourceInput['category'])}
        />
        <TextAreaField
          label="What they provide"
          value={values.provides}
          error={errors.provides}
          onChange={(e) => set('provides', e.target.value)}
        />
        <TextField
          label="Contact"
          hint="Phone, address or the person to ask for."
          value={values.contact}
          error={errors.contact}
          onChange={(e) => set('contact', e.target.value)}
        />
        <label className="choice">
          <input type="checkbox" checked={values.hasMou} onChange={(e) => set('hasMou', e.target.checked)} />
          <span>We have a memorandum of understanding (MOU) with them</span>
        </label>
        <button type="submit" className="button primary" disabled={create.isPending}>
          Add resource
        </button>
      </form>
    </section>
  );
}
