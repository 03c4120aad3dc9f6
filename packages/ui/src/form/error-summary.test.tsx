import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TRPCClientError } from '@trpc/client';
import { ZRecordWarmHandoffInput } from '@hearth/domain';
import { ZLoginInput, type TLoginInput } from '@hearth/domain/identity';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TextAreaField, TextField } from '../fields';
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

  it('names each field by its label: the warm handoff left empty says which five fields, not "is required" five times', async () => {
    const user = userEvent.setup();
    const personId = '00000000-0000-4000-8000-000000000001';
    type Values = {
      handoffDate: string;
      fromProvider: string;
      fromWorker: string;
      participants: string;
      programAndRolesExplained: string;
      strengths: string;
      planForWorkingTogether: string;
    };
    function Handoff() {
      const form = useSchemaForm({
        schema: ZRecordWarmHandoffInput,
        defaultValues: {
          handoffDate: '2026-11-02',
          fromProvider: 'Outreach team',
          fromWorker: '',
          participants: '',
          programAndRolesExplained: '',
          strengths: '',
          planForWorkingTogether: '',
        },
        toInput: (v: Values) => ({ personId, ...v }),
      });
      return (
        <Form form={form} onSubmit={() => undefined}>
          <TextField label="Date of the handoff" type="date" {...form.field('handoffDate')} />
          <TextField label="From (provider)" {...form.field('fromProvider')} />
          <TextField label="Worker who handed off" {...form.field('fromWorker')} />
          <TextField label="Who took part" {...form.field('participants')} />
          <TextAreaField
            label="How the program and roles were explained"
            {...form.field('programAndRolesExplained')}
          />
          <TextAreaField label="Strengths" {...form.field('strengths')} />
          <TextAreaField label="Plan for working together" {...form.field('planForWorkingTogether')} />
          <button type="submit">Record</button>
        </Form>
      );
    }
    render(<Handoff />);
    await user.click(screen.getByRole('button', { name: 'Record' }));
    const summary = await screen.findByRole('alert');
    const items = within(summary)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Worker who handed off: Fill this in.',
      'Who took part: Fill this in.',
      'How the program and roles were explained: Fill this in.',
      'Strengths: Fill this in.',
      'Plan for working together: Fill this in.',
    ]);
    expect(summary.textContent).not.toMatch(/is required|fromWorker|expected|received/i);
    await user.click(within(summary).getByRole('link', { name: 'Strengths: Fill this in.' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Strengths'));
  });

  it('a server answer on a field is named by the label too ("Date of the handoff: … is in the future")', async () => {
    const user = userEvent.setup();
    function Dated() {
      const form = useSchemaForm({
        schema: z.object({ handoffDate: z.string() }),
        defaultValues: { handoffDate: '2027-06-01' },
        toInput: (v: { handoffDate: string }) => v,
      });
      return (
        <Form
          form={form}
          onSubmit={() => {
            throw TRPCClientError.from({
              error: {
                message: 'June 1, 2027 is in the future: the date cannot be after today (December 3, 2026).',
                code: -32600,
                data: {
                  httpStatus: 400,
                  fieldErrors: [
                    {
                      field: 'handoffDate',
                      message:
                        'June 1, 2027 is in the future: the date cannot be after today (December 3, 2026).',
                    },
                  ],
                },
              },
            });
          }}
        >
          <TextField label="Date of the handoff" type="date" {...form.field('handoffDate')} />
          <button type="submit">Record</button>
        </Form>
      );
    }
    render(<Dated />);
    await user.click(screen.getByRole('button', { name: 'Record' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() =>
      expect(within(summary).getByRole('listitem').textContent).toBe(
        'Date of the handoff: June 1, 2027 is in the future: the date cannot be after today (December 3, 2026).',
      ),
    );
    expect(summary.textContent).not.toContain('handoffDate');
  });
});
