import { useQuery, useQueryClient } from '@tanstack/react-query';
import { UNIT_ENTRY_BASIS_LABELS, type TRepairUrgency } from '@hearth/domain';
import {
  EmptyState,
  ErrorState,
  formatDate,
  Loading,
  PageHeader,
  titleCase,
  usePageTitle,
  useTRPC,
  type RouterOutputs,
} from '@hearth/ui';
import { CompleteForm, ScheduleForm, TriageForm } from './repair-forms';

type Repair = RouterOutputs['property']['repairs']['list'][number];

const URGENCY_BADGE: Record<TRepairUrgency, string> = {
  emergency: 'badge-danger',
  urgent: 'badge-warn',
  routine: 'badge-neutral',
};

export function RepairsPage() {
  usePageTitle('Repairs', 'Property portal');
  const trpc = useTRPC();
  const repairs = useQuery(trpc.property.repairs.list.queryOptions());
  const entries = useQuery(trpc.property.repairs.entries.queryOptions());
  const open = repairs.data?.filter((r) => r.status === 'requested' || r.status === 'scheduled') ?? [];
  const done = repairs.data?.filter((r) => r.status === 'completed' || r.status === 'confirmed') ?? [];
  return (
    <>
      <PageHeader
        title="Repairs"
        subtitle="Tenants’ repair requests: triage, schedule, complete. Every entry into a unit is logged with the notice given."
      />
      {repairs.isPending ? (
        <Loading label="Loading repairs" />
      ) : repairs.isError ? (
        <ErrorState error={repairs.error} />
      ) : (
        <>
          <h2>Open requests</h2>
          {open.length === 0 ? (
            <EmptyState title="No open repair requests" />
          ) : (
            open.map((r) => <RepairCard key={r.id} r={r} />)
          )}
          <h2>Done</h2>
          {done.length === 0 ? (
            <p className="muted">None yet.</p>
          ) : (
            done.map((r) => <RepairCard key={r.id} r={r} />)
          )}
        </>
      )}
      <section className="card" aria-labelledby="entries-heading">
        <h2 id="entries-heading">Unit entries</h2>
        {entries.isError ? (
          <ErrorState error={entries.error} />
        ) : !entries.data?.length ? (
          <p className="muted">No entries logged.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Unit</th>
                  <th scope="col">Basis</th>
                  <th scope="col">Notice given</th>
                  <th scope="col">Reason</th>
                  <th scope="col">By</th>
                </tr>
              </thead>
              <tbody>
                {entries.data.map((e) => (
                  <tr key={e.id}>
                    <td>{formatDate(e.enteredOn)}</td>
                    <td>
                      {e.propertyName}, {e.unitLabel}
                    </td>
                    <td>{UNIT_ENTRY_BASIS_LABELS[e.basis]}</td>
                    <td>{formatDate(e.noticeGivenOn)}</td>
                    <td>{e.reason}</td>
                    <td>{e.actorName}</td>
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

function RepairCard({ r }: { r: Repair }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.property.repairs.list.queryKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.property.repairs.entries.queryKey() });
  };
  const isOpen = r.status === 'requested' || r.status === 'scheduled';
  return (
    <article className="card" aria-labelledby={`r-${r.id}`}>
      <h3 id={`r-${r.id}`}>
        {r.tenantName} — {r.propertyName}, {r.unitLabel}: {r.location}
      </h3>
      <p>
        <span className={`badge ${URGENCY_BADGE[r.urgency]}`}>{titleCase(r.urgency)}</span>{' '}
        <span className="badge badge-neutral">{titleCase(r.status)}</span> Asked {formatDate(r.requestedOn)}
        {r.scheduledFor && <> · visit {formatDate(r.scheduledFor)}</>}
      </p>
      <p>{r.description}</p>
      <p>
        <strong>Entry:</strong>{' '}
        {r.canEnterWithoutTenant
          ? 'The tenant allows entry when they are not home.'
          : 'Only when the tenant is home, with notice (or in an emergency).'}
        {r.accessNotes && <> {r.accessNotes}</>}
      </p>
      <details>
        <summary>Steps ({r.steps.length})</summary>
        <ol className="steps">
          {r.steps.map((s) => (
            <li key={s.id}>
              {titleCase(s.kind)} — {formatDate(s.stepDate)} by {s.actorName}
              {s.note && <p className="muted">{s.note}</p>}
            </li>
          ))}
        </ol>
      </details>
      {isOpen && (
        <div className="grid">
          <TriageForm repairId={r.id} urgency={r.urgency} onDone={refresh} />
          <ScheduleForm repairId={r.id} onDone={refresh} />
          <CompleteForm repairId={r.id} onDone={refresh} />
        </div>
      )}
    </article>
  );
}
