import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { APPEAL_OUTCOME_LABELS, ZGrievanceAppealInput } from '@hearth/domain';
import { Form, formatDate, TextAreaField, useSchemaForm, useTRPC, type RouterOutputs } from '@hearth/ui';

type Grievance = RouterOutputs['tenant']['grievances']['list'][number];

const STATUS_WORDS = {
  awaiting_response: 'Waiting for an answer',
  answered: 'Answered',
  appealed: 'Appealed: the program admin will decide',
  decided: 'Decided',
} as const;

/** One complaint: what the tenant wrote, the answers, and the appeal when one is possible. */
export function GrievanceCard({ g }: { g: Grievance }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [appealing, setAppealing] = useState(false);
  const form = useSchemaForm({
    schema: ZGrievanceAppealInput,
    defaultValues: { reason: '' },
    toInput: (v: { reason: string }) => ({ grievanceId: g.id, reason: v.reason }),
  });
  const appeal = useMutation(
    trpc.tenant.grievances.appeal.mutationOptions({
      onSuccess: async () => {
        setAppealing(false);
        await queryClient.invalidateQueries({ queryKey: trpc.tenant.grievances.list.queryKey() });
      },
    }),
  );
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
          <Form form={form} onSubmit={(input) => appeal.mutateAsync(input)}>
            <TextAreaField
              label="Why do you want to appeal?"
              hint="You can appeal once. The program admin decides."
              rows={4}
              {...form.field('reason')}
            />
            <button type="submit" className="button primary" disabled={appeal.isPending}>
              Send my appeal
            </button>
          </Form>
        ) : (
          <button type="button" className="button secondary" onClick={() => setAppealing(true)}>
            Appeal this answer
          </button>
        ))}
    </article>
  );
}
