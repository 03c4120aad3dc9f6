import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { addDays } from './dates';
import { isDomainError, type DomainErrorCode } from './errors';
import {
  canAppeal,
  checkAppeal,
  checkAppealDecision,
  checkFollowUpDone,
  checkGrievanceResponse,
  GRIEVANCE_STATUSES,
  grievanceResponseDueOn,
  isFollowUpOpen,
  isGrievanceOverdue,
  routeGrievance,
  type TGrievanceStatus,
} from './grievances';
import { resolvePolicy } from './policy';

const TODAY = '2026-11-23';

/** The code and field a check refuses with, or null when it allows. */
function refusal(fn: () => void): { code: DomainErrorCode; field: string | undefined } | null {
  try {
    fn();
  } catch (e) {
    if (isDomainError(e)) return { code: e.code, field: e.field };
    throw e;
  }
  return null;
}

describe('overdue and appeal', () => {
  it('flags an overdue response only while awaited, from the day after it was due', () => {
    expect(isGrievanceOverdue({ status: 'awaiting_response', responseDueOn: '2026-11-20' }, TODAY)).toBe(
      true,
    );
    expect(isGrievanceOverdue({ status: 'awaiting_response', responseDueOn: TODAY }, TODAY)).toBe(false);
    expect(isGrievanceOverdue({ status: 'answered', responseDueOn: '2026-11-20' }, TODAY)).toBe(false);
  });

  it('allows an appeal after the answer, or once the answer is late; only once', () => {
    const due = { responseDueOn: TODAY };
    expect(canAppeal({ ...due, status: 'awaiting_response' }, TODAY)).toBe(false);
    expect(canAppeal({ ...due, status: 'awaiting_response' }, addDays(TODAY, 1))).toBe(true);
    expect(canAppeal({ ...due, status: 'answered' }, TODAY)).toBe(true);
    expect(canAppeal({ ...due, status: 'appealed' }, addDays(TODAY, 30))).toBe(false);
    expect(canAppeal({ ...due, status: 'decided' }, addDays(TODAY, 30))).toBe(false);
  });

  it('checkAppeal refuses naming grievanceId: too early is bad input, a second appeal a conflict', () => {
    const due = { responseDueOn: TODAY };
    expect(refusal(() => checkAppeal({ ...due, status: 'awaiting_response' }, TODAY))).toEqual({
      code: 'INVALID_INPUT',
      field: 'grievanceId',
    });
    expect(refusal(() => checkAppeal({ ...due, status: 'appealed' }, TODAY))).toEqual({
      code: 'CONFLICT',
      field: 'grievanceId',
    });
    expect(refusal(() => checkAppeal({ ...due, status: 'answered' }, TODAY))).toBeNull();
  });

  it('property: checkAppeal allows exactly when canAppeal says so', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...GRIEVANCE_STATUSES),
        fc.integer({ min: -40, max: 40 }),
        (status: TGrievanceStatus, offset) => {
          const g = { status, responseDueOn: addDays(TODAY, offset) };
          expect(refusal(() => checkAppeal(g, TODAY)) === null).toBe(canAppeal(g, TODAY));
        },
      ),
    );
  });
});

describe('who answers', () => {
  it('a services grievance goes to the supervisors, a housing grievance to the tenant’s property', () => {
    expect(routeGrievance({ about: 'services', homePropertyId: 'p1' })).toEqual({
      answeredBy: 'supervisor',
      propertyId: null,
    });
    expect(routeGrievance({ about: 'housing', homePropertyId: 'p1' })).toEqual({
      answeredBy: 'property_manager',
      propertyId: 'p1',
    });
    expect(refusal(() => routeGrievance({ about: 'housing', homePropertyId: null }))).toEqual({
      code: 'INVALID_INPUT',
      field: 'about',
    });
    expect(routeGrievance({ about: 'services', homePropertyId: null }).answeredBy).toBe('supervisor');
  });

  it('the answer is due the program’s number of business days after filing', () => {
    expect(grievanceResponseDueOn('2026-11-23')).toBe('2026-12-07'); // Monday + 10 business days
    expect(grievanceResponseDueOn('2026-11-20', resolvePolicy({ grievanceResponseBusinessDays: 1 }))).toBe(
      '2026-11-23',
    );
  });
});

describe('answers and decisions', () => {
  it('only an awaited grievance takes an answer; a second answer is a conflict', () => {
    expect(refusal(() => checkGrievanceResponse({ status: 'awaiting_response' }))).toBeNull();
    for (const status of ['answered', 'appealed', 'decided'] as const) {
      expect(refusal(() => checkGrievanceResponse({ status }))).toEqual({
        code: 'CONFLICT',
        field: 'grievanceId',
      });
    }
  });

  it('only an appealed grievance takes a decision; a second decision is a conflict', () => {
    expect(refusal(() => checkAppealDecision({ status: 'appealed' }))).toBeNull();
    expect(refusal(() => checkAppealDecision({ status: 'decided' }))?.code).toBe('CONFLICT');
    expect(refusal(() => checkAppealDecision({ status: 'answered' }))?.code).toBe('INVALID_INPUT');
  });
});

describe("a decision's follow-up", () => {
  const decided = { status: 'decided' as const, followUp: 'Assign a new case manager', followUpDoneOn: null };

  it('is open until marked done, once, and only on a decided appeal that has one', () => {
    expect(isFollowUpOpen(decided)).toBe(true);
    expect(isFollowUpOpen({ ...decided, followUpDoneOn: '2026-12-03' })).toBe(false);
    expect(isFollowUpOpen({ ...decided, followUp: null })).toBe(false);
    expect(() => checkFollowUpDone(decided)).not.toThrow();
    expect(() => checkFollowUpDone({ ...decided, status: 'appealed' })).toThrow(/no decided follow-up/);
    expect(() => checkFollowUpDone({ ...decided, followUp: null })).toThrow(/no decided follow-up/);
    expect(() => checkFollowUpDone({ ...decided, followUpDoneOn: '2026-12-03' })).toThrow(
      'already marked done on December 3, 2026',
    );
  });
});
