import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TRPCClientError } from '@trpc/client';
import { ZLoginInput, type TLoginInput } from '@hearth/domain/identity';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { TextField } from '../fields';
import { ActionError } from './error-summary';
import { Form } from './form';
import { useSchemaForm } from './use-schema-form';

afterEach(cleanup);

describe('the error summary', () => {
  it('in brief, counts the fields to fix so each message is said once, beside its field', async () => {
    const user = userEvent.setup();
    function SignIn() {
      const form = useSchemaForm({
        schema: ZLoginInput,
        defaultValues: { email: '', password: '' },
        toInput: (v: TLoginInput) => v,
      });
      return (
        <Form form={form} onSubmit={() => undefined} briefSummary>
          <TextField label="Email" {...form.field('email')} />
          <TextField label="Password" type="password" {...form.field('password')} />
          <button type="submit">Sign in</button>
        </Form>
      );
    }
    render(<SignIn />);
    await user.type(screen.getByLabelText('Email'), 'not an email');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toBe('Please fix the 2 fields marked below.');
    expect(screen.getAllByText('Enter a valid email address')).toHaveLength(1);
    expect(document.activeElement).toBe(summary);
  });

  it('for an action that is not a form, shows its failure and takes the focus each time it fails', async () => {
    const user = userEvent.setup();
    function Acknowledge() {
      const [failure, setFailure] = useState<{ error: unknown; at: number }>({ error: null, at: 0 });
      const fail = () =>
        setFailure({
          error: TRPCClientError.from({
            error: {
              message: 'This page was already acknowledged.',
              code: -32600,
              data: { httpStatus: 409 },
            },
          }),
          at: failure.at + 1,
        });
      return (
        <>
          <ActionError error={failure.error} at={failure.at} />
          <button type="button" onClick={fail}>
            I have read this
          </button>
        </>
      );
    }
    render(<Acknowledge />);
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'I have read this' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('This page was already acknowledged.');
    expect(document.activeElement).toBe(alert);
    screen.getByRole('button').focus();
    await user.click(screen.getByRole('button', { name: 'I have read this' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('alert')));
  });
});
