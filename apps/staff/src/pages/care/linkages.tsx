import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import {
  LINKAGE_STATUS_LABELS,
  nextLinkageStatuses,
  RESOURCE_CATEGORY_LABELS,
  type LinkageStatus,
} from '@hearth/domain';
import {
  EmptyState,
  ErrorState,
  fieldErrorMap,
  formatDate,
  FormError,
  Loading,
  PageHeader,
  SelectField,
  TextAreaField,
  TextField,
  useForm,
  usePageTitle,
  useTRPC,
  type RouterOutputs,
} from '@hearth/ui';
import { CareNav, today } from './care-nav';

type Linkage = RouterOutputs['staff']['linkages']['list']['linkages'][number];

export function LinkagesPage() {
  const { personId = '' } = useParams();
  usePageTitle('Resources & linkages', 'Staff portal');
  const trpc = useTRPC();
  const qc = useQueryClient();
  const list = useQuery(trpc.staff.linkages.list.queryOptions({ personId }));
  const resources = useQuery(trpc.staff.resources.list.queryOptions());
  const refresh = () => qc.invalidateQueries({ queryKey: trpc.staff.linkages.list.queryKey({ personId }) });
  const form = useForm<{ resourceId: string; purpose: string; isWarmHandoff: boolean }>({
    defaultValues: { resourceId: '', purpose: '', isWarmHandoff: false },
  });
  const create = useMutation(
    trpc.staff.linkages.create.mutationOptions({
      onSuccess: async () => {
        form.reset();
        await refresh();
      },
    }),
  );
  const errors = fieldErrorMap(create.error);

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
            <form
              noValidate
              onSubmit={form.handleSubmit((v) =>
                create.mutate({
                  personId,
                  resourceId: v.resourceId,
                  purpose: v.purpose,
                  isWarmHandoff: v.isWarmHandoff,
                  referredOn: today(),
                }),
              )}
            >
              <FormError error={create.error} at={create.submittedAt} />
              <SelectField
                label="Resource"
                error={errors.resourceId}
                options={[
                  { value: '', label: 'Choose from the directory…' },
                  ...(resources.data ?? []).map((r) => ({
                    value: r.id,
                    label: `${r.name} (${RESOURCE_CATEGORY_LABELS[r.category]}${r.hasMou ? ', MOU' : ''})`,
                  })),
                ]}
                {...form.register('resourceId')}
              />
              <TextAreaField
                label="What it is for"
                rows={2}
                error={errors.purpose}
                {...form.register('purpose')}
              />
              <label className="choice">
                <input type="checkbox" {...form.register('isWarmHandoff')} />
                <span>Warm handoff: I will go with the tenant to meet them</span>
              </label>
              <button type="submit" className="button primary" disabled={create.isPending}>
                Record referral
              </button>
            </form>
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

function LinkageCard({ linkage: l, onChange }: { linkage: Linkage; onChange: () => void }) {
  const trpc = useTRPC();
  const move = useMutation(trpc.staff.linkages.move.mutationOptions({ onSuccess: onChange }));
  const checkIn = useMutation(
    trpc.staff.linkages.checkIn.mutationOptions({
      onSuccess: () => {
        form.reset();
        onChange();
      },
    }),
  );
  const form = useForm<{ isWorking: string; note: string; checkInDate: string }>({
    defaultValues: { isWorking: '', note: '', checkInDate: today() },
  });
  const errors = fieldErrorMap(checkIn.error);
  const h = `l-${l.id}`;
  return (
    <article className="card" aria-labelledby={h}>
      <h3 id={h}>
        {l.resourceName}: {LINKAGE_STATUS_LABELS[l.status]}
      </h3>
      <p>
        {l.purpose}
        {l.isWarmHandoff ? ' · Warm handoff' : ''}
      </p>
      <p className="muted">
        Referred {formatDate(l.referredOn)}
        {l.connectedOn ? ` · first contact ${formatDate(l.connectedOn)}` : ''}
        {l.engagedOn ? ` · working since ${formatDate(l.engagedOn)}` : ''}
        {l.endedOn ? ` · ended ${formatDate(l.endedOn)}` : ''}
      </p>
      <FormError error={move.error} at={move.submittedAt} />
      <div className="actions">
        {nextLinkageStatuses(l.status).map((s: LinkageStatus) => (
          <button
            key={s}
            type="button"
            className="button secondary"
            onClick={() => move.mutate({ linkageId: l.id, status: s, date: today() })}
          >
            Mark {LINKAGE_STATUS_LABELS[s].toLowerCase()}
          </button>
        ))}
      </div>
      <h4>Check-ins</h4>
      {l.checkIns.length === 0 ? (
        <p className="muted">No check-ins yet.</p>
      ) : (
        <ul>
          {l.checkIns.map((c) => (
            <li key={c.id}>
              {formatDate(c.checkInDate)} — {c.isWorking ? 'Working' : 'Not working'}: {c.note} (
              {c.recordedByName})
            </li>
          ))}
        </ul>
      )}
      {l.status !== 'ended' && (
        <form
          noValidate
          onSubmit={form.handleSubmit((v) =>
            checkIn.mutate({
              linkageId: l.id,
              checkInDate: v.checkInDate,
              note: v.note,
              isWorking: (v.isWorking === '' ? undefined : v.isWorking === 'yes') as boolean,
            }),
          )}
        >
          <FormError error={checkIn.error} at={checkIn.submittedAt} />
          <SelectField
            label={`Is ${l.resourceName} working for the tenant?`}
            error={errors.isWorking}
            options={[
              { value: '', label: 'Choose…' },
              { value: 'yes', label: 'Yes, it is working' },
              { value: 'no', label: 'No, not yet' },
            ]}
            {...form.register('isWorking')}
          />
          <TextField
            label={`Check-in date (${l.resourceName})`}
            type="date"
            error={errors.checkInDate}
            {...form.register('checkInDate')}
          />
          <TextAreaField
            label={`Check-in note (${l.resourceName})`}
            rows={2}
            error={errors.note}
            {...form.register('note')}
          />
          <button type="submit" className="button secondary" disabled={checkIn.isPending}>
            Add check-in
          </button>
        </form>
      )}
    </article>
  );
}
