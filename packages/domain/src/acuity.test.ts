import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  acuityTier,
  checkAssessmentCompletion,
  checkAssessmentDomains,
  currentScores,
  missingDomains,
  scoreChanges,
  validateInterimUpdate,
} from './acuity';
import type { TDomainEntry } from './care-inputs';
import { DomainError } from './errors';

const TIERS = [
  { name: 'Low', minTotal: 10, maxTotal: 19, intensity: 'monthly' },
  { name: 'Moderate', minTotal: 20, maxTotal: 29, intensity: 'every two weeks' },
  { name: 'High', minTotal: 30, maxTotal: 39, intensity: 'weekly' },
  { name: 'Intensive', minTotal: 40, maxTotal: 50, intensity: 'several a week' },
];

function errorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('acuity: tiers are program data', () => {
  it('maps the total to the tier of the program’s table', () => {
    const scores = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`d${i}`, { score: 3 }]));
    expect(acuityTier(scores, TIERS)).toMatchObject({ total: 30, scored: 10, tier: { name: 'High' } });
    expect(acuityTier({}, TIERS).tier).toBeNull();
  });

  it('property: every total of 10 domains scored 1–5 falls in exactly one default tier', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 10, maxLength: 10 }), (values) => {
        const scores = Object.fromEntries(values.map((v, i) => [`d${i}`, { score: v }]));
        const { total, tier } = acuityTier(scores, TIERS);
        return tier !== null && total >= tier.minTotal && total <= tier.maxTotal;
      }),
    );
  });

  it('names the domains still to score', () => {
    expect(
      missingDomains({ a: { score: 2 }, b: { score: null } }, [
        { key: 'a', name: 'A' },
        { key: 'b', name: 'B' },
        { key: 'c', name: 'C' },
      ]),
    ).toEqual(['B', 'C']);
  });

  it('reports what changed between versions', () => {
    expect(
      scoreChanges(
        { a: { score: 2 }, b: { score: 3 } },
        { a: { score: 2 }, b: { score: 4 }, c: { score: 1 } },
      ),
    ).toEqual([
      { domainKey: 'b', from: 3, to: 4 },
      { domainKey: 'c', from: null, to: 1 },
    ]);
  });
});

describe('current scores: the last version and the interim updates since', () => {
  const entry = (score: number): TDomainEntry => ({ score, strengths: 's', challenges: 'c' });
  const latest = { id: 'v2', domains: { legal: entry(3), housing_stability: entry(2) } };

  it('applies the updates of that version in order, keeping the notes', () => {
    const scores = currentScores(latest, [
      { assessmentId: 'v2', domainKey: 'legal', newScore: 5 },
      { assessmentId: 'v1', domainKey: 'housing_stability', newScore: 1 },
      { assessmentId: 'v2', domainKey: 'legal', newScore: 4 },
      { assessmentId: 'v2', domainKey: 'substance_use', newScore: 2 },
    ]);
    expect(scores).toEqual({
      legal: entry(4),
      housing_stability: entry(2),
      substance_use: { score: 2, strengths: '', challenges: '' },
    });
  });

  it('leaves the version itself unchanged, and is empty before any version', () => {
    currentScores(latest, [{ assessmentId: 'v2', domainKey: 'legal', newScore: 1 }]);
    expect(latest.domains.legal.score).toBe(3);
    expect(currentScores(null, [{ assessmentId: 'v2', domainKey: 'legal', newScore: 1 }])).toEqual({});
  });

  it('property: with no updates the scores are the version’s', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.integer({ min: 1, max: 5 })), (byKey) => {
        const domains = Object.fromEntries(Object.entries(byKey).map(([k, v]) => [k, entry(v)]));
        expect(currentScores({ id: 'v', domains }, [])).toEqual(domains);
      }),
    );
  });
});

describe('saving and completing a draft', () => {
  const domains = [
    { key: 'legal', name: 'Legal' },
    { key: 'housing_stability', name: 'Housing stability' },
  ];

  it('a domains section names only the program’s domains', () => {
    expect(() => checkAssessmentDomains({ legal: {} }, ['legal'])).not.toThrow();
    expect(errorOf(() => checkAssessmentDomains({ legal: {}, astrology: {} }, ['legal'])).field).toBe(
      'domains.astrology',
    );
  });

  it('completing needs every domain scored, on a day that has happened', () => {
    const scores = { legal: { score: 2 }, housing_stability: { score: 3 } };
    const ok = { scores, domains, completedOn: '2026-11-23', today: '2026-11-23' };
    expect(() => checkAssessmentCompletion(ok)).not.toThrow();
    const missing = errorOf(() => checkAssessmentCompletion({ ...ok, scores: { legal: { score: 2 } } }));
    expect(missing).toMatchObject({ field: 'domains', code: 'INVALID_INPUT' });
    expect(missing.message).toBe('Score every domain before completing; still to score: Housing stability.');
    expect(errorOf(() => checkAssessmentCompletion({ ...ok, completedOn: '2026-11-24' })).field).toBe(
      'completedOn',
    );
  });
});

describe('interim updates', () => {
  const base = {
    updateDate: '2026-11-20',
    domainKey: 'legal',
    newScore: 4,
    reason: 'New court date',
    today: '2026-11-23',
    domainKeys: ['legal', 'housing_stability'],
    lastCompletedOn: '2026-10-01',
    currentScore: 2,
  };
  it('accepts a dated change with a reason', () => {
    expect(validateInterimUpdate(base).reasons).toEqual(['Score 2 → 4 on November 20, 2026.']);
  });
  it.each([
    [{ domainKey: 'astrology' }, 'domainKey'],
    [{ newScore: 6 }, 'newScore'],
    [{ updateDate: '2026-12-01' }, 'updateDate'],
    [{ updateDate: '2026-09-01' }, 'updateDate'],
    [{ reason: ' ' }, 'reason'],
    [{ newScore: 2 }, 'newScore'],
  ])('refuses %o naming %s', (patch, field) => {
    const error = errorOf(() => validateInterimUpdate({ ...base, ...patch }));
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field}:`)).toBe(false);
  });
  it('says dates as people read them', () => {
    expect(errorOf(() => validateInterimUpdate({ ...base, updateDate: '2026-09-01' })).message).toBe(
      'September 1, 2026 is before the last full assessment (October 1, 2026).',
    );
  });
  it('needs a completed assessment first', () => {
    expect(() => validateInterimUpdate({ ...base, lastCompletedOn: null })).toThrow(
      /Complete a full assessment first/,
    );
  });
});
