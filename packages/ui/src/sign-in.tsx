import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { ZLoginInput, type TLoginInput } from '@hearth/domain/identity';
import { useEffect, useRef } from 'react';
import { describeError, useTRPC } from './trpc';
import { TextField } from './fields';

export interface SignInPageProps {
  portalTitle: string;
  /** One sentence under the title, in the words of the people who use this portal. */
  intro: string;
}

export function SignInPage({ portalTitle, intro }: SignInPageProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useForm<TLoginInput>({
    resolver: zodResolver(ZLoginInput),
    defaultValues: { email: '', password: '' },
  });
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
      },
    }),
  );
  const errorRef = useRef<HTMLDivElement>(null);
  const failure = login.error ? describeError(login.error) : null;
  const failureMessage = failure?.message;
  // Move focus to the error so keyboard and screen-reader users hear why sign-in failed.
  useEffect(() => {
    if (failureMessage) errorRef.current?.focus();
  }, [failureMessage, login.submittedAt]);

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
        {failure && (
          <div className="alert alert-error" role="alert" tabIndex={-1} ref={errorRef}>
            {failure.message}
          </div>
        )}
        <form noValidate onSubmit={form.handleSubmit((values) => login.mutate(values))}>
          <TextField
            label="Email"
            type="email"
            autoComplete="username"
            error={form.formState.errors.email?.message}
            {...form.register('email')}
          />
          <TextField
            label="Password"
            type="password"
            autoComplete="current-password"
            error={form.formState.errors.password?.message}
            {...form.register('password')}
          />
          <button type="submit" className="button primary" disabled={login.isPending}>
            {login.isPending ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
    </main>
  );
}
