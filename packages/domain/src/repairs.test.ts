import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { addDays } from './dates';
import { isDomainError } from './errors';
import {
  checkRepairCompletion,
  checkRepairSchedule,
  checkRepairTriage,
  confirmRepair,
  isRepairOpen,
  REPAIR_STATUSES,
  repairUnitOf,
  type TRepairStatus,
} from './repairs';

const TODAY = '2026-11-23';
const requested = { status: 'requested' as TRepairStatus, requestedOn: addDays(TODAY, -5) };

function fieldOf(fn: () => unknown): string | null {
  try {
    fn();
  } catch (e) {
    if (isDomainError(e)) return e.field ?? null;
    throw e;
  }
  return null;
}

describe('repair status transitions', () => {
  it('triage, scheduling and completion are for open requests only', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REPAIR_STATUSES), (status) => {
        const repair = { ...requested, status };
        const open = isRepairOpen(status);
        expect(fieldOf(() => checkRepairTriage(repair)) === null).toBe(open);
        expect(fieldOf(() => checkRepairSchedule({ repair, scheduledFor: TODAY })) === null).toBe(open);
        const complete = () =>
          checkRepairCompletion({
            repair,
            completedOn: TODAY,
            entryBasis: 'tenant_permission',
            today: TODAY,
          });
        expect(fieldOf(complete) === null).toBe(open);
      }),
    );
  });

  it('a visit is not before the request; the work is not before the request nor after today', () => {
    expect(fieldOf(() => checkRepairSchedule({ repair: requested, scheduledFor: addDays(TODAY, -6) }))).toBe(
      'scheduledFor',
    );
    const done = (completedOn: string) => () =>
      checkRepairCompletion({ repair: requested, completedOn, entryBasis: 'emergency', today: TODAY });
    expect(fieldOf(done(addDays(TODAY, -6)))).toBe('completedOn');
    expect(fieldOf(done(addDays(TODAY, 1)))).toBe('completedOn');
    expect(fieldOf(done(TODAY))).toBeNull();
  });

  it('entry on notice needs the notice date, on or before the day of entry', () => {
    const withNotice = (noticeGivenOn?: string) => () =>
      checkRepairCompletion({
        repair: requested,
        completedOn: TODAY,
        entryBasis: 'notice_given',
        noticeGivenOn,
        today: TODAY,
      });
    expect(fieldOf(withNotice())).toBe('noticeGivenOn');
    expect(fieldOf(withNotice(addDays(TODAY, 1)))).toBe('noticeGivenOn');
    expect(fieldOf(withNotice(TODAY))).toBeNull();
    expect(fieldOf(withNotice(addDays(TODAY, -2)))).toBeNull();
  });

  it('the tenant confirms a completed repair, or reopens it; nothing else can be confirmed', () => {
    expect(confirmRepair({ status: 'completed' }, true)).toEqual({
      status: 'confirmed',
      stepKind: 'confirmed',
    });
    expect(confirmRepair({ status: 'completed' }, false)).toEqual({
      status: 'requested',
      stepKind: 'reopened',
    });
    for (const status of ['requested', 'scheduled', 'confirmed'] as const) {
      expect(fieldOf(() => confirmRepair({ status }, true))).toBe('repairId');
    }
  });
});

describe('asking for a repair', () => {
  it('needs a unit of one’s own', () => {
    expect(repairUnitOf({ unitId: 'u1' })).toBe('u1');
    expect(fieldOf(() => repairUnitOf({ unitId: null }))).toBe('location');
  });
});
