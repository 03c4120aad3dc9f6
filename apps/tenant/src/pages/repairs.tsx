import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router';
import { REPAIR_URGENCIES, REPAIR_URGENCY_LABELS } from '@hearth/domain';
import {
  EmptyState,
  ErrorState,
  fieldErrorMap,
  useForm,
  formatDate,
  FormError,
  Loading,
  TextAreaField,
  TextField,
  usePageTitle,
  useTRPC,
} from '@hearth/ui';

const STATUS_WORDS = {
  requested: 'Asked for',
  scheduled: 'Visit planned',
  completed: 'Marked done: is it fixed?',
  confirmed: 'Fixed',
} as const;

const STEP_WORDS = {
  requested: 'You asked for a repair',
  triaged: 'The property manager looked at it',
  scheduled: 'A visit was planned',
  completed: 'The repair was marked done',
  confirmed: 'You said it is fixed',
  reopened: 'You said it is still not fixed',
} as const;

interface RepairForm {
  description: string;
  location: string;
  urgency: string;
  canEnter: string;
  accessNotes: string;
}

export function RepairsPage() {
  usePageTitle('Repairs', 'Tenant portal');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const repairs = useQuery(trpc.tenant.repairs.list.queryOptions());
  const form = useForm<RepairForm>({
    defaultValues: { description: '', location: '', urgency: '', canEnter: '', accessNotes: '' },
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.tenant.repairs.list.queryKey() });
  const create = useMutation(
    trpc.tenant.repairs.create.mutationOptions({
      onSuccess: async () => {
        form.reset();
        await refresh();
      },
    }),
  );
  const confirm = useMutation(trpc.tenant.repairs.confirm.mutationOptions({ onSuccess: refresh }));
  const errors = fieldErrorMap(create.error);
  const ids = { urgency: useId(), canEnter: useId() };

  const submit = form.handleSubmit((v) =>
    create.mutate({
      description: v.description,
      location: v.location,
      urgency: v.urgency as (typeof REPAIR_URGENCIES)[number],
      // Left unanswered, the server names the field.
      canEnterWithoutTenant: (v.canEnter === '' ? undefined : v.canEnter === 'yes') as boolean,
      ...(v.accessNotes ? { accessNotes: v.accessNotes } : {}),
    }),
  );

  return (
    <>
      <h1>Repairs</h1>
      <p>
        You have the <Link to="/rights/safe_housing">right to a safe, well-kept home</Link>. Ask for a repair
        here and follow it.
      </p>
      <section className="card" aria-labelledby="ask-heading">
        <h2 id="ask-heading">Ask for a repair</h2>
        <p>If there is danger right now (fire, gas smell), call 911 first.</p>
        <form noValidate onSubmit={submit}>
          <FormError error={create.error} at={create.submittedAt} />
          <TextAreaField
            label="What needs fixing?"
            rows={3}
            error={errors.description}
            {...form.register('description')}
          />
          <TextField
            label="Where is it?"
            hint="For example: kitchen sink, bedroom window"
            error={errors.location}
            {...form.register('location')}
          />
          <fieldset
            className="choices"
            aria-describedby={errors.urgency ? `${ids.urgency}-error` : undefined}
          >
            <legend>How urgent is it?</legend>
            {REPAIR_URGENCIES.map((u) => (
              <label key={u} className="choice">
                <input type="radio" value={u} {...form.register('urgency')} />
                <span>{REPAIR_URGENCY_LABELS[u]}</span>
              </label>
            ))}
            {errors.urgency && (
              <p className="field-error" id={`${ids.urgency}-error`}>
                {errors.urgency}
              </p>
            )}
          </fieldset>
          <fieldset
            className="choices"
            aria-describedby={errors.canEnterWithoutTenant ? `${ids.canEnter}-error` : undefined}
          >
            <legend>May we come in to fix it when you are not home?</legend>
            <label className="choice">
              <input type="radio" value="yes" {...form.register('canEnter')} />
              <span>Yes, you may come in</span>
            </label>
            <label className="choice">
              <input type="radio" value="no" {...form.register('canEnter')} />
              <span>No, only when I am home</span>
            </label>
            {errors.canEnterWithoutTenant && (
              <p className="field-error" id={`${ids.canEnter}-error`}>
                {errors.canEnterWithoutTenant}
              </p>
            )}
          </fieldset>
          <TextField
            label="Anything we should know? (optional)"
            hint="For example: a pet, or the best time to come"
            error={errors.accessNotes}
            {...form.register('accessNotes')}
          />
          <button type="submit" className="button primary" disabled={create.isPending}>
            Send repair request
          </button>
          {create.isSuccess && <p role="status">Thank you. Your repair request was sent.</p>}
        </form>
      </section>
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">My repair requests</h2>
        <FormError error={confirm.error} at={confirm.submittedAt} />
        {repairs.isPending ? (
          <Loading label="Loading your repairs" />
        ) : repairs.isError ? (
          <ErrorState error={repairs.error} />
        ) : repairs.data.length === 0 ? (
          <EmptyState title="No repair requests yet" />
        ) : (
          repairs.data.map((r) => (
            <article key={r.id} className="card" aria-labelledby={`r-${r.id}`}>
              <h3 id={`r-${r.id}`}>
                {r.location}: {STATUS_WORDS[r.status]}
              </h3>
              <p>{r.description}</p>
              {r.scheduledFor && r.status === 'scheduled' && (
                <p>Visit planned for {formatDate(r.scheduledFor)}.</p>
              )}
              <ol className="steps">
                {r.steps.map((s) => (
                  <li key={s.id}>
                    {STEP_WORDS[s.kind]} — {formatDate(s.stepDate)}
                    {s.note && <p className="muted">{s.note}</p>}
                  </li>
                ))}
              </ol>
              {r.status === 'completed' && (
                <div className="actions">
                  <button
                    type="button"
                    className="button primary"
                    disabled={confirm.isPending}
                    onClick={() => confirm.mutate({ repairId: r.id, isFixed: true })}
                  >
                    Yes, it is fixed
                  </button>
                  <button
                    type="button"
                    className="button secondary"
                    disabled={confirm.isPending}
                    onClick={() => confirm.mutate({ repairId: r.id, isFixed: false })}
                  >
                    No, it is still broken
                  </button>
                </div>
              )}
            </article>
          ))
        )}
      </section>
    </>
  );
}
