import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TRPCClientError } from '@trpc/client';
import { ZGrievanceCreateInput, ZIncomeSource } from '@hearth/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ChoiceField, TextAreaField, TextField } from '../fields';
import { Form } from './form';
import { useSchemaForm } from './use-schema-form';
import { dollarsToCents, filledRows, optionalText } from './values';

afterEach(cleanup);

/** A server answer as tRPC delivers it: message, status and the fields it names. */
function apiError(
  message: string,
  fieldErrors: { field: string; message: string }[] | null,
  httpStatus = 400,
) {
  return TRPCClientError.from({
    error: { message, code: -32600, data: { code: 'BAD_REQUEST', httpStatus, fieldErrors } },
  });
}

const ZPlanInput = z.object({
  personId: z.string(),
  person: z.object({ firstName: z.string().trim().min(1, 'is required') }),
  steps: z
    .array(z.object({ description: z.string().trim().min(1, 'describe the step') }))
    .min(1, 'add at least one step'),
  note: z.string().optional(),
});

interface PlanForm {
  person: { firstName: string };
  steps: { description: string }[];
  note: string;
}

function PlanFormUnderTest({ send }: { send: (input: z.input<typeof ZPlanInput>) => unknown }) {
  const form = useSchemaForm({
    schema: ZPlanInput,
    defaultValues: { person: { firstName: '' }, steps: [{ description: '' }, { description: '' }], note: '' },
    toInput: (v: PlanForm) => ({
      personId: 'p-1',
      person: v.person,
      steps: filledRows(v.steps, (s) => s.description.trim() !== ''),
      note: optionalText(v.note),
    }),
    messages: { 'person.firstName': { empty: 'Enter the first name' } },
  });
  return (
    <Form form={form} onSubmit={send}>
      <TextField label="First name" {...form.field('person.firstName')} />
      <TextField label="Step 1" {...form.field('steps.0.description')} />
      <TextField label="Step 2" {...form.field('steps.1.description')} />
      <TextAreaField label="Note" {...form.field('note')} />
      <button type="submit">Save</button>
    </Form>
  );
}

/** The message shown beside a field: the element its aria-describedby names. */
function messageBeside(input: HTMLElement): string | null {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.className === 'field-error');
  return error?.textContent ?? null;
}

describe('the form kit', () => {
  it('shows the schema’s message beside the field, announces and focuses the summary, and sends nothing', async () => {
    const send = vi.fn();
    const user = userEvent.setup();
    render(<PlanFormUnderTest send={send} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const firstName = screen.getByLabelText('First name');
    expect(messageBeside(firstName)).toBe('Enter the first name');
    expect(firstName.getAttribute('aria-invalid')).toBe('true');
    // Both steps are blank: none is sent, so the array itself is refused (and said as a sentence).
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Please fix this:');
    expect(summary.textContent).toContain('Enter the first name');
    expect(summary.textContent).toContain('Add at least one step');
    expect(document.activeElement).toBe(summary);
    expect(send).not.toHaveBeenCalled();
  });

  it('sends the schema’s input once the form is valid, without blank rows at the end', async () => {
    const send = vi.fn();
    const user = userEvent.setup();
    render(<PlanFormUnderTest send={send} />);
    await user.type(screen.getByLabelText('First name'), 'Dana');
    await user.type(screen.getByLabelText('Step 1'), 'Call the office');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({
      personId: 'p-1',
      person: { firstName: 'Dana' },
      steps: [{ description: 'Call the office' }],
      note: undefined,
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('puts the server’s fieldErrors on the fields they name, dotted paths included', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockRejectedValue(
      apiError('Dana is already on the caseload.', [
        { field: 'person.firstName', message: 'Dana is already on the caseload.' },
        { field: 'steps.1.description', message: 'a step of the tenant needs a date' },
      ]),
    );
    render(<PlanFormUnderTest send={send} />);
    await user.type(screen.getByLabelText('First name'), 'Dana');
    await user.type(screen.getByLabelText('Step 1'), 'Call');
    await user.type(screen.getByLabelText('Step 2'), 'Visit');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(send).toHaveBeenCalledTimes(1);
    expect(messageBeside(screen.getByLabelText('First name'))).toBe('Dana is already on the caseload.');
    expect(messageBeside(screen.getByLabelText('Step 2'))).toBe('A step of the tenant needs a date');
    expect(messageBeside(screen.getByLabelText('Step 1'))).toBeNull();
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Dana is already on the caseload.');
    expect(document.activeElement).toBe(summary);

    // Fixing the field clears its server message; submitting again asks the server again.
    send.mockResolvedValue(undefined);
    await user.clear(screen.getByLabelText('Step 2'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(send).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows an answer that names no field in the summary, focused again on each failure', async () => {
    const user = userEvent.setup();
    const send = vi.fn().mockRejectedValue(apiError('A plan has no more than 3 active goals.', null, 409));
    render(<PlanFormUnderTest send={send} />);
    await user.type(screen.getByLabelText('First name'), 'Dana');
    await user.type(screen.getByLabelText('Step 1'), 'Call');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toBe('A plan has no more than 3 active goals.');
    expect(document.activeElement).toBe(summary);

    await user.click(screen.getByLabelText('Note'));
    expect(document.activeElement).not.toBe(summary);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(send).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('alert')));
  });

  it('validates with the domain’s own schema and its messages (a radio group, a text area)', async () => {
    const send = vi.fn();
    const user = userEvent.setup();
    function Complaint() {
      const form = useSchemaForm({
        schema: ZGrievanceCreateInput,
        defaultValues: { about: '', description: '' },
        toInput: (v: { about: string; description: string }) => ({
          about: v.about || undefined,
          description: v.description,
        }),
      });
      return (
        <Form form={form} onSubmit={send}>
          <ChoiceField
            legend="What is it about?"
            type="radio"
            options={[
              { value: 'services', label: 'Services' },
              { value: 'housing', label: 'Housing' },
            ]}
            {...form.field('about')}
          />
          <TextAreaField label="What is wrong?" {...form.field('description')} />
          <button type="submit">Send</button>
        </Form>
      );
    }
    render(<Complaint />);
    await user.click(screen.getByLabelText('Services'));
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(messageBeside(screen.getByLabelText('What is wrong?'))).toBe('Tell us what is wrong');
    expect(send).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('What is wrong?'), 'My visits were cancelled.');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(send).toHaveBeenCalledWith({ about: 'services', description: 'My visits were cancelled.' });
  });

  it('a negative amount is told it cannot be below zero, not that it is not an amount', async () => {
    const send = vi.fn();
    const user = userEvent.setup();
    function Income({ tooSmall }: { tooSmall?: string }) {
      const form = useSchemaForm({
        schema: ZIncomeSource,
        defaultValues: { label: 'SSI', annualCents: '' },
        toInput: (v: { label: string; annualCents: string }) => ({
          label: v.label,
          annualCents: dollarsToCents(v.annualCents),
        }),
        messages: { annualCents: { invalid: 'Enter the annual income in dollars', tooSmall } },
      });
      return (
        <Form form={form} onSubmit={send}>
          <TextField label="Annual income" {...form.field('annualCents')} />
          <button type="submit">Calculate</button>
        </Form>
      );
    }
    const { unmount } = render(<Income tooSmall="An annual income cannot be below zero. Enter 0 or more" />);
    const income = () => screen.getByLabelText('Annual income');
    await user.type(income(), '-9,600.00');
    await user.click(screen.getByRole('button', { name: 'Calculate' }));
    expect(messageBeside(income())).toBe('An annual income cannot be below zero. Enter 0 or more');
    await user.clear(income());
    await user.type(income(), 'ten');
    await user.click(screen.getByRole('button', { name: 'Calculate' }));
    expect(messageBeside(income())).toBe('Enter the annual income in dollars');
    expect(send).not.toHaveBeenCalled();
    unmount();

    // The domain's schema says it too, in its own words, where the form gives none.
    const parsed = ZIncomeSource.safeParse({ label: 'SSI', annualCents: -960_000 });
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([
      'An annual income cannot be below zero. Enter 0 or more.',
    ]);
  });
});
