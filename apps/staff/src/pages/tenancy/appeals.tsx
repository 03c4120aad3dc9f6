import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { APPEAL_OUTCOME_LABELS, APPEAL_OUTCOMES, ZGrievanceDecideInput } from '@hearth/domain';
import {
  EmptyState,
  ErrorState,
  Form,
  formatDate,
  fullName,
  Loading,
  PageHeader,
  SelectField,
  TextAreaField,
  usePageTitle,
  useSchemaForm,
  useTRPC,
} from '@hearth/ui';
import { GrievanceHistory, GrievanceStatus, type Grievance } from './grievance-history';

const OUTCOME_OPTIONS = [
  { value: '', label: 'Choose…' },
  ...APPEAL_OUTCOMES.map((o) => ({ value: o, label: APPEAL_OUTCOME_LABELS[o] })),
];

/** Program admins: appeals of services and housing grievances, decided once. */
export function AppealsPage() {
  usePageTitle('Appeals', 'Staff portal');
  const trpc = useTRPC();
  const list = useQuery(trpc.staff.grievances.appeals.queryOptions());
  return (
    <>
      <PageHeader
        title="Grievance appeals"
        subtitle="A tenant may appeal a grievance answer once. The program admin decides."
      />
      {list.isPending ? (
        <Loading label="Loading appeals" />
      ) : list.isError ? (
        <ErrorState error={list.error} />
      ) : list.data.length === 0 ? (
        <EmptyState title="No appeals" />
      ) : (
        list.data.map((g) => <AppealCard key={g.id} g={g} />)
      )}
    </>
  );
}

function AppealCard({ g }: { g: Grievance }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useSchemaForm({
    schema: ZGrievanceDecideInput,
    defaultValues: { outcome: '', decision: '' },
    toInput: (v: { outcome: string; decision: string }) => ({ grievanceId: g.id, ...v }),
  });
  const decide = useMutation(
    trpc.staff.grievances.decide.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.staff.grievances.appeals.queryKey() }),
    }),
  );
  return (
    <article className="card" aria-labelledby={`ap-${g.id}`}>
      <h2 id={`ap-${g.id}`}>
        {fullName(g)} — {g.about === 'services' ? 'services' : `housing (${g.propertyName ?? ''})`}, filed{' '}
        {formatDate(g.filedOn)}
      </h2>
      <GrievanceStatus g={g} />
      <GrievanceHistory g={g} />
      {g.status === 'appealed' && (
        <Form form={form} onSubmit={(input) => decide.mutateAsync(input)}>
          <SelectField label="Outcome" options={OUTCOME_OPTIONS} {...form.field('outcome')} />
          <TextAreaField
            label="Decision"
            hint="The tenant reads this in their portal."
            rows={4}
            {...form.field('decision')}
          />
          <button type="submit" className="button primary" disabled={decide.isPending}>
            Record decision
          </button>
        </Form>
      )}
    </article>
  );
}
