import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { assertProposalOpen, PLAN_RESPONSES, planAgreement, planPhase } from './service-plan';

describe('plan phase (CTI) from the move-in date', () => {
  it('gives the phase, its intensity and a review at the end of each phase', () => {
    const p = planPhase({ moveInDate: '2026-01-31', today: '2026-05-15' })!;
    expect(p.phase).toBe('phase_2_try_out');
    expect(p.intensity).toMatch(/strengthen/);
    expect(p.reviews.map((r) => r.reviewDate)).toEqual(['2026-04-30', '2026-07-31', '2026-10-31']);
    expect(p.nextReviewDate).toBe('2026-07-31');
    expect(planPhase({ moveInDate: null, today: '2026-05-15' })).toBeNull();
  });

  it('follows the program’s phase length', () => {
    const p = planPhase({ moveInDate: '2026-01-31', today: '2026-05-15' }, { ctiPhaseLengthMonths: 4 })!;
    expect(p.phase).toBe('phase_1_transition');
    expect(p.reviews.map((r) => r.reviewDate)).toEqual(['2026-05-31', '2026-09-30', '2027-01-31']);
    expect(p.nextReviewDate).toBe('2026-05-31');
    const short = planPhase({ moveInDate: '2026-01-31', today: '2026-05-15' }, { ctiPhaseLengthMonths: 1 })!;
    expect(short.phase).toBe('completed');
    expect(short.nextReviewDate).toBeNull();
  });
});

describe('planAgreement: the tenant’s answer counts for the version it names', () => {
  it('accepted for the current version', () => {
    expect(planAgreement({ version: 3, tenantResponse: 'accepted', tenantResponseVersion: 3 })).toEqual({
      status: 'accepted',
      isAcceptedCurrent: true,
      currentResponse: 'accepted',
    });
  });

  it('asked to talk about the current version', () => {
    expect(planAgreement({ version: 3, tenantResponse: 'wants_to_talk', tenantResponseVersion: 3 })).toEqual({
      status: 'wants_to_talk',
      isAcceptedCurrent: false,
      currentResponse: 'wants_to_talk',
    });
  });

  it('an answer to an earlier version: the plan changed since', () => {
    expect(planAgreement({ version: 4, tenantResponse: 'accepted', tenantResponseVersion: 3 })).toEqual({
      status: 'changed_since_answer',
      isAcceptedCurrent: false,
      currentResponse: null,
    });
  });

  it('no answer, or no plan yet', () => {
    const none = { status: 'not_answered', isAcceptedCurrent: false, currentResponse: null };
    expect(planAgreement({ version: 1, tenantResponse: null, tenantResponseVersion: null })).toEqual(none);
    expect(planAgreement(null)).toEqual(none);
  });

  it('property: accepted for the current version exactly when the answer is accepted and names it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom(null, ...PLAN_RESPONSES),
        fc.option(fc.integer({ min: 1, max: 20 })),
        (version, tenantResponse, tenantResponseVersion) => {
          const a = planAgreement({ version, tenantResponse, tenantResponseVersion });
          const current = tenantResponse !== null && tenantResponseVersion === version;
          return (
            a.isAcceptedCurrent === (current && tenantResponse === 'accepted') &&
            a.currentResponse === (current ? tenantResponse : null) &&
            (a.status === 'changed_since_answer') === (tenantResponse !== null && !current)
          );
        },
      ),
    );
  });
});

describe('goal proposals', () => {
  it('are answered once', () => {
    expect(() => assertProposalOpen({ status: 'open' })).not.toThrow();
    expect(() => assertProposalOpen({ status: 'taken_up' })).toThrow(DomainError);
    expect(() => assertProposalOpen({ status: 'not_now' })).toThrow(/already answered/);
  });
});
