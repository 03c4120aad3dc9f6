import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { APPEAL_OUTCOME_LABELS, APPEAL_OUTCOMES } from '@hearth/domain';
import {
  EmptyState,
  ErrorState,
  fieldErrorMap,
  formatDate,
  FormError,
  fullName,
  Loading,
  PageHeader,
  SelectField,
  TextAreaField,
  titleCase,
  useForm,
  usePageTitle,
  useTRPC,
  type RouterOutputs,
} from '@hearth/ui';

type Grievance = RouterOutputs['staff']['grievances']['list'][number];

function Status({ g }: { g: Grievance }) {
  return g.isOverdue ? (
    <span className="badge badge-danger">Response overdue</span>
  ) : (
    <span className="badge badge-neutral">{titleCase(g.status)}</span>
  );
}

function History({ g }: { g: Grievance }) {
  return (
    <>
      <p>{g.description}</p>
      {g.response && (
        <p>
          <strong>Response ({formatDate(g.respondedOn)}):</strong> {g.response}
        </p>
      )}
      {g.appealReason && (
        <p>
          <strong>Appeal ({formatDate(g.appealedOn)}):</strong> {g.appealReason}
        </p>
      )}
      {g.decision && (
        <p>
          <strong>Decision ({formatDate(g.decidedOn)}):</strong>{' '}
          {g.decisionOutcome ? `${APPEAL_OUTCOME_LABELS[g.decisionOutcome]}. ` : ''}
          {g.decision}
        </p>
      )}
    </>
  );
}

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
                <Status g={g} />
                <History g={g} />
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
  const form = useForm<{ response: string }>({ defaultValues: { response: '' } });
  const respond = useMutation(
    trpc.staff.grievances.respond.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.staff.grievances.list.queryKey() }),
    }),
  );
  const errors = fieldErrorMap(respond.error);
  return (
    <article className="card" aria-labelledby={`g-${g.id}`}>
      <h3 id={`g-${g.id}`}>
        {fullName(g)} — filed {formatDate(g.filedOn)}
      </h3>
      <p>
        <Status g={g} /> Due {formatDate(g.responseDueOn)}
      </p>
      <History g={g} />
      <form
        noValidate
        onSubmit={form.handleSubmit((v) => respond.mutate({ grievanceId: g.id, response: v.response }))}
      >
        <FormError error={respond.error} at={respond.submittedAt} />
        <TextAreaField
          label="Response to the tenant"
          hint="Plain words: the tenant reads this in their portal."
          rows={4}
          error={errors.response}
          {...form.register('response')}
        />
        <button type="submit" className="button primary" disabled={respond.isPending}>
          Send response
        </button>
      </form>
    </article>
  );
}

/** Program admins: appeals of services and housing grievances, decided once. */
export function AppealsPage() {
  usePageTitle('Appeals', 'Staff portal');
  const trpc = useTRPC();
  const list = useQuery(trpc.staff.grievances.appeals.queryOptions());
  return (
    <>
      <PageHeader
        title="Grievance appeals"
        subtitle="A tenant may appeal a grievance answer once. The program admin decides."
      />
      {list.isPending ? (
        <Loading label="Loading appeals" />
      ) : list.isError ? (
        <ErrorState error={list.error} />
      ) : list.data.length === 0 ? (
        <EmptyState title="No appeals" />
      ) : (
        list.data.map((g) => <AppealCard key={g.id} g={g} />)
      )}
    </>
  );
}

function AppealCard({ g }: { g: Grievance }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<{ outcome: string; decision: string }>({
    defaultValues: { outcome: '', decision: '' },
  });
  const decide = useMutation(
    trpc.staff.grievances.decide.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.staff.grievances.appeals.queryKey() }),
    }),
  );
  const errors = fieldErrorMap(decide.error);
  return (
    <article className="card" aria-labelledby={`ap-${g.id}`}>
      <h2 id={`ap-${g.id}`}>
        {fullName(g)} — {g.about === 'services' ? 'services' : `housing (${g.propertyName ?? ''})`}, filed{' '}
        {formatDate(g.filedOn)}
      </h2>
      <Status g={g} />
      <History g={g} />
      {g.status === 'appealed' && (
        <form
          noValidate
          onSubmit={form.handleSubmit((v) =>
            decide.mutate({
              grievanceId: g.id,
              outcome: (v.outcome || undefined) as (typeof APPEAL_OUTCOMES)[number],
              decision: v.decision,
            }),
          )}
        >
          <FormError error={decide.error} at={decide.submittedAt} />
          <SelectField
            label="Outcome"
            error={errors.outcome}
            options={[
              { value: '', label: 'Choose…' },
              ...APPEAL_OUTCOMES.map((o) => ({ value: o, label: APPEAL_OUTCOME_LABELS[o] })),
            ]}
            {...form.register('outcome')}
          />
          <TextAreaField
            label="Decision"
            hint="The tenant reads this in their portal."
            rows={4}
            error={errors.decision}
            {...form.register('decision')}
          />
          <button type="submit" className="button primary" disabled={decide.isPending}>
            Record decision
          </button>
        </form>
      )}
    </article>
  );
}
