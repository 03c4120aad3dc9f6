import { useMutation } from '@tanstack/react-query';
import { STEP_OWNER_LABELS } from '@hearth/domain';
import { ActionError, Facts, formatDate, useToday, useTRPC, type RouterOutputs } from '@hearth/ui';
import { EndGoalForm, ProgressNoteForm } from './goal-forms';

type PlanData = RouterOutputs['staff']['plans']['get'];
type Goal = PlanData['goals'][number];

const PLAIN_LIST = { listStyle: 'none', paddingLeft: 0 } as const;

/** An active goal: its SMART parts, markers and steps to tick, notes, and how to end it. */
export function GoalCard({
  goal,
  index,
  domains,
  onChange,
}: {
  goal: Goal;
  index: number;
  domains: PlanData['domains'];
  onChange: () => void;
}) {
  const trpc = useTRPC();
  const today = useToday();
  const step = useMutation(trpc.staff.goals.setStepDone.mutationOptions({ onSuccess: onChange }));
  const marker = useMutation(trpc.staff.goals.setMarkerMet.mutationOptions({ onSuccess: onChange }));
  const domainNames = goal.domainKeys.map((k) => domains.find((x) => x.key === k)?.name ?? k).join(', ');
  const h = `goal-${goal.id}`;
  return (
    <article className="card" aria-labelledby={h}>
      <h3 id={h}>
        Goal {index}: {goal.statement}
      </h3>
      <Facts
        items={[
          { label: 'So that (in the tenant’s words)', value: goal.soThat },
          { label: 'Long-term goal it serves', value: goal.longTermGoal },
          { label: 'Target date', value: formatDate(goal.targetDate) },
          { label: 'Acuity domains', value: domainNames },
          {
            label: 'Next step',
            value: goal.nextStep
              ? `${goal.nextStep.description} (${STEP_OWNER_LABELS[goal.nextStep.owner]}${goal.nextStep.partnerName ? `: ${goal.nextStep.partnerName}` : ''})`
              : 'All steps done',
          },
        ]}
      />
      <h4>Progress markers</h4>
      <ActionError error={marker.error} at={marker.submittedAt} />
      <ul style={PLAIN_LIST}>
        {goal.markers.map((m, i) => (
          <li key={i}>
            <label className="choice">
              <input
                type="checkbox"
                checked={!!m.metOn}
                onChange={(e) =>
                  marker.mutate({ goalId: goal.id, markerIndex: i, metOn: e.target.checked ? today : null })
                }
              />
              <span>
                {m.description} — by {formatDate(m.targetDate)}
                {m.metOn ? ` (met ${formatDate(m.metOn)})` : ''}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <h4>Steps: who does what</h4>
      <ActionError error={step.error} at={step.submittedAt} />
      <ul style={PLAIN_LIST}>
        {goal.steps.map((s, i) => (
          <li key={i}>
            <label className="choice">
              <input
                type="checkbox"
                checked={s.isDone}
                onChange={(e) => step.mutate({ goalId: goal.id, stepIndex: i, isDone: e.target.checked })}
              />
              <span>
                {STEP_OWNER_LABELS[s.owner]}
                {s.partnerName ? ` (${s.partnerName})` : ''}: {s.description}
                {s.dueDate ? ` — by ${formatDate(s.dueDate)}` : ''}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <h4>Progress notes</h4>
      {goal.notes.length === 0 ? (
        <p className="muted">No progress notes yet.</p>
      ) : (
        <ul>
          {goal.notes.map((n) => (
            <li key={n.id}>
              {formatDate(n.noteDate)},{' '}
              {n.authorKind === 'tenant' ? `${n.authorName} (tenant)` : n.authorName}: {n.body}
            </li>
          ))}
        </ul>
      )}
      <ProgressNoteForm goalId={goal.id} index={index} onDone={onChange} />
      <details>
        <summary>End this goal</summary>
        <EndGoalForm goalId={goal.id} onDone={onChange} />
      </details>
    </article>
  );
}
