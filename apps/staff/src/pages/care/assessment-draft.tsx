import { useMutation } from '@tanstack/react-query';
import { ZSaveAssessmentSectionInput } from '@hearth/domain';
import {
  ActionError,
  describeError,
  Form,
  SelectField,
  serverErrorType,
  TextAreaField,
  Timestamp,
  useSchemaForm,
  useToday,
  useTRPC,
  type FieldErrors,
  type RouterOutputs,
} from '@hearth/ui';

export type AssessmentFile = RouterOutputs['staff']['assessments']['get'];
type Draft = NonNullable<AssessmentFile['draft']>;
type DomainEntry = { score: string; strengths: string; challenges: string };

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

export const SCORE_OPTIONS = [
  { value: '', label: 'Not scored yet' },
  ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) })),
];

const STALE = 'Your changes here were not saved. Copy anything you need, then reload the page.';

/** Shown under a refused save when someone else saved the draft first (a 409). */
function StaleNote({ form }: { form: { formState: { errors: FieldErrors } } }) {
  return serverErrorType(form.formState.errors) === 'conflict' ? <p className="muted">{STALE}</p> : null;
}

const saved = (at: Date | string | null) =>
  at ? (
    <>
      Saved <Timestamp at={at} />
    </>
  ) : (
    'Not saved yet'
  );

/** The draft of a full assessment: three sections saved separately, then completed once. */
export function DraftEditor({
  draft,
  data,
  onSaved,
}: {
  draft: Draft;
  data: AssessmentFile;
  onSaved: () => void;
}) {
  const trpc = useTRPC();
  const today = useToday();
  const save = useMutation(trpc.staff.assessments.saveSection.mutationOptions({ onSuccess: onSaved }));
  const complete = useMutation(trpc.staff.assessments.complete.mutationOptions({ onSuccess: onSaved }));
  const base = { assessmentId: draft.id, version: draft.version };
  const housing = useSchemaForm({
    schema: ZSaveAssessmentSectionInput,
    defaultValues: { housingHistory: { ...draft.housingHistory } },
    toInput: (v: { housingHistory: Record<string, string> }) => ({
      ...base,
      section: 'housing_history',
      ...v,
    }),
  });
  const homeless = useSchemaForm({
    schema: ZSaveAssessmentSectionInput,
    defaultValues: { homelessnessHistory: { ...draft.homelessnessHistory } },
    toInput: (v: { homelessnessHistory: Record<string, string> }) => ({
      ...base,
      section: 'homelessness_history',
      ...v,
    }),
  });
  const domains = useSchemaForm({
    schema: ZSaveAssessmentSectionInput,
    defaultValues: {
      domains: Object.fromEntries(
        data.domains.map((dm) => {
          const e = draft.domains[dm.key];
          const entry: DomainEntry = {
            score: e?.score ? String(e.score) : '',
            strengths: e?.strengths ?? '',
            challenges: e?.challenges ?? '',
          };
          return [dm.key, entry];
        }),
      ),
    },
    toInput: (v: { domains: Record<string, DomainEntry> }) => ({
      ...base,
      section: 'domains',
      domains: Object.fromEntries(
        Object.entries(v.domains).map(([k, e]) => [k, { ...e, score: e.score ? Number(e.score) : null }]),
      ),
    }),
  });
  const send = (input: Parameters<typeof save.mutateAsync>[0]) => save.mutateAsync(input);
  const completeIsStale = !!complete.error && describeError(complete.error).status === 409;

  return (
    <section aria-labelledby="draft-heading">
      <h2 id="draft-heading">Draft assessment</h2>
      <p>
        Sections save separately as a draft.
        {draft.lastSavedByName ? ` Last saved by ${draft.lastSavedByName}.` : ''}
      </p>
      {save.isSuccess && <p role="status">Section saved as a draft.</p>}

      <Form className="card" aria-labelledby="housing-heading" form={housing} onSubmit={send}>
        <h3 id="housing-heading">Housing history</h3>
        <StaleNote form={housing} />
        <p className="muted">{saved(draft.housingHistorySavedAt)}</p>
        {HOUSING_FIELDS.map(([key, label]) => (
          <TextAreaField key={key} label={label} rows={2} {...housing.field(`housingHistory.${key}`)} />
        ))}
        <button type="submit" className="button secondary" disabled={save.isPending}>
          Save housing history
        </button>
      </Form>

      <Form className="card" aria-labelledby="homeless-heading" form={homeless} onSubmit={send}>
        <h3 id="homeless-heading">Homelessness history</h3>
        <StaleNote form={homeless} />
        <p className="muted">{saved(draft.homelessnessHistorySavedAt)}</p>
        {HOMELESSNESS_FIELDS.map(([key, label]) => (
          <TextAreaField key={key} label={label} rows={2} {...homeless.field(`homelessnessHistory.${key}`)} />
        ))}
        <button type="submit" className="button secondary" disabled={save.isPending}>
          Save homelessness history
        </button>
      </Form>

      <Form className="card" aria-labelledby="domains-heading" form={domains} onSubmit={send}>
        <h3 id="domains-heading">Acuity: strengths and challenges by domain</h3>
        <StaleNote form={domains} />
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
              {...domains.field(`domains.${dm.key}.score`)}
            />
            <div className="grid">
              <TextAreaField
                label={`${dm.name}: strengths`}
                rows={2}
                {...domains.field(`domains.${dm.key}.strengths`)}
              />
              <TextAreaField
                label={`${dm.name}: challenges`}
                rows={2}
                {...domains.field(`domains.${dm.key}.challenges`)}
              />
            </div>
          </fieldset>
        ))}
        <button type="submit" className="button secondary" disabled={save.isPending}>
          Save acuity scores
        </button>
      </Form>

      <div className="card">
        <h3>Complete the assessment</h3>
        <p>Completing makes this draft a version that never changes. Save each section first.</p>
        <ActionError error={complete.error} at={complete.submittedAt} />
        {completeIsStale && <p className="muted">{STALE}</p>}
        <button
          type="button"
          className="button primary"
          disabled={complete.isPending}
          onClick={() => complete.mutate({ ...base, completedOn: today })}
        >
          Complete assessment
        </button>
      </div>
    </section>
  );
}
