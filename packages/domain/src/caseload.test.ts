import { describe, expect, it } from 'vitest';

import { checkCaseloadReassignment, mayReassignCaseload } from './caseload';
import { addDays } from './dates';
import { isDomainError } from './errors';

const TODAY = '2026-12-03';

function refusal(fn: () => unknown): string | null {
  try {
    fn();
  } catch (e) {
    if (isDomainError(e)) return `${e.code}:${e.field ?? ''}`;
    throw e;
  }
  return null;
}

describe('reassigning a case manager', () => {
  const current = [{ caseManagerId: 'cm-1' }];

  it('is for a supervisor or program admin; a case manager cannot', () => {
    expect(mayReassignCaseload('case_manager')).toBe(false);
    expect(mayReassignCaseload('supervisor')).toBe(true);
    expect(mayReassignCaseload('program_admin')).toBe(true);
    expect(
      refusal(() =>
        checkCaseloadReassignment({
          viewerRole: 'case_manager',
          current,
          newCaseManager: { id: 'cm-2' },
          today: TODAY,
        }),
      ),
    ).toBe('FORBIDDEN:');
  });

  it('needs a case manager of the program, other than the current one', () => {
    const check = (newCaseManager: { id: string } | null) => () =>
      checkCaseloadReassignment({ viewerRole: 'supervisor', current, newCaseManager, today: TODAY });
    expect(refusal(check(null))).toBe('INVALID_INPUT:caseManagerId');
    expect(refusal(check({ id: 'cm-1' }))).toBe('INVALID_INPUT:caseManagerId');
    expect(refusal(check({ id: 'cm-2' }))).toBeNull();
  });

  it('ends the current assignment yesterday and starts the new one today', () => {
    expect(
      checkCaseloadReassignment({
        viewerRole: 'program_admin',
        current: [],
        newCaseManager: { id: 'cm-2' },
        today: TODAY,
      }),
    ).toEqual({ endDate: addDays(TODAY, -1), startDate: TODAY });
  });
});
