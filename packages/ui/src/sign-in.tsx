import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZLoginInput, type TLoginInput } from '@hearth/domain/identity';
import { useEffect } from 'react';
import { useTRPC } from './trpc';
import { TextField } from './fields';
import { Form, useSchemaForm } from './form';

export interface SignInPageProps {
  portalTitle: string;
  /** One sentence under the title, in the words of the people who use this portal. */
  intro: string;
}

export function SignInPage({ portalTitle, intro }: SignInPageProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useSchemaForm({
    schema: ZLoginInput,
    defaultValues: { email: '', password: '' },
    toInput: (values: TLoginInput) => values,
  });
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
      },
    }),
  );

  useEffect(() => {
    document.title = `Sign in — ${portalTitle} — Hearth`;
  }, [portalTitle]);

  return (
    <main id="main" className="sign-in">
      <div className="card sign-in-card">
        <p className="brand" aria-hidden="true">
          Hearth
        </p>
        <h1>{portalTitle}</h1>
        <p className="muted">{intro}</p>
        {/* Two fields whose messages sit right below: the summary counts them rather than repeat them. */}
        <Form form={form} onSubmit={(values) => login.mutateAsync(values)} briefSummary>
          <TextField label="Email" type="email" autoComplete="username" {...form.field('email')} />
          <TextField
            label="Password"
            type="password"
            autoComplete="current-password"
            {...form.field('password')}
          />
          <button type="submit" className="button primary" disabled={login.isPending}>
            {login.isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </Form>
      </div>
    </main>
  );
}
