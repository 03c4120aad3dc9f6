import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ZGrievanceRespondInput } from '@hearth/domain';
import {
  EmptyState,
  ErrorState,
  Form,
  formatDate,
  fullName,
  Loading,
  PageHeader,
  TextAreaField,
  usePageTitle,
  useSchemaForm,
  useTRPC,
} from '@hearth/ui';
import { GrievanceHistory, GrievanceStatus, type Grievance } from './grievance-history';

/** Supervisors: the services grievances queue. Housing grievances go to property management. */
export function GrievancesQueuePage() {
  usePageTitle('Grievances', 'Staff portal');
  const trpc = useTRPC();
  const list = useQuery(trpc.staff.grievances.list.queryOptions());
  const waiting = list.data?.filter((g) => g.status === 'awaiting_response') ?? [];
  const rest = list.data?.filter((g) => g.status !== 'awaiting_response') ?? [];
  return (
    <>
      <PageHeader
        title="Services grievances"
        subtitle="Tenants’ grievances about services. Answer each by its due date; late answers are flagged."
      />
      {list.isPending ? (
        <Loading label="Loading grievances" />
      ) : list.isError ? (
        <ErrorState error={list.error} />
      ) : list.data.length === 0 ? (
        <EmptyState title="No grievances" />
      ) : (
        <>
          <h2>Waiting for a response ({waiting.length})</h2>
          {waiting.map((g) => (
            <RespondCard key={g.id} g={g} />
          ))}
          <h2>Answered</h2>
          {rest.length === 0 ? (
            <p className="muted">None.</p>
          ) : (
            rest.map((g) => (
              <article key={g.id} className="card" aria-labelledby={`g-${g.id}`}>
                <h3 id={`g-${g.id}`}>
                  {fullName(g)} — filed {formatDate(g.filedOn)}
                </h3>
                <GrievanceStatus g={g} />
                <GrievanceHistory g={g} />
              </article>
            ))
          )}
        </>
      )}
    </>
  );
}

function RespondCard({ g }: { g: Grievance }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useSchemaForm({
    schema: ZGrievanceRespondInput,
    defaultValues: { response: '' },
    toInput: (v: { response: string }) => ({ grievanceId: g.id, ...v }),
  });
  const respond = useMutation(
    trpc.staff.grievances.respond.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.staff.grievances.list.queryKey() }),
    }),
  );
  return (
    <article className="card" aria-labelledby={`g-${g.id}`}>
      <h3 id={`g-${g.id}`}>
        {fullName(g)} — filed {formatDate(g.filedOn)}
      </h3>
      <p>
        <GrievanceStatus g={g} /> Due {formatDate(g.responseDueOn)}
      </p>
      <GrievanceHistory g={g} />
      <Form form={form} onSubmit={(input) => respond.mutateAsync(input)}>
        <TextAreaField
          label="Response to the tenant"
          hint="Plain words: the tenant reads this in their portal."
          rows={4}
          {...form.field('response')}
        />
        <button type="submit" className="button primary" disabled={respond.isPending}>
          Send response
        </button>
      </Form>
    </article>
  );
}
