import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import { DomainError } from './errors';
import {
  assertNewActiveGoal,
  checkGoalEnd,
  checkGoalNote,
  checkNewActiveGoal,
  checkNewGoal,
  goalMarkersWithMet,
  goalStepsWithDone,
  MAX_ACTIVE_GOALS,
  nextStep,
  type NewGoalCheck,
} from './goals';

/** The field a rule's error names, or 'OK' when it passes. */
function fieldOf(run: () => void): string | undefined {
  try {
    run();
    return 'OK';
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return e.field ?? e.code;
  }
}

describe('service plan: at most 3 active goals', () => {
  it('allows the 1st to 3rd and refuses the 4th with a reason', () => {
    expect(checkNewActiveGoal(0).allowed).toBe(true);
    expect(checkNewActiveGoal(2)).toMatchObject({
      allowed: true,
      reasons: ['Goal 3 of at most 3; 0 more can be added.'],
    });
    const refused = checkNewActiveGoal(3);
    expect(refused.allowed).toBe(false);
    expect(refused.reasons[0]).toContain('no more than 3');
    expect(() => assertNewActiveGoal(3)).toThrow(DomainError);
  });

  it('property: allowed exactly when fewer than MAX_ACTIVE_GOALS are active', () => {
    fc.assert(fc.property(fc.nat(50), (n) => checkNewActiveGoal(n).allowed === n < MAX_ACTIVE_GOALS));
  });

  it('the next step is the first one not done, earliest due date first', () => {
    const steps = [
      { description: 'a', owner: 'tenant' as const, isDone: true, dueDate: '2026-01-01' },
      { description: 'b', owner: 'tenant' as const, isDone: false },
      { description: 'c', owner: 'partner' as const, isDone: false, dueDate: '2026-02-01' },
    ];
    expect(nextStep(steps)?.description).toBe('c');
    expect(nextStep(steps.map((s) => ({ ...s, isDone: true })))).toBeNull();
  });
});

describe('a new goal', () => {
  const today = '2026-11-23';
  const base: NewGoalCheck = {
    goal: {
      targetDate: '2027-03-01',
      domainKeys: ['housing_stability'],
      steps: [{ owner: 'tenant' }, { owner: 'partner', partnerName: 'Benefits desk' }],
    },
    today,
    activeGoals: 1,
    programDomainKeys: ['housing_stability', 'legal'],
    proposal: null,
    personId: 'dana',
  };
  const withGoal = (patch: Partial<NewGoalCheck['goal']>) => ({ ...base, goal: { ...base.goal, ...patch } });

  it('passes when SMART and within the limit', () => {
    expect(fieldOf(() => checkNewGoal(base))).toBe('OK');
    expect(fieldOf(() => checkNewGoal(withGoal({ targetDate: today })))).toBe('OK');
  });

  it.each([
    ['a 4th active goal', { ...base, activeGoals: 3 }, 'CONFLICT'],
    ['a target date passed', withGoal({ targetDate: addDays(today, -1) }), 'targetDate'],
    ['an unknown domain', withGoal({ domainKeys: ['legal', 'astrology'] }), 'domainKeys.1'],
    [
      'a partner step with no partner',
      withGoal({ steps: [{ owner: 'partner', partnerName: ' ' }] }),
      'steps.0.partnerName',
    ],
    [
      'another tenant’s proposal',
      { ...base, proposal: { personId: 'sam', status: 'open' } },
      'fromProposalId',
    ],
    [
      'an answered proposal',
      { ...base, proposal: { personId: 'dana', status: 'not_now' } },
      'fromProposalId',
    ],
  ])('refuses %s', (_what, check, field) => {
    expect(fieldOf(() => checkNewGoal(check))).toBe(field);
  });

  it('says the passed date as people read it, with no field name in front', () => {
    try {
      checkNewGoal(withGoal({ targetDate: '2026-11-01' }));
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).message).toBe('The target date, November 1, 2026, has already passed.');
    }
  });
});

describe('a goal until it ends', () => {
  const today = '2026-11-23';
  const goal = {
    status: 'active',
    startedOn: '2026-10-01',
    steps: [
      { description: 'a', owner: 'tenant' as const, isDone: false },
      { description: 'b', owner: 'case_manager' as const, isDone: false },
    ],
    markers: [{ description: 'Rent paid', targetDate: '2026-12-05', metOn: null as string | null }],
  };

  it('ends between its start and today, once', () => {
    expect(fieldOf(() => checkGoalEnd({ goal, endedOn: today, today }))).toBe('OK');
    expect(fieldOf(() => checkGoalEnd({ goal, endedOn: addDays(today, 1), today }))).toBe('endedOn');
    expect(fieldOf(() => checkGoalEnd({ goal, endedOn: '2026-09-30', today }))).toBe('endedOn');
    expect(
      fieldOf(() => checkGoalEnd({ goal: { ...goal, status: 'achieved' }, endedOn: today, today })),
    ).toBe('CONFLICT');
  });

  it('notes are dated on a day that has happened', () => {
    expect(fieldOf(() => checkGoalNote({ noteDate: today, today }))).toBe('OK');
    expect(fieldOf(() => checkGoalNote({ noteDate: addDays(today, 1), today }))).toBe('noteDate');
  });

  it('marks one step done and leaves the others', () => {
    expect(goalStepsWithDone(goal, 1, true).map((s) => s.isDone)).toEqual([false, true]);
    expect(fieldOf(() => goalStepsWithDone(goal, 2, true))).toBe('stepIndex');
    expect(fieldOf(() => goalStepsWithDone({ ...goal, status: 'dropped' }, 0, true))).toBe('CONFLICT');
  });

  it('marks a marker met on a past day, or not met again', () => {
    expect(goalMarkersWithMet(goal, 0, today, today)[0]!.metOn).toBe(today);
    expect(goalMarkersWithMet(goal, 0, null, today)[0]!.metOn).toBeNull();
    expect(fieldOf(() => goalMarkersWithMet(goal, 0, addDays(today, 1), today))).toBe('metOn');
    expect(fieldOf(() => goalMarkersWithMet(goal, 3, today, today))).toBe('markerIndex');
  });

  it('property: marking a step changes that step only', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.boolean(),
        (done, n, isDone) => {
          const steps = done.map((d) => ({ description: 'x', owner: 'tenant' as const, isDone: d }));
          const index = n % steps.length;
          const after = goalStepsWithDone({ status: 'active', steps }, index, isDone);
          return after.every((s, i) => s.isDone === (i === index ? isDone : done[i]));
        },
      ),
    );
  });
});
