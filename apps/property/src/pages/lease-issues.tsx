import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import {
  LEASE_ISSUE_STEP_LABELS,
  LEASE_ISSUE_TYPE_LABELS,
  LEASE_ISSUE_TYPES,
  type TLeaseIssueStepKind,
  type TLeaseIssueType,
} from '@hearth/domain';
import {
  EmptyState,
  ErrorState,
  Facts,
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
} from '@hearth/ui';

export function LeaseIssuesPage() {
  usePageTitle('Lease issues', 'Property portal');
  const trpc = useTRPC();
  const issues = useQuery(trpc.property.leaseIssues.list.queryOptions());
  return (
    <>
      <PageHeader
        title="Lease issues"
        subtitle="Each issue is a due process: the tenant is told, offered a meeting, and agrees a cure before any notice. Nothing is automatic."
        actions={
          <Link className="button primary" to="/lease-issues/new">
            Log a lease issue
          </Link>
        }
      />
      {issues.isPending ? (
        <Loading label="Loading lease issues" />
      ) : issues.isError ? (
        <ErrorState error={issues.error} />
      ) : issues.data.length === 0 ? (
        <EmptyState title="No lease issues" />
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Lease issues</caption>
            <thead>
              <tr>
                <th scope="col">Tenant</th>
                <th scope="col">Unit</th>
                <th scope="col">Type</th>
                <th scope="col">Happened</th>
                <th scope="col">Current step</th>
                <th scope="col">Cure due</th>
              </tr>
            </thead>
            <tbody>
              {issues.data.map((i) => (
                <tr key={i.id}>
                  <th scope="row">
                    <Link to={`/lease-issues/${i.id}`}>{i.tenantName ?? 'Unknown'}</Link>
                  </th>
                  <td>
                    {i.propertyName}, {i.unitLabel}
                  </td>
                  <td>{LEASE_ISSUE_TYPE_LABELS[i.type]}</td>
                  <td>{formatDate(i.occurredOn)}</td>
                  <td>
                    {i.currentStep ? LEASE_ISSUE_STEP_LABELS[i.currentStep] : ''}{' '}
                    {!i.isOpen && <span className="badge badge-ok">Closed</span>}
                  </td>
                  <td>{i.isOpen ? formatDate(i.cureDueDate) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

interface NewIssueForm {
  unitId: string;
  type: string;
  occurredOn: string;
  description: string;
}

export function NewLeaseIssuePage() {
  usePageTitle('Log a lease issue', 'Property portal');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const units = useQuery(trpc.property.units.list.queryOptions());
  const form = useForm<NewIssueForm>({
    defaultValues: { unitId: '', type: '', occurredOn: '', description: '' },
  });
  const create = useMutation(
    trpc.property.leaseIssues.create.mutationOptions({
      onSuccess: async ({ issueId }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.property.leaseIssues.list.queryKey() });
        await navigate(`/lease-issues/${issueId}`);
      },
    }),
  );
  const errors = fieldErrorMap(create.error);
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
      <form
        className="card"
        noValidate
        onSubmit={form.handleSubmit((v) =>
          create.mutate({
            unitId: v.unitId,
            type: (v.type || undefined) as TLeaseIssueType,
            occurredOn: v.occurredOn,
            description: v.description,
          }),
        )}
      >
        <FormError error={create.error} at={create.submittedAt} />
        <SelectField
          label="Tenant and unit"
          error={errors.unitId}
          options={[
            { value: '', label: 'Choose…' },
            ...occupied.map((u) => ({
              value: u.unitId,
              label: `${u.occupantName} — ${u.propertyName}, ${u.unitLabel}`,
            })),
          ]}
          {...form.register('unitId')}
        />
        <SelectField
          label="Type of issue"
          error={errors.type}
          options={[
            { value: '', label: 'Choose…' },
            ...LEASE_ISSUE_TYPES.map((t) => ({ value: t, label: LEASE_ISSUE_TYPE_LABELS[t] })),
          ]}
          {...form.register('type')}
        />
        <TextField
          label="When it happened"
          type="date"
          error={errors.occurredOn}
          {...form.register('occurredOn')}
        />
        <TextAreaField
          label="What happened"
          hint="For example: “Loud music after 11 pm on Friday; two neighbours complained.”"
          rows={4}
          error={errors.description}
          {...form.register('description')}
        />
        <button type="submit" className="button primary" disabled={create.isPending}>
          Log the issue
        </button>
      </form>
    </>
  );
}

interface StepForm {
  kind: string;
  stepDate: string;
  dueDate: string;
  note: string;
}

export function LeaseIssuePage() {
  const { issueId = '' } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const issue = useQuery(trpc.property.leaseIssues.byId.queryOptions({ issueId }));
  usePageTitle('Lease issue', 'Property portal');
  const form = useForm<StepForm>({ defaultValues: { kind: '', stepDate: '', dueDate: '', note: '' } });
  const addStep = useMutation(
    trpc.property.leaseIssues.addStep.mutationOptions({
      onSuccess: async () => {
        form.reset();
        await queryClient.invalidateQueries({
          queryKey: trpc.property.leaseIssues.byId.queryKey({ issueId }),
        });
        await queryClient.invalidateQueries({ queryKey: trpc.property.leaseIssues.list.queryKey() });
      },
    }),
  );
  const errors = fieldErrorMap(addStep.error);
  const kind = form.watch('kind');
  if (issue.isPending) return <Loading label="Loading the lease issue" />;
  if (issue.isError)
    return (
      <>
        <p>
          <Link to="/lease-issues">← Lease issues</Link>
        </p>
        <ErrorState error={issue.error} />
      </>
    );
  const i = issue.data;
  const chosen = i.allowedNextSteps.find((s) => s.kind === kind);
  return (
    <>
      <p>
        <Link to="/lease-issues">← Lease issues</Link>
      </p>
      <PageHeader
        title={`${LEASE_ISSUE_TYPE_LABELS[i.type]}: ${i.tenantName ?? ''}`}
        subtitle={
          i.isOpen ? (
            <span className="badge badge-warn">Open</span>
          ) : (
            <span className="badge badge-ok">Resolved</span>
          )
        }
      />
      <section className="card" aria-labelledby="facts-heading">
        <h2 id="facts-heading">The issue</h2>
        <Facts
          items={[
            { label: 'Unit', value: `${i.propertyName}, ${i.unitLabel}` },
            { label: 'Happened', value: formatDate(i.occurredOn) },
            { label: 'What happened', value: i.description },
            { label: 'Cure due', value: formatDate(i.cureDueDate) },
          ]}
        />
      </section>
      <section className="card" aria-labelledby="steps-heading">
        <h2 id="steps-heading">Steps</h2>
        <ol className="steps">
          {i.steps.map((s) => (
            <li key={s.id}>
              <strong>{LEASE_ISSUE_STEP_LABELS[s.kind]}</strong> — {formatDate(s.stepDate)} by {s.actorName}
              {s.dueDate && <> · cure due {formatDate(s.dueDate)}</>}
              {s.note && <p>{s.note}</p>}
            </li>
          ))}
        </ol>
      </section>
      <section className="card" aria-labelledby="responses-heading">
        <h2 id="responses-heading">The tenant’s response</h2>
        {i.responses.length === 0 ? (
          <p className="muted">The tenant has not answered yet.</p>
        ) : (
          <ul>
            {i.responses.map((r) => (
              <li key={r.id}>
                <p>{r.body}</p>
                <p className="muted">{r.authorName}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {i.allowedNextSteps.length > 0 && (
        <section className="card" aria-labelledby="next-heading">
          <h2 id="next-heading">Record the next step</h2>
          <p className="muted">
            Only the steps the process allows from here are offered. Each step records you as the person who
            took it.
          </p>
          <form
            noValidate
            onSubmit={form.handleSubmit((v) =>
              addStep.mutate({
                issueId,
                kind: (v.kind || undefined) as TLeaseIssueStepKind,
                stepDate: v.stepDate,
                ...(v.dueDate ? { dueDate: v.dueDate } : {}),
                ...(v.note ? { note: v.note } : {}),
              }),
            )}
          >
            <FormError error={addStep.error} at={addStep.submittedAt} />
            <SelectField
              label="Next step"
              error={errors.kind}
              options={[
                { value: '', label: 'Choose…' },
                ...i.allowedNextSteps.map((s) => ({ value: s.kind, label: s.label })),
              ]}
              {...form.register('kind')}
            />
            <TextField
              label="Date of this step"
              type="date"
              error={errors.stepDate}
              {...form.register('stepDate')}
            />
            {chosen?.needsDueDate && (
              <TextField
                label="Cure due date"
                type="date"
                hint="The date the agreed cure is due."
                error={errors.dueDate}
                {...form.register('dueDate')}
              />
            )}
            <TextAreaField
              label={chosen?.needsNote ? 'Note (required)' : 'Note'}
              hint={
                chosen?.kind === 'cure_agreed'
                  ? 'What the tenant agreed to do, in plain words.'
                  : 'What was said or done.'
              }
              rows={3}
              error={errors.note}
              {...form.register('note')}
            />
            <button type="submit" className="button primary" disabled={addStep.isPending}>
              Record step
            </button>
          </form>
        </section>
      )}
    </>
  );
}
