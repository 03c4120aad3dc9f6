import { describe, expect, it } from 'vitest';
import { checkHarmReductionPlan, checkWarmHandoff } from './engagement';
import { DomainError } from './errors';

function outcome(run: () => unknown): string {
  try {
    run();
    return 'OK';
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return e.field ?? e.code;
  }
}

const today = '2026-11-23';

describe('warm handoff', () => {
  it('is recorded after it happened', () => {
    expect(outcome(() => checkWarmHandoff({ handoffDate: today, today }))).toBe('OK');
    expect(outcome(() => checkWarmHandoff({ handoffDate: '2026-11-24', today }))).toBe('handoffDate');
  });
});

describe('harm-reduction plan', () => {
  const plan = { identifiedOn: today, followUpDate: '2026-12-07', optionCount: 2, chosenOption: 1, today };
  it('a risk identified, a follow-up after it, one of the options chosen (or none yet)', () => {
    expect(outcome(() => checkHarmReductionPlan(plan))).toBe('OK');
    expect(outcome(() => checkHarmReductionPlan({ ...plan, chosenOption: null }))).toBe('OK');
    expect(outcome(() => checkHarmReductionPlan({ ...plan, chosenOption: 2 }))).toBe('chosenOption');
    expect(outcome(() => checkHarmReductionPlan({ ...plan, identifiedOn: '2026-11-24' }))).toBe(
      'identifiedOn',
    );
    expect(outcome(() => checkHarmReductionPlan({ ...plan, followUpDate: '2026-11-22' }))).toBe(
      'followUpDate',
    );
  });
});
