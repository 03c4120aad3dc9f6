import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import {
  describeError,
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
  useForm,
  usePageTitle,
  useTRPC,
  type RouterOutputs,
} from '@hearth/ui';
import { CareNav, today } from './care-nav';

type FileData = RouterOutputs['staff']['assessments']['get'];
type Draft = NonNullable<FileData['draft']>;

const HOUSING_FIELDS = [
  ['placesLived', 'Places lived in the last 5 years, and with whom'],
  ['leaseholderExperience', 'Experience as a leaseholder'],
  ['rolesAndResponsibilities', 'Roles and responsibilities'],
  ['whatWorked', 'What worked'],
  ['whatDidNotWork', 'What didn’t work'],
  ['satisfaction', 'Satisfaction with current housing'],
  ['housingGoals', 'Housing goal(s)'],
] as const;

const HOMELESSNESS_FIELDS = [
  ['causeOfFirstEpisode', 'Cause of the first episode'],
  ['lengthOfTime', 'Length of time homeless'],
  ['placesStayed', 'Places stayed'],
  ['routine', 'Routine'],
  ['supports', 'Supports'],
] as const;

const SCORE_OPTIONS = [
  { value: '', label: 'Not scored yet' },
  ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) })),
];

export function AssessmentPage() {
  const { personId = '' } = useParams();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const file = useQuery(trpc.staff.assessments.get.queryOptions({ personId }));
  usePageTitle(
    file.data ? `Assessment & acuity: ${fullName(file.data.person)}` : 'Assessment & acuity',
    'Staff portal',
  );
  const refresh = () => qc.invalidateQueries({ queryKey: trpc.staff.assessments.get.queryKey({ personId }) });
  const start = useMutation(trpc.staff.assessments.start.mutationOptions({ onSuccess: refresh }));

  if (file.isPending) return <Loading label="Loading the assessment" />;
  if (file.isError)
    return (
      <>
        <CareNav current="assessment" />
        <ErrorState error={file.error} />
      </>
    );
  const d = file.data;
  const name = (key: string) => d.domains.find((x) => x.key === key)?.name ?? key;
  return (
    <>
      <CareNav current="assessment" />
      <PageHeader
        title={`Assessment & acuity: ${fullName(d.person)}`}
        subtitle="A living document: it unfolds over several visits. Completed at least annually; changes in between are noted as interim updates."
      />
      <section className="card" aria-labelledby="due-heading">
        <h2 id="due-heading">When the next assessment is due</h2>
        {d.due ? (
          <p className={d.due.isOverdue ? 'alert alert-error' : undefined}>
            {d.due.kind === 'initial' ? 'Initial assessment' : 'Annual assessment'}:{' '}
            {formatDate(d.due.windowStart)} to {formatDate(d.due.windowEnd)}. {d.due.reasons[0]}
          </p>
        ) : (
          <p>Not enrolled yet: the due window starts at the project start date.</p>
        )}
        {d.current && (
          <Facts
            items={[
              { label: 'Current total acuity', value: String(d.current.total) },
              {
                label: 'Service intensity tier',
                value: d.current.tier ? `${d.current.tier.name}: ${d.current.tier.intensity}` : 'No tier',
              },
              {
                label: 'Last full assessment',
                value: `Version ${d.current.versionNumber}, ${formatDate(d.current.completedOn)}`,
              },
            ]}
          />
        )}
      </section>

      {d.draft ? (
        <DraftEditor key={d.draft.id} draft={d.draft} data={d} onSaved={refresh} />
      ) : (
        <section className="card" aria-labelledby="draft-heading">
          <h2 id="draft-heading">Full assessment</h2>
          <p>
            {d.versions.length
              ? 'Start the next full assessment: it begins from the current answers and scores.'
              : 'No assessment yet. Start one; sections save as a draft, over as many visits as it takes.'}
          </p>
          <FormError error={start.error} at={start.submittedAt} />
          <button
            type="button"
            className="button primary"
            onClick={() => start.mutate({ personId })}
            disabled={start.isPending}
          >
            Start an assessment
          </button>
        </section>
      )}

      {d.current && <InterimForm personId={personId} data={d} onSaved={refresh} />}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        {d.versions.length === 0 && <p className="muted">No completed versions yet.</p>}
        {d.versions.map((v) => (
          <article key={v.id} className="card" aria-labelledby={`v-${v.id}`}>
            <h3 id={`v-${v.id}`}>
              Version {v.versionNumber}, completed {formatDate(v.completedOn)}
              {v.completedByName ? ` by ${v.completedByName}` : ''}
            </h3>
            <p>
              Total {v.totalScore}; {v.tierName ?? 'no tier'}.
            </p>
            {v.changes.length > 0 && (
              <>
                <h4>What changed since the version before</h4>
                <ul>
                  {v.changes.map((c) => (
                    <li key={c.domainKey}>
                      {name(c.domainKey)}: {c.from ?? '—'} → {c.to ?? '—'}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </article>
        ))}
        {d.interimUpdates.length > 0 && (
          <div className="table-wrap">
            <table>
              <caption>Interim updates</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Domain</th>
                  <th scope="col">Score</th>
                  <th scope="col">Why</th>
                  <th scope="col">By</th>
                </tr>
              </thead>
              <tbody>
                {d.interimUpdates.map((u) => (
                  <tr key={u.id}>
                    <td>{formatDate(u.updateDate)}</td>
                    <th scope="row">{name(u.domainKey)}</th>
                    <td>
                      {u.previousScore ?? '—'} → {u.newScore}
                    </td>
                    <td>{u.reason}</td>
                    <td>{u.recordedByName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function StaleAware({ error, at }: { error: unknown; at?: number }) {
  const isConflict = !!error && describeError(error).status === 409;
  return (
    <>
      <FormError error={error} at={at} />
      {isConflict && (
        <p className="muted">
          Your changes here were not saved. Copy anything you need, then reload the page.
        </p>
      )}
    </>
  );
}

function DraftEditor({ draft, data, onSaved }: { draft: Draft; data: FileData; onSaved: () => void }) {
  const trpc = useTRPC();
  const save = useMutation(trpc.staff.assessments.saveSection.mutationOptions({ onSuccess: onSaved }));
  const complete = useMutation(trpc.staff.assessments.complete.mutationOptions({ onSuccess: onSaved }));
  const housing = useForm<Record<string, string>>({ defaultValues: { ...draft.housingHistory } });
  const homeless = useForm<Record<string, string>>({ defaultValues: { ...draft.homelessnessHistory } });
  const domainDefaults = Object.fromEntries(
    data.domains.map((dm) => {
      const e = draft.domains[dm.key];
      return [
        dm.key,
        {
          score: e?.score ? String(e.score) : '',
          strengths: e?.strengths ?? '',
          challenges: e?.challenges ?? '',
        },
      ];
    }),
  );
  const domains = useForm<Record<string, { score: string; strengths: string; challenges: string }>>({
    defaultValues: domainDefaults,
  });
  const errors = fieldErrorMap(save.error ?? complete.error);
  const saved = (at: Date | string | null) =>
    at ? `Saved ${new Date(at).toLocaleString('en-US')}` : 'Not saved yet';

  return (
    <section aria-labelledby="draft-heading">
      <h2 id="draft-heading">Draft assessment</h2>
      <p>
        Sections save separately as a draft.
        {draft.lastSavedByName ? ` Last saved by ${draft.lastSavedByName}.` : ''}
      </p>
      <StaleAware error={save.error} at={save.submittedAt} />
      {save.isSuccess && <p role="status">Section saved as a draft.</p>}

      <form
        className="card"
        aria-labelledby="housing-heading"
        noValidate
        onSubmit={housing.handleSubmit((v) =>
          save.mutate({
            assessmentId: draft.id,
            version: draft.version,
            section: 'housing_history',
            housingHistory: v,
          }),
        )}
      >
        <h3 id="housing-heading">Housing history</h3>
        <p className="muted">{saved(draft.housingHistorySavedAt)}</p>
        {HOUSING_FIELDS.map(([key, label]) => (
          <TextAreaField
            key={key}
            label={label}
            rows={2}
            error={errors[`housingHistory.${key}`]}
            {...housing.register(key)}
          />
        ))}
        <button type="submit" className="button secondary" disabled={save.isPending}>
          Save housing history
        </button>
      </form>

      <form
        className="card"
        aria-labelledby="homeless-heading"
        noValidate
        onSubmit={homeless.handleSubmit((v) =>
          save.mutate({
            assessmentId: draft.id,
            version: draft.version,
            section: 'homelessness_history',
            homelessnessHistory: v,
          }),
        )}
      >
        <h3 id="homeless-heading">Homelessness history</h3>
        <p className="muted">{saved(draft.homelessnessHistorySavedAt)}</p>
        {HOMELESSNESS_FIELDS.map(([key, label]) => (
          <TextAreaField key={key} label={label} rows={2} {...homeless.register(key)} />
        ))}
        <button type="submit" className="button secondary" disabled={save.isPending}>
          Save homelessness history
        </button>
      </form>

      <form
        className="card"
        aria-labelledby="domains-heading"
        noValidate
        onSubmit={domains.handleSubmit((v) =>
          save.mutate({
            assessmentId: draft.id,
            version: draft.version,
            section: 'domains',
            domains: Object.fromEntries(
              Object.entries(v).map(([k, e]) => [
                k,
                { score: e.score ? Number(e.score) : null, strengths: e.strengths, challenges: e.challenges },
              ]),
            ),
          }),
        )}
      >
        <h3 id="domains-heading">Acuity: strengths and challenges by domain</h3>
        <p className="muted">
          {saved(draft.domainsSavedAt)}. Score each domain 1 (least need) to 5 (most need).
        </p>
        {data.domains.map((dm) => (
          <fieldset key={dm.key}>
            <legend>{dm.name}</legend>
            <SelectField
              label={`${dm.name}: score`}
              hint={`1 = ${dm.anchorLow} 5 = ${dm.anchorHigh}`}
              options={SCORE_OPTIONS}
              error={errors[`domains.${dm.key}.score`]}
              {...domains.register(`${dm.key}.score`)}
            />
            <div className="grid">
              <TextAreaField
                label={`${dm.name}: strengths`}
                rows={2}
                {...domains.register(`${dm.key}.strengths`)}
              />
              <TextAreaField
                label={`${dm.name}: challenges`}
                rows={2}
                {...domains.register(`${dm.key}.challenges`)}
              />
            </div>
          </fieldset>
        ))}
        <button type="submit" className="button secondary" disabled={save.isPending}>
          Save acuity scores
        </button>
      </form>

      <div className="card">
        <h3>Complete the assessment</h3>
        <p>Completing makes this draft a version that never changes. Save each section first.</p>
        <StaleAware error={complete.error} at={complete.submittedAt} />
        <button
          type="button"
          className="button primary"
          disabled={complete.isPending}
          onClick={() =>
            complete.mutate({ assessmentId: draft.id, version: draft.version, completedOn: today() })
          }
        >
          Complete assessment
        </button>
      </div>
    </section>
  );
}

function InterimForm({ personId, data, onSaved }: { personId: string; data: FileData; onSaved: () => void }) {
  const trpc = useTRPC();
  const form = useForm<{ domainKey: string; newScore: string; reason: string; updateDate: string }>({
    defaultValues: { domainKey: '', newScore: '', reason: '', updateDate: today() },
  });
  const record = useMutation(
    trpc.staff.assessments.recordInterimUpdate.mutationOptions({
      onSuccess: () => {
        form.reset();
        onSaved();
      },
    }),
  );
  const errors = fieldErrorMap(record.error);
  return (
    <section className="card" aria-labelledby="interim-heading">
      <h2 id="interim-heading">Interim update</h2>
      <p>Between full assessments, note a change so the information can be used.</p>
      <form
        noValidate
        onSubmit={form.handleSubmit((v) =>
          record.mutate({
            personId,
            domainKey: v.domainKey,
            newScore: Number(v.newScore),
            reason: v.reason,
            updateDate: v.updateDate,
          }),
        )}
      >
        <FormError error={record.error} at={record.submittedAt} />
        {record.isSuccess && <p role="status">Interim update recorded.</p>}
        <TextField
          label="Date of the change"
          type="date"
          error={errors.updateDate}
          {...form.register('updateDate')}
        />
        <SelectField
          label="Domain"
          error={errors.domainKey}
          options={[
            { value: '', label: 'Choose…' },
            ...data.domains.map((dm) => ({
              value: dm.key,
              label: `${dm.name} (now ${data.current?.scores[dm.key]?.score ?? '—'})`,
            })),
          ]}
          {...form.register('domainKey')}
        />
        <SelectField
          label="New score"
          error={errors.newScore}
          options={SCORE_OPTIONS}
          {...form.register('newScore')}
        />
        <TextAreaField label="Why it changed" rows={2} error={errors.reason} {...form.register('reason')} />
        <button type="submit" className="button secondary" disabled={record.isPending}>
          Record interim update
        </button>
      </form>
    </section>
  );
}
