import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { addDays, longDate } from './dates';
import { isDomainError } from './errors';
import {
  checkRepairCompletion,
  checkRepairSchedule,
  checkRepairTriage,
  confirmRepair,
  DEFAULT_ENTRY_NOTICE_DAYS,
  entryNoticeDeadline,
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
            entryNoticeDays: 1,
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
      checkRepairCompletion({
        repair: requested,
        completedOn,
        entryBasis: 'emergency',
        entryNoticeDays: 1,
        today: TODAY,
      });
    expect(fieldOf(done(addDays(TODAY, -6)))).toBe('completedOn');
    expect(fieldOf(done(addDays(TODAY, 1)))).toBe('completedOn');
    expect(fieldOf(done(TODAY))).toBeNull();
  });

  it('entry on notice needs written notice the property’s number of days ahead, not the same day', () => {
    const withNotice =
      (noticeGivenOn?: string, entryNoticeDays = 1) =>
      () =>
        checkRepairCompletion({
          repair: requested,
          completedOn: TODAY,
          entryBasis: 'notice_given',
          noticeGivenOn,
          entryNoticeDays,
          today: TODAY,
        });
    expect(fieldOf(withNotice())).toBe('noticeGivenOn');
    expect(fieldOf(withNotice(addDays(TODAY, 1)))).toBe('noticeGivenOn');
    expect(fieldOf(withNotice(TODAY))).toBe('noticeGivenOn');
    expect(fieldOf(withNotice(addDays(TODAY, -1)))).toBeNull();
    expect(fieldOf(withNotice(addDays(TODAY, -2), 3))).toBe('noticeGivenOn');
    expect(fieldOf(withNotice(addDays(TODAY, -3), 3))).toBeNull();
    expect(entryNoticeDeadline(TODAY, DEFAULT_ENTRY_NOTICE_DAYS)).toBe(addDays(TODAY, -1));
    expect(() => withNotice(TODAY)()).toThrow(
      `at least 1 day before entering: for entry on ${longDate(TODAY)}, by ${longDate(addDays(TODAY, -1))}`,
    );
  });

  it('for any notice period, notice counts only when given that many days or more before entry', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 14 }), fc.integer({ min: -20, max: 2 }), (noticeDays, offset) => {
        const noticeGivenOn = addDays(TODAY, offset);
        const ok =
          fieldOf(() =>
            checkRepairCompletion({
              repair: requested,
              completedOn: TODAY,
              entryBasis: 'notice_given',
              noticeGivenOn,
              entryNoticeDays: noticeDays,
              today: TODAY,
            }),
          ) === null;
        expect(ok).toBe(offset <= -noticeDays);
      }),
    );
  });

  it('a scheduled repair is not marked done before its visit; the refusal names the date', () => {
    const visit = addDays(TODAY, -1);
    const scheduled = { status: 'scheduled' as const, requestedOn: addDays(TODAY, -5), scheduledFor: visit };
    const done = (completedOn: string) => () =>
      checkRepairCompletion({
        repair: scheduled,
        completedOn,
        entryBasis: 'tenant_permission',
        entryNoticeDays: 1,
        today: TODAY,
      });
    expect(fieldOf(done(addDays(TODAY, -2)))).toBe('completedOn');
    expect(done(addDays(TODAY, -2))).toThrow(`before its scheduled visit on ${longDate(visit)}`);
    expect(fieldOf(done(visit))).toBeNull();
    expect(fieldOf(done(TODAY))).toBeNull();
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
