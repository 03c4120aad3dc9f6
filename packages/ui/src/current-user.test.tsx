import { cleanup, render, screen } from '@testing-library/react';
import { z } from 'zod';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CurrentUserProvider, useToday, type CurrentUser } from './current-user';
import { TextField } from './fields';
import { Form, useSchemaForm } from './form';
import { Timestamp } from './timestamp';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const user: CurrentUser = {
  id: 'u-1',
  programId: 'p-1',
  email: 'casemanager@example.org',
  displayName: 'Maria Okafor',
  role: 'case_manager',
  personId: null,
  timeZone: 'America/New_York',
  portal: 'staff',
  today: '2027-06-30',
};

function VisitForm() {
  const today = useToday();
  const form = useSchemaForm({
    schema: z.object({ visitDate: z.string() }),
    defaultValues: { visitDate: today },
    toInput: (v: { visitDate: string }) => v,
  });
  return (
    <Form form={form} onSubmit={() => undefined}>
      <TextField label="Visit date" type="date" {...form.field('visitDate')} />
    </Form>
  );
}

describe("the program's today", () => {
  it('comes from auth.me, not from the browser’s clock', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-15T12:00:00Z'));
    render(
      <CurrentUserProvider user={user}>
        <VisitForm />
      </CurrentUserProvider>,
    );
    expect(screen.getByLabelText<HTMLInputElement>('Visit date').value).toBe('2027-06-30');
  });

  it('shows recorded moments in the program’s time zone', () => {
    render(
      <CurrentUserProvider user={user}>
        <Timestamp at="2027-07-01T02:00:00.000Z" day />
      </CurrentUserProvider>,
    );
    expect(screen.getByText('June 30, 2027').tagName).toBe('TIME');
  });
});
