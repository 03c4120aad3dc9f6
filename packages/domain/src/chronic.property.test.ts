import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { assessChronicHomelessness } from './chronic';
import type { TStay, TStayLocation } from './chronic';
import { addMonths, daysInMonth } from './dates';
import type { THomelessEvidenceType } from './evidence';

/**
 * Histories are built month by month over the 40 months up to asOfDate: each month is one stay,
 * two stays split on the 15th, or nothing at all (a gap). A forced homeless tail before asOfDate
 * makes chronic cases common enough for the properties to bite.
 */
type Kind = TStayLocation | 'gap';
interface Segment {
  kind: Kind;
  documentation: THomelessEvidenceType;
}
type MonthPlan = Segment[];

const HISTORY_MONTHS = 40;

const documentation = fc.constantFrom<THomelessEvidenceType>(
  'third_party',
  'third_party',
  'third_party',
  'intake_observation',
  'self_certification',
);
const homelessKind = fc.constantFrom<Kind>(
  'place_not_meant_for_habitation',
  'emergency_shelter',
  'safe_haven',
);
const anyKind = fc.oneof(
  { weight: 5, arbitrary: homelessKind },
  {
    weight: 4,
    arbitrary: fc.constantFrom<Kind>('unknown', 'gap', 'housed', 'transitional_housing', 'institution'),
  },
);
const segment = (kind: fc.Arbitrary<Kind>) => fc.record({ kind, documentation });
const month = (kind: fc.Arbitrary<Kind>): fc.Arbitrary<MonthPlan> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.tuple(segment(kind)) },
    { weight: 1, arbitrary: fc.tuple(segment(kind), segment(kind)) },
  );

const scenario = fc
  .record({
    asOfMonth: fc.integer({ min: 0, max: 23 }),
    asOfDay: fc.integer({ min: 1, max: 28 }),
    tailLength: fc.integer({ min: 0, max: 16 }),
    prefix: fc.array(month(anyKind), { minLength: HISTORY_MONTHS, maxLength: HISTORY_MONTHS }),
    tail: fc.array(month(homelessKind), { minLength: 16, maxLength: 16 }),
  })
  .map(({ asOfMonth, asOfDay, tailLength, prefix, tail }) => {
    const asOfDate = addMonths(`2025-01-${String(asOfDay).padStart(2, '0')}`, asOfMonth);
    const plans = [...prefix.slice(0, HISTORY_MONTHS - tailLength), ...tail.slice(0, tailLength)];
    return { asOfDate, plans };
  });

function toStays(asOfDate: string, plans: MonthPlan[]): TStay[] {
  const stays: TStay[] = [];
  plans.forEach((plan, i) => {
    const first = addMonths(`${asOfDate.slice(0, 7)}-01`, i - plans.length + 1);
    const [year, monthNumber] = first.split('-').map(Number) as [number, number];
    const last = daysInMonth(year, monthNumber);
    const key = first.slice(0, 7);
    const ranges: [number, number][] =
      plan.length === 1
        ? [[1, last]]
        : [
            [1, 14],
            [15, last],
          ];
    plan.forEach((seg, j) => {
      const range = ranges[j];
      if (!range || seg.kind === 'gap') return;
      stays.push({
        start: `${key}-${String(range[0]).padStart(2, '0')}`,
        end: `${key}-${String(range[1]).padStart(2, '0')}`,
        location: seg.kind,
        documentation: seg.kind === 'unknown' ? null : seg.documentation,
      });
    });
  });
  return stays;
}

const assess = (asOfDate: string, plans: MonthPlan[]) =>
  assessChronicHomelessness({
    asOfDate,
    hasQualifyingDisability: true,
    stays: toStays(asOfDate, plans),
  });

const isUnknownMonth = (plan: MonthPlan) => plan.every((seg) => seg.kind === 'unknown' || seg.kind === 'gap');

describe('assessChronicHomelessness — properties', () => {
  it('documenting an unknown month as homeless never turns chronic into not chronic', () => {
    // Stated precisely: the month was wholly unknown (no stay, or an `unknown` stay) and is not
    // immediately followed by an institution stay. Filling a *break* is different: it can merge
    // two occasions and lose the four-occasion path (see chronic.test.ts).
    let applied = 0;
    fc.assert(
      fc.property(scenario, fc.nat(), ({ asOfDate, plans }, pick) => {
        const before = assess(asOfDate, plans);
        const candidates = plans
          .map((plan, i) => ({ plan, i }))
          .filter(({ plan, i }) => {
            const next = plans[i + 1];
            return i < plans.length - 1 && isUnknownMonth(plan) && next?.[0]?.kind !== 'institution';
          });
        const chosen = candidates[pick % Math.max(candidates.length, 1)];
        if (!before.chronic || !chosen) return;
        applied += 1;
        const filled = plans.map((plan, i) =>
          i === chosen.i
            ? [
                {
                  kind: 'place_not_meant_for_habitation' as const,
                  documentation: 'third_party' as const,
                },
              ]
            : plan,
        );
        const after = assess(asOfDate, filled);
        expect(after.chronic).toBe(true);
        expect(after.monthsCounted).toBeGreaterThanOrEqual(before.monthsCounted);
        expect(after.occasions).toBeGreaterThanOrEqual(before.occasions);
      }),
      { numRuns: 400 },
    );
    expect(applied).toBeGreaterThan(20);
  });

  it('better documentation for a stay never turns chronic into not chronic', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ({ asOfDate, plans }, pick) => {
        const stays = toStays(asOfDate, plans);
        const before = assessChronicHomelessness({
          asOfDate,
          hasQualifyingDisability: true,
          stays,
        });
        const index = pick % Math.max(stays.length, 1);
        const upgraded = stays.map((s, i) =>
          i === index && s.location !== 'unknown' ? { ...s, documentation: 'third_party' as const } : s,
        );
        const after = assessChronicHomelessness({
          asOfDate,
          hasQualifyingDisability: true,
          stays: upgraded,
        });
        if (before.chronic) expect(after.chronic).toBe(true);
        expect(after.monthsCounted).toBe(before.monthsCounted);
        expect(after.selfCertifiedMonths).toBeLessThanOrEqual(before.selfCertifiedMonths);
      }),
    );
  });

  it('the result fields agree with one another as §9.1 defines them', () => {
    fc.assert(
      fc.property(scenario, fc.boolean(), ({ asOfDate, plans }, hasQualifyingDisability) => {
        const stays = toStays(asOfDate, plans);
        const r = assessChronicHomelessness({ asOfDate, hasQualifyingDisability, stays });
        const continuousFacts = r.currentOccasionMonths >= 12;
        const fourOccasionFacts = r.occasions >= 4 && r.monthsCounted >= 12;
        expect(r.months).toHaveLength(37);
        expect(r.monthsCounted).toBe(r.months.filter((m) => m.countedOnFacts).length);
        expect(r.currentOccasionMonths).toBeLessThanOrEqual(r.monthsCounted);
        expect(r.selfCertifiedMonths).toBeLessThanOrEqual(r.monthsCounted);
        expect(r.documentationSufficient === null).toBe(!continuousFacts && !fourOccasionFacts);
        expect(r.meetsDefinitionOnFacts).toBe(
          hasQualifyingDisability && r.currentlyQualifying && (continuousFacts || fourOccasionFacts),
        );
        expect(r.chronic).toBe(
          hasQualifyingDisability && r.currentlyQualifying && r.documentationSufficient === true,
        );
        expect(r.path === null).toBe(!r.chronic);
        if (r.chronic) expect(r.meetsDefinitionOnFacts).toBe(true);
        if (r.path === 'four_occasions_12_months') expect(fourOccasionFacts).toBe(true);
      }),
    );
  });
});
