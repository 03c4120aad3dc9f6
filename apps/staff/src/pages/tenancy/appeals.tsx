import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { APPEAL_OUTCOME_LABELS, APPEAL_OUTCOMES, ZGrievanceDecideInput } from '@hearth/domain';
import { Link } from 'react-router';
import {
  ActionError,
  EmptyState,
  ErrorState,
  Form,
  formatDate,
  fullName,
  Loading,
  optionalText,
  PageHeader,
  SelectField,
  TextAreaField,
  TextField,
  usePageTitle,
  useSchemaForm,
  useTRPC,
} from '@hearth/ui';
import { GrievanceHistory, GrievanceStatus, type Grievance } from './grievance-history';

const OUTCOME_OPTIONS = [
  { value: '', label: 'Choose…' },
  ...APPEAL_OUTCOMES.map((o) => ({ value: o, label: APPEAL_OUTCOME_LABELS[o] })),
];

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
  const form = useSchemaForm({
    schema: ZGrievanceDecideInput,
    defaultValues: { outcome: '', decision: '', followUp: '' },
    toInput: (v: { outcome: string; decision: string; followUp: string }) => ({
      grievanceId: g.id,
      outcome: v.outcome,
      decision: v.decision,
      followUp: optionalText(v.followUp),
    }),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.staff.grievances.appeals.queryKey() });
  const decide = useMutation(
    trpc.staff.grievances.decide.mutationOptions({
      onSuccess: refresh,
    }),
  );
  const followUpDone = useMutation(
    trpc.staff.grievances.completeFollowUp.mutationOptions({ onSuccess: refresh }),
  );
  return (
    <article className="card" aria-labelledby={`ap-${g.id}`}>
      <h2 id={`ap-${g.id}`}>
        {fullName(g)} — {g.about === 'services' ? 'services' : `housing (${g.propertyName ?? ''})`}, filed{' '}
        {formatDate(g.filedOn)}
      </h2>
      <GrievanceStatus g={g} />
      <GrievanceHistory g={g} />
      {g.followUp && (
        <div className="follow-up" aria-label="Follow-up of the decision">
          <p>
            <strong>Follow-up:</strong> {g.followUp}{' '}
            {g.isFollowUpOpen ? (
              <span className="badge badge-danger">Not done yet</span>
            ) : (
              <span className="badge badge-ok">
                Done {formatDate(g.followUpDoneOn)}
                {g.followUpDoneByName ? ` by ${g.followUpDoneByName}` : ''}
              </span>
            )}
          </p>
          {g.isFollowUpOpen && (
            <>
              <p>
                <Link to={`/people/${g.personId}`}>Open {fullName(g)}’s record</Link> to assign a new case
                manager or do what the decision says, then mark it done.
              </p>
              <ActionError error={followUpDone.error} at={followUpDone.submittedAt} />
              <button
                type="button"
                className="button secondary"
                disabled={followUpDone.isPending}
                onClick={() => followUpDone.mutate({ grievanceId: g.id })}
              >
                Mark the follow-up done
              </button>
            </>
          )}
        </div>
      )}
      {g.status === 'appealed' && (
        <Form form={form} onSubmit={(input) => decide.mutateAsync(input)}>
          <SelectField label="Outcome" options={OUTCOME_OPTIONS} {...form.field('outcome')} />
          <TextAreaField
            label="Decision"
            hint="The tenant reads this in their portal."
            rows={4}
            {...form.field('decision')}
          />
          <TextField
            label="Follow-up to carry out (optional)"
            hint="For example: assign a new case manager. It stays on this page until marked done."
            {...form.field('followUp')}
          />
          <button type="submit" className="button primary" disabled={decide.isPending}>
            Record decision
          </button>
        </Form>
      )}
    </article>
  );
}
