import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { TRightsTopic } from '@hearth/domain';
import { ActionError, ErrorState, formatDate, Loading, usePageTitle, useTRPC } from '@hearth/ui';
import { RIGHTS, type RightsText } from './rights-content';

export function RightsTopicPage() {
  const { topic = '' } = useParams();
  const page = (RIGHTS as Record<string, RightsText | undefined>)[topic];
  usePageTitle(page?.title ?? 'My rights', 'Tenant portal');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const acks = useQuery(trpc.tenant.rights.acknowledgements.queryOptions());
  const ack = useMutation(
    trpc.tenant.rights.acknowledge.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.tenant.rights.acknowledgements.queryKey() }),
    }),
  );
  if (!page) return <ErrorState error={null} title="This page does not exist" />;
  const last = acks.data?.filter((a) => a.topic === topic).at(-1)?.acknowledgedOn;
  return (
    <article className="reading">
      <p>
        <Link to="/rights">← My rights</Link>
      </p>
      <h1>{page.title}</h1>
      <p>
        <strong>{page.summary}</strong>
      </p>
      {page.body.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.text.map((t) => (
            <p key={t}>{t}</p>
          ))}
        </section>
      ))}
      <section className="card" aria-labelledby="ack-heading">
        <h2 id="ack-heading">Have you read this?</h2>
        {acks.isPending ? (
          <Loading label="Checking" />
        ) : last ? (
          <p role="status">You said you read this page on {formatDate(last)}.</p>
        ) : (
          <>
            <ActionError error={ack.error} at={ack.submittedAt} />
            <button
              type="button"
              className="button primary"
              disabled={ack.isPending}
              onClick={() => ack.mutate({ topic: topic as TRightsTopic })}
            >
              I have read this
            </button>
          </>
        )}
      </section>
    </article>
  );
}
