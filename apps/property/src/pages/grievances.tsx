import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { APPEAL_OUTCOME_LABELS, ZGrievanceRespondInput } from '@hearth/domain';
import {
  EmptyState,
  ErrorState,
  Form,
  formatDate,
  Loading,
  PageHeader,
  TextAreaField,
  titleCase,
  usePageTitle,
  useSchemaForm,
  useTRPC,
  type RouterOutputs,
} from '@hearth/ui';

type Grievance = RouterOutputs['property']['grievances']['list'][number];

export function HousingGrievancesPage() {
  usePageTitle('Housing grievances', 'Property portal');
  const trpc = useTRPC();
  const list = useQuery(trpc.property.grievances.list.queryOptions());
  return (
    <>
      <PageHeader
        title="Housing grievances"
        subtitle="Tenants’ grievances about their housing, for the properties you manage. Answer by the due date."
      />
      {list.isPending ? (
        <Loading label="Loading grievances" />
      ) : list.isError ? (
        <ErrorState error={list.error} />
      ) : list.data.length === 0 ? (
        <EmptyState title="No housing grievances" />
      ) : (
        list.data.map((g) => <HousingGrievance key={g.id} g={g} />)
      )}
    </>
  );
}

function HousingGrievance({ g }: { g: Grievance }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useSchemaForm({
    schema: ZGrievanceRespondInput,
    defaultValues: { response: '' },
    toInput: (v: { response: string }) => ({ grievanceId: g.id, response: v.response }),
  });
  const respond = useMutation(
    trpc.property.grievances.respond.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.property.grievances.list.queryKey() }),
    }),
  );
  return (
    <article className="card" aria-labelledby={`g-${g.id}`}>
      <h2 id={`g-${g.id}`}>
        {g.tenantName}, {g.propertyName} — filed {formatDate(g.filedOn)}
      </h2>
      <p>
        <span className={`badge ${g.isOverdue ? 'badge-danger' : 'badge-neutral'}`}>
          {g.isOverdue ? 'Response overdue' : titleCase(g.status)}
        </span>{' '}
        Due {formatDate(g.responseDueOn)}
      </p>
      <p>{g.description}</p>
      {g.response && (
        <p>
          <strong>Response ({formatDate(g.respondedOn)}):</strong> {g.response}
        </p>
      )}
      {g.decision && (
        <p>
          <strong>Appeal decided ({formatDate(g.decidedOn)}):</strong>{' '}
          {g.decisionOutcome ? APPEAL_OUTCOME_LABELS[g.decisionOutcome] + '. ' : ''}
          {g.decision}
        </p>
      )}
      {g.status === 'awaiting_response' && (
        <Form form={form} onSubmit={(input) => respond.mutateAsync(input)}>
          <TextAreaField label="Your response" rows={3} {...form.field('response')} />
          <button type="submit" className="button primary" disabled={respond.isPending}>
            Send response
          </button>
        </Form>
      )}
    </article>
  );
}
