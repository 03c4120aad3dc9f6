import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import {
  ActionError,
  ErrorState,
  Facts,
  formatDate,
  fullName,
  Loading,
  PageHeader,
  usePageTitle,
  useTRPC,
} from '@hearth/ui';
import { DraftEditor } from './assessment-draft';
import { CareNav } from './care-nav';
import { InterimUpdateForm } from './interim-update-form';

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
          <ActionError error={start.error} at={start.submittedAt} />
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

      {d.current && <InterimUpdateForm personId={personId} data={d} onSaved={refresh} />}

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
