import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { APPEAL_OUTCOME_LABELS, type TGrievanceAbout } from '@hearth/domain';
import {
  EmptyState,
  ErrorState,
  fieldErrorMap,
  useForm,
  formatDate,
  FormError,
  Loading,
  TextAreaField,
  usePageTitle,
  useTRPC,
  type RouterOutputs,
} from '@hearth/ui';

type Grievance = RouterOutputs['tenant']['grievances']['list'][number];

const STATUS_WORDS = {
  awaiting_response: 'Waiting for an answer',
  answered: 'Answered',
  appealed: 'Appealed: the program admin will decide',
  decided: 'Decided',
} as const;

const ABOUT_WORDS: Record<TGrievanceAbout, string> = {
  services: 'Services (your case manager or the program)',
  housing: 'Housing (your home or the property manager)',
};

export function GrievancesPage() {
  usePageTitle('Grievances', 'Tenant portal');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.tenant.grievances.list.queryOptions());
  const form = useForm<{ about: string; description: string }>({
    defaultValues: { about: '', description: '' },
  });
  const create = useMutation(
    trpc.tenant.grievances.create.mutationOptions({
      onSuccess: async () => {
        form.reset();
        await queryClient.invalidateQueries({ queryKey: trpc.tenant.grievances.list.queryKey() });
      },
    }),
  );
  const errors = fieldErrorMap(create.error);
  const aboutId = useId();
  return (
    <>
      <h1>Grievances</h1>
      <p>
        A grievance is a complaint. You have the right to make one and to get an answer.{' '}
        <Link to="/rights/grievances">How it works</Link>
      </p>
      <section className="card" aria-labelledby="file-heading">
        <h2 id="file-heading">Make a complaint</h2>
        <form
          noValidate
          onSubmit={form.handleSubmit((v) =>
            create.mutate({ about: (v.about || undefined) as TGrievanceAbout, description: v.description }),
          )}
        >
          <FormError error={create.error} at={create.submittedAt} />
          <fieldset className="choices" aria-describedby={errors.about ? `${aboutId}-error` : undefined}>
            <legend>What is it about?</legend>
            {(['services', 'housing'] as const).map((a) => (
              <label key={a} className="choice">
                <input type="radio" value={a} {...form.register('about')} />
                <span>{ABOUT_WORDS[a]}</span>
              </label>
            ))}
            {errors.about && (
              <p className="field-error" id={`${aboutId}-error`}>
                {errors.about}
              </p>
            )}
          </fieldset>
          <TextAreaField
            label="What is wrong?"
            hint="Say what happened and what you would like to change."
            rows={5}
            error={errors.description}
            {...form.register('description')}
          />
          <button type="submit" className="button primary" disabled={create.isPending}>
            Send my complaint
          </button>
          {create.data && (
            <p role="status">Sent. You will get an answer by {formatDate(create.data.responseDueOn)}.</p>
          )}
        </form>
      </section>
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">My complaints</h2>
        {list.isPending ? (
          <Loading label="Loading your complaints" />
        ) : list.isError ? (
          <ErrorState error={list.error} />
        ) : list.data.length === 0 ? (
          <EmptyState title="You have not made any complaints" />
        ) : (
          list.data.map((g) => <GrievanceCard key={g.id} g={g} />)
        )}
      </section>
    </>
  );
}

function GrievanceCard({ g }: { g: Grievance }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [appealing, setAppealing] = useState(false);
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const appeal = useMutation(
    trpc.tenant.grievances.appeal.mutationOptions({
      onSuccess: async () => {
        setAppealing(false);
        await queryClient.invalidateQueries({ queryKey: trpc.tenant.grievances.list.queryKey() });
      },
    }),
  );
  const errors = fieldErrorMap(appeal.error);
  return (
    <article className="card" aria-labelledby={`g-${g.id}`}>
      <h3 id={`g-${g.id}`}>
        {g.about === 'services' ? 'About services' : 'About housing'}, {formatDate(g.filedOn)}
      </h3>
      <p>
        <span className={`badge ${g.isOverdue ? 'badge-danger' : 'badge-neutral'}`}>
          {g.isOverdue ? 'Answer is late' : STATUS_WORDS[g.status]}
        </span>
      </p>
      <p>{g.description}</p>
      {g.status === 'awaiting_response' && <p>Answer due by {formatDate(g.responseDueOn)}.</p>}
      {g.response && (
        <>
          <h4>The answer ({formatDate(g.respondedOn)})</h4>
          <p>{g.response}</p>
        </>
      )}
      {g.appealReason && (
        <>
          <h4>Your appeal ({formatDate(g.appealedOn)})</h4>
          <p>{g.appealReason}</p>
        </>
      )}
      {g.decision && (
        <>
          <h4>The decision ({formatDate(g.decidedOn)})</h4>
          {g.decisionOutcome && (
            <p>
              <strong>{APPEAL_OUTCOME_LABELS[g.decisionOutcome]}</strong>
            </p>
          )}
          <p>{g.decision}</p>
        </>
      )}
      {g.canAppeal &&
        (appealing ? (
          <form
            noValidate
            onSubmit={form.handleSubmit((v) => appeal.mutate({ grievanceId: g.id, reason: v.reason }))}
          >
            <FormError error={appeal.error} at={appeal.submittedAt} />
            <TextAreaField
              label="Why do you want to appeal?"
              hint="You can appeal once. The program admin decides."
              rows={4}
              error={errors.reason}
              {...form.register('reason')}
            />
            <button type="submit" className="button primary" disabled={appeal.isPending}>
              Send my appeal
            </button>
          </form>
        ) : (
          <button type="button" className="button secondary" onClick={() => setAppealing(true)}>
            Appeal this answer
          </button>
        ))}
    </article>
  );
}
