import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import {
  EmptyState,
  ErrorState,
  Facts,
  fieldErrorMap,
  formatDate,
  FormError,
  Loading,
  PageHeader,
  TextAreaField,
  TextField,
  useForm,
  usePageTitle,
  useTRPC,
} from '@hearth/ui';
import { CareNav, today } from './care-nav';

interface HandoffForm {
  handoffDate: string;
  fromProvider: string;
  fromWorker: string;
  participants: string;
  programAndRolesExplained: string;
  strengths: string;
  planForWorkingTogether: string;
}

const EMPTY: HandoffForm = {
  handoffDate: '',
  fromProvider: '',
  fromWorker: '',
  participants: '',
  programAndRolesExplained: '',
  strengths: '',
  planForWorkingTogether: '',
};

export function EngagementPage() {
  const { personId = '' } = useParams();
  usePageTitle('Warm handoff', 'Staff portal');
  const trpc = useTRPC();
  const qc = useQueryClient();
  const list = useQuery(trpc.staff.warmHandoffs.list.queryOptions({ personId }));
  const form = useForm<HandoffForm>({ defaultValues: { ...EMPTY, handoffDate: today() } });
  const record = useMutation(
    trpc.staff.warmHandoffs.record.mutationOptions({
      onSuccess: async () => {
        form.reset({ ...EMPTY, handoffDate: today() });
        await qc.invalidateQueries({ queryKey: trpc.staff.warmHandoffs.list.queryKey({ personId }) });
      },
    }),
  );
  const errors = fieldErrorMap(record.error);
  return (
    <>
      <CareNav current="engagement" />
      <PageHeader
        title="Warm handoff"
        subtitle="A meeting with the last provider to describe the PSH program and roles, transfer some of the engagement, and hear what the tenant is good at."
      />
      {list.isPending ? (
        <Loading label="Loading warm handoffs" />
      ) : list.isError ? (
        <ErrorState error={list.error} />
      ) : list.data.length === 0 ? (
        <EmptyState title="No warm handoff recorded yet" />
      ) : (
        list.data.map((h) => (
          <article key={h.id} className="card" aria-labelledby={`h-${h.id}`}>
            <h2 id={`h-${h.id}`}>
              From {h.fromProvider} ({h.fromWorker}), {formatDate(h.handoffDate)}
            </h2>
            <Facts
              items={[
                { label: 'Who took part', value: h.participants },
                { label: 'How the program and roles were explained', value: h.programAndRolesExplained },
                { label: 'What the tenant is good at', value: h.strengths },
                { label: 'Plan for working together', value: h.planForWorkingTogether },
                { label: 'Recorded by', value: h.recordedByName },
              ]}
            />
          </article>
        ))
      )}
      {list.isError ? null : (
        <section className="card" aria-labelledby="new-heading">
          <h2 id="new-heading">Record a warm handoff</h2>
          <form noValidate onSubmit={form.handleSubmit((v) => record.mutate({ personId, ...v }))}>
            <FormError error={record.error} at={record.submittedAt} />
            {record.isSuccess && <p role="status">Warm handoff recorded.</p>}
            <TextField
              label="Date"
              type="date"
              error={errors.handoffDate}
              {...form.register('handoffDate')}
            />
            <div className="grid">
              <TextField
                label="From which provider"
                hint="For example, the shelter"
                error={errors.fromProvider}
                {...form.register('fromProvider')}
              />
              <TextField label="Worker" error={errors.fromWorker} {...form.register('fromWorker')} />
            </div>
            <TextField label="Who took part" error={errors.participants} {...form.register('participants')} />
            <TextAreaField
              label="How the program and roles were explained"
              rows={3}
              error={errors.programAndRolesExplained}
              {...form.register('programAndRolesExplained')}
            />
            <TextAreaField
              label="What the tenant is good at"
              rows={3}
              error={errors.strengths}
              {...form.register('strengths')}
            />
            <TextAreaField
              label="Plan for working together"
              rows={3}
              error={errors.planForWorkingTogether}
              {...form.register('planForWorkingTogether')}
            />
            <button type="submit" className="button primary" disabled={record.isPending}>
              Save warm handoff
            </button>
          </form>
        </section>
      )}
    </>
  );
}
