import { useMutation } from '@tanstack/react-query';
import { STEP_OWNER_LABELS, STEP_OWNERS, ZCreateGoalInput } from '@hearth/domain';
import {
  ChoiceField,
  filledRows,
  Form,
  SelectField,
  TextAreaField,
  TextField,
  useSchemaForm,
  useTRPC,
  type RouterOutputs,
} from '@hearth/ui';

type PlanData = RouterOutputs['staff']['plans']['get'];

interface GoalForm {
  statement: string;
  soThat: string;
  longTermGoal: string;
  targetDate: string;
  domainKeys: string[];
  markers: { description: string; targetDate: string }[];
  steps: { description: string; owner: string; partnerName: string; dueDate: string }[];
  fromProposalId: string;
}

const EMPTY_GOAL: GoalForm = {
  statement: '',
  soThat: '',
  longTermGoal: '',
  targetDate: '',
  domainKeys: [],
  markers: [0, 1].map(() => ({ description: '', targetDate: '' })),
  steps: [0, 1, 2].map(() => ({ description: '', owner: 'tenant', partnerName: '', dueDate: '' })),
  fromProposalId: '',
};

const OWNER_OPTIONS = STEP_OWNERS.map((o) => ({ value: o, label: STEP_OWNER_LABELS[o] }));

/** A SMART goal written with the tenant: at most 3 are active (the server says when it is full). */
export function NewGoalForm({
  personId,
  data,
  onDone,
}: {
  personId: string;
  data: PlanData;
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const form = useSchemaForm({
    schema: ZCreateGoalInput,
    defaultValues: EMPTY_GOAL,
    toInput: (v: GoalForm) => ({
      personId,
      statement: v.statement,
      soThat: v.soThat,
      longTermGoal: v.longTermGoal,
      targetDate: v.targetDate,
      domainKeys: v.domainKeys,
      markers: filledRows(v.markers, (m) => !!(m.description.trim() || m.targetDate)),
      steps: filledRows(v.steps, (s) => !!s.description.trim()).map((s) => ({
        description: s.description,
        owner: s.owner,
        partnerName: s.partnerName || null,
        dueDate: s.dueDate || null,
      })),
      fromProposalId: v.fromProposalId || null,
    }),
    messages: {
      statement: { empty: 'Write the goal' },
      soThat: { empty: 'Write the tenant’s “so that…”' },
      longTermGoal: { empty: 'Write the long-term goal it serves' },
      targetDate: { empty: 'Enter the target date' },
      'markers.*.description': { empty: 'Describe the marker' },
      'markers.*.targetDate': { empty: 'Enter the marker’s date' },
      'steps.*.description': { empty: 'Describe the step' },
    },
  });
  const create = useMutation(
    trpc.staff.goals.create.mutationOptions({
      onSuccess: () => {
        form.reset(EMPTY_GOAL);
        onDone();
      },
    }),
  );
  const open = data.proposals.filter((p) => p.status === 'open');
  return (
    <section className="card" aria-labelledby="new-goal-heading">
      <h2 id="new-goal-heading">Add a SMART goal</h2>
      <Form form={form} onSubmit={(input) => create.mutateAsync(input)}>
        {create.isSuccess && <p role="status">Goal added to the plan.</p>}
        <TextField
          label="Specific: the goal"
          hint="One task or issue at a time."
          {...form.field('statement')}
        />
        <TextAreaField
          label="Relevant: so that… (the tenant’s own words)"
          rows={2}
          {...form.field('soThat')}
        />
        <TextField label="Long-term goal it serves" {...form.field('longTermGoal')} />
        <TextField label="Time-bound: target date" type="date" {...form.field('targetDate')} />
        <ChoiceField
          legend="Acuity domains this goal addresses"
          type="checkbox"
          options={data.domains.map((dm) => ({ value: dm.key, label: dm.name }))}
          {...form.field('domainKeys')}
        />
        <fieldset>
          <legend>Measurable: progress markers</legend>
          {EMPTY_GOAL.markers.map((_, i) => (
            <div className="grid" key={i}>
              <TextField label={`Marker ${i + 1}`} {...form.field(`markers.${i}.description`)} />
              <TextField
                label={`Marker ${i + 1} date`}
                type="date"
                {...form.field(`markers.${i}.targetDate`)}
              />
            </div>
          ))}
          <ArrayMessage message={form.formState.errors.markers?.message} />
        </fieldset>
        <fieldset>
          <legend>Achievable: steps, and who does each</legend>
          {EMPTY_GOAL.steps.map((_, i) => (
            <div className="grid" key={i}>
              <TextField label={`Step ${i + 1}`} {...form.field(`steps.${i}.description`)} />
              <SelectField
                label={`Step ${i + 1}: who`}
                options={OWNER_OPTIONS}
                {...form.field(`steps.${i}.owner`)}
              />
              <TextField
                label={`Step ${i + 1}: partner (if a partner)`}
                {...form.field(`steps.${i}.partnerName`)}
              />
              <TextField label={`Step ${i + 1}: by`} type="date" {...form.field(`steps.${i}.dueDate`)} />
            </div>
          ))}
          <ArrayMessage message={form.formState.errors.steps?.message} />
        </fieldset>
        {open.length > 0 && (
          <SelectField
            label="From the tenant’s proposal (optional)"
            options={[{ value: '', label: 'None' }, ...open.map((p) => ({ value: p.id, label: p.goal }))]}
            {...form.field('fromProposalId')}
          />
        )}
        <button type="submit" className="button primary" disabled={create.isPending}>
          Add goal
        </button>
      </Form>
    </section>
  );
}

/** A message about a group of rows as a whole ("add at least one step"). */
function ArrayMessage({ message }: { message: string | undefined }) {
  return message ? <p className="field-error">{message}</p> : null;
}
