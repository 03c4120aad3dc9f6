import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { PRIORITY_POPULATION_LABELS, type TPriorityPopulation } from '@hearth/domain';
import {
  ErrorState,
  Facts,
  formatDate,
  Loading,
  PageHeader,
  Reasons,
  usePageTitle,
  useTRPC,
} from '@hearth/ui';
import {
  CATEGORY_LABELS,
  disabilityTypeLabel,
  HOMELESS_EVIDENCE_LABELS,
  SOURCE_LABELS,
  STATUS_TEXT,
  STAY_LOCATION_LABELS,
  StatusBadge,
} from './labels';

/** The eligibility packet: every piece of evidence in HUD's order and what is missing. Printable. */
export function PacketPage() {
  const { applicationId = '' } = useParams();
  const trpc = useTRPC();
  const packet = useQuery(trpc.staff.packet.get.queryOptions({ applicationId }));
  usePageTitle('Eligibility packet', 'Staff portal');
  if (packet.isPending) return <Loading label="Loading the packet" />;
  if (packet.isError) return <ErrorState error={packet.error} />;
  const p = packet.data;
  const name = `${p.application.firstName} ${p.application.lastName}`;
  return (
    <>
      <p className="no-print">
        <Link to={`/applications/${applicationId}`}>← Application</Link>
      </p>
      <PageHeader
        title={`Eligibility packet: ${name}`}
        subtitle={`Application of ${formatDate(p.application.applicationDate)}`}
        actions={
          <button type="button" className="button no-print" onClick={() => window.print()}>
            Print
          </button>
        }
      />
      <section className="card" aria-labelledby="standing-heading">
        <h2 id="standing-heading">Standing on {formatDate(p.standing.asOfDate)}</h2>
        <p>
          <StatusBadge status={p.standing.status} />
        </p>
        <Reasons reasons={p.standing.reasons} label="Why:" />
      </section>
      <section className="card" aria-labelledby="missing-heading">
        <h2 id="missing-heading">{p.missing.complete ? 'Nothing is missing' : 'Still missing'}</h2>
        {p.missing.missing.length > 0 && (
          <ul>
            {p.missing.missing.map((m) => (
              <li key={m.code}>{m.description}</li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="p-referral">
        <h2 id="p-referral">1. CES referral</h2>
        {p.referral ? (
          <Facts
            items={[
              { label: 'Service Hub', value: p.referral.serviceHubName },
              { label: 'Referral date', value: formatDate(p.referral.referralDate) },
              { label: 'By-name list rank', value: p.referral.byNameListRank },
              {
                label: 'Priority populations',
                value: p.referral.priorityPopulations
                  .map((x) => PRIORITY_POPULATION_LABELS[x as TPriorityPopulation] ?? x)
                  .join(', '),
              },
              { label: 'Case-conferencing notes', value: p.referral.caseConferencingNotes },
            ]}
          />
        ) : (
          <p>No referral on file.</p>
        )}
      </section>
      <section className="card" aria-labelledby="p-homeless">
        <h2 id="p-homeless">2. Homelessness, by HUD’s order of priority</h2>
        {p.homelessEvidence.length === 0 ? (
          <p>None on file.</p>
        ) : (
          <ol>
            {p.homelessEvidence.map((s) => (
              <li key={s.id}>
                {HOMELESS_EVIDENCE_LABELS[s.evidenceType]}
                {s.evidenceSource ? ` (${SOURCE_LABELS[s.evidenceSource]})` : ''},{' '}
                {formatDate(s.evidenceDate)}:{' '}
                {s.categories.length ? s.categories.map((c) => CATEGORY_LABELS[c]).join('; ') : 'no category'}{' '}
                — {s.acceptedByProgram ? 'accepted' : 'refused'}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="card" aria-labelledby="p-history">
        <h2 id="p-history">3. Homelessness history</h2>
        {p.stays.length === 0 ? (
          <p>No stays on file.</p>
        ) : (
          <ul>
            {p.stays.map((s) => (
              <li key={s.id}>
                {formatDate(s.startDate)} to {formatDate(s.endDate)}:{' '}
                {STAY_LOCATION_LABELS[s.location] ?? s.location}; evidence{' '}
                {s.documentation ? HOMELESS_EVIDENCE_LABELS[s.documentation] : 'none'}
              </li>
            ))}
          </ul>
        )}
        <p>
          Chronic homelessness: {p.standing.chronic.label} ({p.chronic.monthsCounted} months counted).{' '}
          {p.standing.chronic.onFacts} {p.standing.chronic.documentation}
        </p>
      </section>
      <section className="card" aria-labelledby="p-disability">
        <h2 id="p-disability">4. Disability</h2>
        {p.disabilityEvidence.length === 0 ? (
          <p>None on file.</p>
        ) : (
          <ol>
            {p.disabilityEvidence.map((d) => (
              <li key={d.id}>
                {disabilityTypeLabel(d.type)}
                {d.credential ? ` (${d.credential})` : ''}, {formatDate(d.evidenceDate)}:{' '}
                {d.isAcceptable ? 'accepted' : 'not accepted'}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="card" aria-labelledby="p-determination">
        <h2 id="p-determination">5. Determinations</h2>
        {p.determinations.length === 0 ? (
          <p>No determination recorded.</p>
        ) : (
          p.determinations.map((d) => (
            <div key={d.id}>
              <h3>
                {formatDate(d.determinationDate)}: {STATUS_TEXT[d.status]?.label ?? d.status}
                {d.isSuperseded ? ' (superseded)' : ' (in force)'}
              </h3>
              <StatusBadge status={d.status} />
              <Reasons reasons={d.reasons} />
            </div>
          ))
        )}
      </section>
    </>
  );
}
