import { describe, expect, it } from 'vitest';

import { notBefore, notInFuture } from './date-checks';
import { DomainError } from './errors';

const failure = (fn: () => void): DomainError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
};

describe('entered dates', () => {
  it('today is allowed, tomorrow is not; the message reads as people read dates and the field travels apart', () => {
    expect(() => notInFuture('evidenceDate', '2026-11-23', '2026-11-23')).not.toThrow();
    expect(() => notInFuture('evidenceDate', undefined, '2026-11-23')).not.toThrow();
    const error = failure(() => notInFuture('evidenceDate', '2026-11-24', '2026-11-23'));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', field: 'evidenceDate' });
    expect(error.message).toBe(
      'November 24, 2026 is in the future: the date cannot be after today (November 23, 2026).',
    );
  });

  it('not before an earlier date of the record', () => {
    expect(() =>
      notBefore('projectStartDate', '2026-11-03', '2026-11-03', 'the application date'),
    ).not.toThrow();
    const error = failure(() =>
      notBefore('projectStartDate', '2026-11-02', '2026-11-03', 'the application date'),
    );
    expect(error.field).toBe('projectStartDate');
    expect(error.message).toBe('November 2, 2026 is before the application date (November 3, 2026).');
  });
});
