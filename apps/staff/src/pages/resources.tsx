import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { RESOURCE_CATEGORY_LABELS, type TCreateResourceInput } from '@hearth/domain';
import {
  ActionError,
  EmptyState,
  ErrorState,
  Loading,
  PageHeader,
  usePageTitle,
  useTRPC,
  type CurrentUser,
} from '@hearth/ui';
import { AddResource, CATEGORY_OPTIONS } from './resource-form';

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
      <ActionError error={update.error} at={update.submittedAt} />
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
