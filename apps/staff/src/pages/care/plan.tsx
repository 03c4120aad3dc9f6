import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { STEP_OWNER_LABELS, STEP_OWNERS, type StepOwner } from '@hearth/domain';
import {
  EmptyState,
  ErrorState,
  Facts,
  fieldErrorMap,
  formatDate,
  FormError,
  fullName,
  Loading,
  PageHeader,
  SelectField,
  TextAreaField,
  TextField,
  titleCase,
  useForm,
  usePageTitle,
  useTRPC,
  type RouterOutputs,
} from '@hearth/ui';
import { CareNav, today } from './care-nav';

const PRE_LINE = { whiteSpace: 'pre-line' } as const;
const PLAIN_LIST = { listStyle: 'none', paddingLeft: 0 } as const;

type PlanData = RouterOutputs['staff']['plans']['get'];
type Goal = PlanData['goals'][number];

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

export function PlanPage() {
  const { personId = '' } = useParams();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const plan = useQuery(trpc.staff.plans.get.queryOptions({ personId }));
  const hr = useQuery(trpc.staff.harmReduction.list.queryOptions({ personId }));
  usePageTitle(plan.data ? `Service plan: ${fullName(plan.data.person)}` : 'Service plan', 'Staff portal');
  const refresh = () => qc.invalidateQueries({ queryKey: trpc.staff.plans.get.queryKey({ personId }) });

  if (plan.isPending) return <Loading label="Loading the service plan" />;
  if (plan.isError)
    return (
      <>
        <CareNav current="plan" />
        <ErrorState error={plan.error} />
      </>
    );
  const d = plan.data;
  const active = d.goals.filter((g) => g.status === 'active');
  const ended = d.goals.filter((g) => g.status !== 'active');
  const openProposals = d.proposals.filter((p) => p.status === 'open');
  return (
    <>
      <CareNav current="plan" />
      <PageHeader
        title={`Service plan: ${fullName(d.person)}`}
        subtitle="No more than 3 goals, focused on the most pressing needs that impact housing, each tied to the tenant’s long-term goals."
      />
      <section className="card" aria-labelledby="phase-heading">
        <h2 id="phase-heading">Phase and intensity</h2>
        {d.phase ? (
          <>
            <Facts
              items={[
                { label: 'Move-in date', value: formatDate(d.moveInDate) },
                { label: 'Critical Time Intervention phase', value: d.phase.title },
                { label: 'Intensity', value: d.phase.intensity },
                {
                  label: 'Acuity tier',
                  value: d.acuity?.tier
                    ? `${d.acuity.tier.name} (total ${d.acuity.total})`
                    : 'No completed assessment yet',
                },
              ]}
            />
            <h3>Review dates</h3>
            <ul>
              {d.phase.reviews.map((r) => (
                <li key={r.phase}>
                  End of {r.title}: {formatDate(r.reviewDate)}{' '}
                  {r.isPast ? <span className="muted">(past)</span> : null}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>No move-in date yet: the plan’s phase starts at move-in (pre-CTI until then).</p>
        )}
      </section>
      <section className="card" aria-labelledby="agreed-heading">
        <h2 id="agreed-heading">Agreed with the tenant</h2>
        {d.isAcceptedCurrent ? (
          <p className="alert alert-ok">
            Accepted by the tenant in the portal on{' '}
            {new Date(d.plan!.tenantResponseAt!).toLocaleString('en-US')}.
          </p>
        ) : d.plan?.tenantResponse === 'wants_to_talk' && d.plan.tenantResponseVersion === d.plan.version ? (
          <p className="alert alert-warn">
            The tenant asked to talk about this plan
            {d.plan.tenantComment ? `: “${d.plan.tenantComment}”` : '.'}
          </p>
        ) : (
          <p>
            Not accepted yet
            {d.plan?.tenantResponseAt ? ' (the plan changed since the tenant last answered)' : ''}. The tenant
            accepts the plan in the tenant portal.
          </p>
        )}
      </section>

      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">Active goals ({active.length} of 3)</h2>
        {active.length === 0 && <EmptyState title="No active goals yet" />}
        {active.map((g, i) => (
          <GoalCard key={g.id} goal={g} index={i + 1} domains={d.domains} onChange={refresh} />
        ))}
      </section>

      {openProposals.length > 0 && (
        <section className="card" aria-labelledby="proposals-heading">
          <h2 id="proposals-heading">Goals the tenant proposed</h2>
          <ul>
            {openProposals.map((p) => (
              <li key={p.id}>
                “{p.goal}”{p.soThat ? ` — ${p.soThat}` : ''}{' '}
                <span className="muted">({formatDate(p.proposedOn)})</span>
              </li>
            ))}
          </ul>
          <p className="muted">
            Write a proposal up as a SMART goal below, with the tenant, to make it part of the plan.
          </p>
        </section>
      )}

      <NewGoal personId={personId} data={d} onDone={refresh} />

      {ended.length > 0 && (
        <section aria-labelledby="ended-heading">
          <h2 id="ended-heading">Ended goals</h2>
          <ul>
            {ended.map((g) => (
              <li key={g.id}>
                <strong>{g.statement}</strong> — {titleCase(g.status)} on {formatDate(g.endedOn)}:{' '}
                {g.endReason}
              </li>
            ))}
          </ul>
        </section>
      )}

      <HarmReduction
        personId={personId}
        plans={hr.data ?? []}
        onDone={() =>
          qc.invalidateQueries({ queryKey: trpc.staff.harmReduction.list.queryKey({ personId }) })
        }
      />
    </>
  );
}

function GoalCard({
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
  const note = useForm<{ body: string }>({ defaultValues: { body: '' } });
  const end = useForm<{ endStatus: string; reason: string }>({
    defaultValues: { endStatus: '', reason: '' },
  });
  const addNote = useMutation(
    trpc.staff.goals.addNote.mutationOptions({
      onSuccess: () => {
        note.reset();
        onChange();
      },
    }),
  );
  const endGoal = useMutation(trpc.staff.goals.end.mutationOptions({ onSuccess: onChange }));
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
      <ul style={PLAIN_LIST}>
        {goal.markers.map((m, i) => (
          <li key={i}>
            <label className="choice">
              <input
                type="checkbox"
                checked={!!m.metOn}
                onChange={(e) =>
                  marker.mutate({ goalId: goal.id, markerIndex: i, metOn: e.target.checked ? today() : null })
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
      <form
        noValidate
        onSubmit={note.handleSubmit((v) =>
          addNote.mutate({ goalId: goal.id, noteDate: today(), body: v.body }),
        )}
      >
        <FormError error={addNote.error} at={addNote.submittedAt} />
        <TextAreaField label={`Progress note on goal ${index}`} rows={2} {...note.register('body')} />
        <button type="submit" className="button secondary" disabled={addNote.isPending}>
          Add progress note
        </button>
      </form>
      <details>
        <summary>End this goal</summary>
        <form
          noValidate
          onSubmit={end.handleSubmit((v) =>
            endGoal.mutate({
              goalId: goal.id,
              endStatus: v.endStatus as 'achieved',
              endedOn: today(),
              reason: v.reason,
            }),
          )}
        >
          <FormError error={endGoal.error} at={endGoal.submittedAt} />
          <SelectField
            label="How it ended"
            options={[
              { value: '', label: 'Choose…' },
              { value: 'achieved', label: 'Achieved' },
              { value: 'revised', label: 'Revised' },
              { value: 'dropped', label: 'Dropped' },
            ]}
            {...end.register('endStatus')}
          />
          <TextAreaField label="Reason" rows={2} {...end.register('reason')} />
          <button type="submit" className="button secondary">
            End goal
          </button>
        </form>
      </details>
    </article>
  );
}

function NewGoal({ personId, data, onDone }: { personId: string; data: PlanData; onDone: () => void }) {
  const trpc = useTRPC();
  const form = useForm<GoalForm>({ defaultValues: EMPTY_GOAL });
  const create = useMutation(
    trpc.staff.goals.create.mutationOptions({
      onSuccess: () => {
        form.reset(EMPTY_GOAL);
        onDone();
      },
    }),
  );
  const errors = fieldErrorMap(create.error);
  const submit = form.handleSubmit((v) =>
    create.mutate({
      personId,
      statement: v.statement,
      soThat: v.soThat,
      longTermGoal: v.longTermGoal,
      targetDate: v.targetDate,
      domainKeys: v.domainKeys || [],
      markers: v.markers.filter((m) => m.description.trim() || m.targetDate),
      steps: v.steps
        .filter((s) => s.description.trim())
        .map((s) => ({
          description: s.description,
          owner: s.owner as StepOwner,
          partnerName: s.partnerName || null,
          dueDate: s.dueDate || null,
        })),
      fromProposalId: v.fromProposalId || null,
    }),
  );
  const open = data.proposals.filter((p) => p.status === 'open');
  return (
    <section className="card" aria-labelledby="new-goal-heading">
      <h2 id="new-goal-heading">Add a SMART goal</h2>
      <form noValidate onSubmit={submit}>
        <FormError error={create.error} at={create.submittedAt} />
        {create.isSuccess && <p role="status">Goal added to the plan.</p>}
        <TextField
          label="Specific: the goal"
          hint="One task or issue at a time."
          error={errors.statement}
          {...form.register('statement')}
        />
        <TextAreaField
          label="Relevant: so that… (the tenant’s own words)"
          rows={2}
          error={errors.soThat}
          {...form.register('soThat')}
        />
        <TextField
          label="Long-term goal it serves"
          error={errors.longTermGoal}
          {...form.register('longTermGoal')}
        />
        <TextField
          label="Time-bound: target date"
          type="date"
          error={errors.targetDate}
          {...form.register('targetDate')}
        />
        <fieldset className="choices">
          <legend>Acuity domains this goal addresses</legend>
          {data.domains.map((dm) => (
            <label key={dm.key} className="choice">
              <input type="checkbox" value={dm.key} {...form.register('domainKeys')} />
              <span>{dm.name}</span>
            </label>
          ))}
          {errors.domainKeys && <p className="field-error">{errors.domainKeys}</p>}
        </fieldset>
        <fieldset>
          <legend>Measurable: progress markers</legend>
          {EMPTY_GOAL.markers.map((_, i) => (
            <div className="grid" key={i}>
              <TextField
                label={`Marker ${i + 1}`}
                error={errors[`markers.${i}.description`]}
                {...form.register(`markers.${i}.description`)}
              />
              <TextField
                label={`Marker ${i + 1} date`}
                type="date"
                error={errors[`markers.${i}.targetDate`]}
                {...form.register(`markers.${i}.targetDate`)}
              />
            </div>
          ))}
          {errors.markers && <p className="field-error">{errors.markers}</p>}
        </fieldset>
        <fieldset>
          <legend>Achievable: steps, and who does each</legend>
          {EMPTY_GOAL.steps.map((_, i) => (
            <div className="grid" key={i}>
              <TextField
                label={`Step ${i + 1}`}
                error={errors[`steps.${i}.description`]}
                {...form.register(`steps.${i}.description`)}
              />
              <SelectField
                label={`Step ${i + 1}: who`}
                options={STEP_OWNERS.map((o) => ({ value: o, label: STEP_OWNER_LABELS[o] }))}
                {...form.register(`steps.${i}.owner`)}
              />
              <TextField
                label={`Step ${i + 1}: partner (if a partner)`}
                error={errors[`steps.${i}.partnerName`]}
                {...form.register(`steps.${i}.partnerName`)}
              />
              <TextField label={`Step ${i + 1}: by`} type="date" {...form.register(`steps.${i}.dueDate`)} />
            </div>
          ))}
          {errors.steps && <p className="field-error">{errors.steps}</p>}
        </fieldset>
        {open.length > 0 && (
          <SelectField
            label="From the tenant’s proposal (optional)"
            options={[{ value: '', label: 'None' }, ...open.map((p) => ({ value: p.id, label: p.goal }))]}
            {...form.register('fromProposalId')}
          />
        )}
        <button type="submit" className="button primary" disabled={create.isPending}>
          Add goal
        </button>
      </form>
    </section>
  );
}

interface HrForm {
  housingRisk: string;
  followUpDate: string;
  chosenOption: string;
  options: {
    option: string;
    factorsFor: string;
    factorsAgainst: string;
    landlordNonNegotiable: string;
    tenantNonNegotiable: string;
  }[];
}
const EMPTY_HR: HrForm = {
  housingRisk: '',
  followUpDate: '',
  chosenOption: '',
  options: [0, 1, 2].map(() => ({
    option: '',
    factorsFor: '',
    factorsAgainst: '',
    landlordNonNegotiable: '',
    tenantNonNegotiable: '',
  })),
};

function HarmReduction({
  personId,
  plans,
  onDone,
}: {
  personId: string;
  plans: RouterOutputs['staff']['harmReduction']['list'];
  onDone: () => void;
}) {
  const trpc = useTRPC();
  const form = useForm<HrForm>({ defaultValues: EMPTY_HR });
  const create = useMutation(
    trpc.staff.harmReduction.create.mutationOptions({
      onSuccess: () => {
        form.reset(EMPTY_HR);
        onDone();
      },
    }),
  );
  const errors = fieldErrorMap(create.error);
  const submit = form.handleSubmit((v) => {
    const options = v.options.filter((o) => o.option.trim());
    create.mutate({
      personId,
      identifiedOn: today(),
      housingRisk: v.housingRisk,
      options,
      chosenOption: v.chosenOption === '' ? null : Number(v.chosenOption),
      followUpDate: v.followUpDate,
    });
  });
  return (
    <section aria-labelledby="hr-heading">
      <h2 id="hr-heading">Harm-reduction plans to prevent eviction</h2>
      {plans.map((p) => (
        <article
          key={p.id}
          className="card"
          aria-label={`Harm-reduction plan of ${formatDate(p.identifiedOn)}`}
        >
          <p>
            <strong>Housing risk:</strong> {p.housingRisk}
          </p>
          <div className="table-wrap">
            <table>
              <caption>
                Options weighed with the tenant ({formatDate(p.identifiedOn)}); follow up{' '}
                {formatDate(p.followUpDate)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Option</th>
                  <th scope="col">Factors in favour</th>
                  <th scope="col">Factors against</th>
                  <th scope="col">Non-negotiable: landlord</th>
                  <th scope="col">Non-negotiable: tenant</th>
                </tr>
              </thead>
              <tbody>
                {p.options.map((o, i) => (
                  <tr key={i}>
                    <th scope="row">
                      {o.option}
                      {p.chosenOption === i && (
                        <>
                          {' '}
                          <span className="badge badge-ok">Chosen</span>
                        </>
                      )}
                    </th>
                    <td style={PRE_LINE}>{o.factorsFor}</td>
                    <td style={PRE_LINE}>{o.factorsAgainst}</td>
                    <td style={PRE_LINE}>{o.landlordNonNegotiable}</td>
                    <td style={PRE_LINE}>{o.tenantNonNegotiable}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </article>
      ))}
      <div className="card">
        <h3>New harm-reduction plan</h3>
        <form noValidate onSubmit={submit}>
          <FormError error={create.error} at={create.submittedAt} />
          <TextAreaField
            label="Housing risk"
            rows={2}
            error={errors.housingRisk}
            {...form.register('housingRisk')}
          />
          {EMPTY_HR.options.map((_, i) => (
            <fieldset key={i}>
              <legend>Option {i + 1}</legend>
              <TextField
                label={`Option ${i + 1}`}
                error={errors[`options.${i}.option`]}
                {...form.register(`options.${i}.option`)}
              />
              <div className="grid">
                <TextAreaField
                  label={`Option ${i + 1}: factors in favour`}
                  rows={2}
                  {...form.register(`options.${i}.factorsFor`)}
                />
                <TextAreaField
                  label={`Option ${i + 1}: factors against`}
                  rows={2}
                  {...form.register(`options.${i}.factorsAgainst`)}
                />
                <TextAreaField
                  label={`Option ${i + 1}: non-negotiable for the landlord`}
                  rows={2}
                  {...form.register(`options.${i}.landlordNonNegotiable`)}
                />
                <TextAreaField
                  label={`Option ${i + 1}: non-negotiable for the tenant`}
                  rows={2}
                  {...form.register(`options.${i}.tenantNonNegotiable`)}
                />
              </div>
            </fieldset>
          ))}
          <SelectField
            label="Chosen option"
            error={errors.chosenOption}
            options={[
              { value: '', label: 'Not decided yet' },
              ...EMPTY_HR.options.map((_, i) => ({ value: String(i), label: `Option ${i + 1}` })),
            ]}
            {...form.register('chosenOption')}
          />
          <TextField
            label="Follow-up date"
            type="date"
            error={errors.followUpDate}
            {...form.register('followUpDate')}
          />
          <button type="submit" className="button primary" disabled={create.isPending}>
            Save harm-reduction plan
          </button>
        </form>
      </div>
    </section>
  );
}
