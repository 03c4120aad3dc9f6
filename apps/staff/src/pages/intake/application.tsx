import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { PRIORITY_POPULATION_LABELS, type TPriorityPopulation } from '@hearth/domain';
import { ErrorState, Facts, formatDate, Loading, PageHeader, usePageTitle, useTRPC } from '@hearth/ui';
import { ApplicationDeadlines } from './deadlines';
import { DeterminationStep } from './determination-step';
import { DisabilityStep } from './disability-step';
import { EnrollmentStep } from './enrollment-step';
import { HistoryStep } from './history-step';
import { MoveInStep } from './move-in-step';
import { RentStep } from './rent-step';
import { SituationStep } from './situation-step';
import { StatusBadge } from './labels';

const STEPS = [
  { key: 'situation', label: 'Homelessness situation' },
  { key: 'history', label: 'History' },
  { key: 'disability', label: 'Disability' },
  { key: 'determination', label: 'Determination' },
  { key: 'enrollment', label: 'Enrollment' },
  { key: 'rent', label: 'Rent' },
  { key: 'move-in', label: 'Move-in' },
] as const;

/** The intake hub of one application: a step at a time, the file at a glance above. */
export function ApplicationPage() {
  const { applicationId = '' } = useParams();
  const [params] = useSearchParams();
  const step = STEPS.find((s) => s.key === params.get('step'))?.key ?? 'situation';
  const trpc = useTRPC();
  const app = useQuery(trpc.staff.applications.get.queryOptions({ applicationId }));
  const name = app.data
    ? `${app.data.application.firstName} ${app.data.application.lastName}`
    : 'Application';
  usePageTitle(`${name}: application`, 'Staff portal');

  if (app.isPending) return <Loading label="Loading the application" />;
  if (app.isError) return <ErrorState error={app.error} />;
  const { application, determination, enrollment, latestSituation } = app.data;
  const stepLabel = STEPS.find((s) => s.key === step)!.label;
  return (
    <>
      <p className="no-print">
        <Link to={`/people/${application.personId}`}>← {name}</Link>
      </p>
      <PageHeader
        title={`Application: ${name}`}
        subtitle={
          <>
            Opened {formatDate(application.applicationDate)} on the referral of{' '}
            {formatDate(application.referralDate)} from {application.serviceHubName}.{' '}
            {determination ? (
              <StatusBadge status={determination.status} />
            ) : (
              <span className="badge badge-neutral">Not yet determined</span>
            )}
          </>
        }
        actions={
          <Link className="button" to={`/applications/${applicationId}/packet`}>
            Eligibility packet
          </Link>
        }
      />
      <Facts
        items={[
          { label: 'By-name list rank', value: application.byNameListRank },
          {
            label: 'Priority populations',
            value: application.priorityPopulations
              .map((p) => PRIORITY_POPULATION_LABELS[p as TPriorityPopulation] ?? p)
              .join(', '),
          },
          {
            label: 'Chronic homelessness required',
            value: application.requiresChronicHomelessness ? 'Yes (dedicated unit)' : 'No',
          },
          { label: 'Project start', value: formatDate(enrollment?.projectStartDate) },
          { label: 'Housing move-in', value: formatDate(enrollment?.housingMoveInDate) },
        ]}
      />
      <ApplicationDeadlines applicationId={applicationId} fileUpdatedAt={app.dataUpdatedAt} />
      <nav aria-label="Intake steps" className="no-print">
        <ol className="intake-steps" style={{ listStyle: 'none', paddingLeft: 0 }}>
          {STEPS.map((s, i) => (
            <li key={s.key}>
              <Link to={`?step=${s.key}`} aria-current={s.key === step ? 'step' : undefined}>
                {i + 1}. {s.label}
                {s.key === step ? ' (this step)' : ''}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <p className="visually-hidden" aria-live="polite">
        Step: {stepLabel}
      </p>
      {step === 'situation' && (
        <SituationStep key={applicationId} applicationId={applicationId} latest={latestSituation} />
      )}
      {step === 'history' && <HistoryStep applicationId={applicationId} />}
      {step === 'disability' && <DisabilityStep applicationId={applicationId} />}
      {step === 'determination' && <DeterminationStep applicationId={applicationId} />}
      {step === 'enrollment' && (
        <EnrollmentStep
          applicationId={applicationId}
          enrollment={enrollment}
          applicationDate={application.applicationDate}
        />
      )}
      {step === 'rent' && <RentStep applicationId={applicationId} hasEnrollment={enrollment !== null} />}
      {step === 'move-in' && <MoveInStep applicationId={applicationId} enrollment={enrollment} />}
    </>
  );
}
