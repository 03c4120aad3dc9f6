import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ZGrievanceCreateInput, type TGrievanceAbout } from '@hearth/domain';
import {
  ChoiceField,
  EmptyState,
  ErrorState,
  Form,
  formatDate,
  Loading,
  TextAreaField,
  usePageTitle,
  useSchemaForm,
  useTRPC,
} from '@hearth/ui';
import { GrievanceCard } from './grievance-card';

const ABOUT_WORDS: Record<TGrievanceAbout, string> = {
  services: 'Services (your case manager or the program)',
  housing: 'Housing (your home or the property manager)',
};
const ABOUT_OPTIONS = (['services', 'housing'] as const).map((a) => ({ value: a, label: ABOUT_WORDS[a] }));

export function GrievancesPage() {
  usePageTitle('Grievances', 'Tenant portal');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.tenant.grievances.list.queryOptions());
  const form = useSchemaForm({
    schema: ZGrievanceCreateInput,
    defaultValues: { about: '', description: '' },
    toInput: (v: { about: string; description: string }) => ({
      about: v.about || undefined,
      description: v.description,
    }),
  });
  const create = useMutation(
    trpc.tenant.grievances.create.mutationOptions({
      onSuccess: async () => {
        form.reset();
        await queryClient.invalidateQueries({ queryKey: trpc.tenant.grievances.list.queryKey() });
      },
    }),
  );
  return (
    <>
      <h1>Grievances</h1>
      <p>
        A grievance is a complaint. You have the right to make one and to get an answer.{' '}
        <Link to="/rights/grievances">How it works</Link>
      </p>
      <section className="card" aria-labelledby="file-heading">
        <h2 id="file-heading">Make a complaint</h2>
        <Form form={form} onSubmit={(input) => create.mutateAsync(input)}>
          <ChoiceField
            legend="What is it about?"
            type="radio"
            options={ABOUT_OPTIONS}
            {...form.field('about')}
          />
          <TextAreaField
            label="What is wrong?"
            hint="Say what happened and what you would like to change."
            rows={5}
            {...form.field('description')}
          />
          <button type="submit" className="button primary" disabled={create.isPending}>
            Send my complaint
          </button>
          {create.data && (
            <p role="status">Sent. You will get an answer by {formatDate(create.data.responseDueOn)}.</p>
          )}
        </Form>
      </section>
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">My complaints</h2>
        {list.isPending ? (
          <Loading label="Loading your complaints" />
        ) : list.isError ? (
          <ErrorState error={list.error} />
        ) : list.data.length === 0 ? (
          <EmptyState title="You have not made any complaints" />
        ) : (
          list.data.map((g) => <GrievanceCard key={g.id} g={g} />)
        )}
      </section>
    </>
  );
}
