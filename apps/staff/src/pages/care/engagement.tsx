import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ZRecordWarmHandoffInput, type TRecordWarmHandoffInput } from '@hearth/domain';
import {
  EmptyState,
  ErrorState,
  Facts,
  Form,
  formatDate,
  Loading,
  PageHeader,
  TextAreaField,
  TextField,
  usePageTitle,
  useSchemaForm,
  useToday,
  useTRPC,
} from '@hearth/ui';
import { CareNav } from './care-nav';

type HandoffForm = Omit<TRecordWarmHandoffInput, 'personId'>;

const fillIn = (what: string) => ({ empty: `Fill in ${what}` });

export function EngagementPage() {
  const { personId = '' } = useParams();
  usePageTitle('Warm handoff', 'Staff portal');
  const trpc = useTRPC();
  const qc = useQueryClient();
  const today = useToday();
  const list = useQuery(trpc.staff.warmHandoffs.list.queryOptions({ personId }));
  const empty: HandoffForm = {
    handoffDate: today,
    fromProvider: '',
    fromWorker: '',
    participants: '',
    programAndRolesExplained: '',
    strengths: '',
    planForWorkingTogether: '',
  };
  const form = useSchemaForm({
    schema: ZRecordWarmHandoffInput,
    defaultValues: empty,
    toInput: (v: HandoffForm) => ({ personId, ...v }),
    messages: {
      handoffDate: { empty: 'Enter the date of the handoff' },
      fromProvider: fillIn('the provider'),
      fromWorker: fillIn('the worker'),
      participants: fillIn('who took part'),
      programAndRolesExplained: fillIn('how the program and roles were explained'),
      strengths: fillIn('what the tenant is good at'),
      planForWorkingTogether: fillIn('the plan for working together'),
    },
  });
  const record = useMutation(
    trpc.staff.warmHandoffs.record.mutationOptions({
      onSuccess: async () => {
        form.reset(empty);
        await qc.invalidateQueries({ queryKey: trpc.staff.warmHandoffs.list.queryKey({ personId }) });
      },
    }),
  );
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
          <Form form={form} onSubmit={(input) => record.mutateAsync(input)}>
            {record.isSuccess && <p role="status">Warm handoff recorded.</p>}
            <TextField label="Date" type="date" {...form.field('handoffDate')} />
            <div className="grid">
              <TextField
                label="From which provider"
                hint="For example, the shelter"
                {...form.field('fromProvider')}
              />
              <TextField label="Worker" {...form.field('fromWorker')} />
            </div>
            <TextField label="Who took part" {...form.field('participants')} />
            <TextAreaField
              label="How the program and roles were explained"
              rows={3}
              {...form.field('programAndRolesExplained')}
            />
            <TextAreaField label="What the tenant is good at" rows={3} {...form.field('strengths')} />
            <TextAreaField
              label="Plan for working together"
              rows={3}
              {...form.field('planForWorkingTogether')}
            />
            <button type="submit" className="button primary" disabled={record.isPending}>
              Save warm handoff
            </button>
          </Form>
        </section>
      )}
    </>
  );
}
