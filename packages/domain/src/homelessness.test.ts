import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { assessRvOrCamper, classifyHomelessness, LIVING_SITUATIONS } from './homelessness';
import type { TClassifyHomelessnessInput } from './homelessness';
import { DomainError } from './errors';

const exitingAfter = (nights: number, before: TClassifyHomelessnessInput['situationBeforeInstitution']) =>
  classifyHomelessness({
    livingSituation: 'institution',
    exitingInstitution: true,
    institutionStayNights: nights,
    situationBeforeInstitution: before,
  });

describe('classifyHomelessness — Category 1', () => {
  it.each([
    ['place_not_meant_for_habitation'],
    ['emergency_shelter'],
    ['safe_haven'],
    ['transitional_housing'],
  ] as const)('%s is literally homeless', (livingSituation) => {
    const result = classifyHomelessness({ livingSituation });
    expect(result.categories).toEqual([1]);
    expect(result.acceptedByProgram).toBe(true);
  });

  it('a hotel paid by a charity or a government program is Category 1; self-paid is not', () => {
    expect(
      classifyHomelessness({
        livingSituation: 'hotel_motel',
        hotelPaidBy: 'charitable_organization',
      }).categories,
    ).toEqual([1]);
    expect(
      classifyHomelessness({ livingSituation: 'hotel_motel', hotelPaidBy: 'government_program' }).categories,
    ).toEqual([1]);
    const selfPaid = classifyHomelessness({ livingSituation: 'hotel_motel', hotelPaidBy: 'self' });
    expect(selfPaid.categories).toEqual([]);
    expect(selfPaid.acceptedByProgram).toBe(false);
    expect(classifyHomelessness({ livingSituation: 'hotel_motel' }).categories).toEqual([]);
  });

  it('exiting an institution after 90 days or less, from shelter or the street: 90 qualifies, 91 does not', () => {
    expect(exitingAfter(90, 'emergency_shelter').categories).toEqual([1]);
    expect(exitingAfter(90, 'place_not_meant_for_habitation').categories).toEqual([1]);
    expect(exitingAfter(91, 'emergency_shelter').categories).toEqual([]);
  });

  it('transitional housing or a safe haven before the institution is not listed by the rule', () => {
    expect(exitingAfter(30, 'transitional_housing').categories).toEqual([]);
    expect(exitingAfter(30, 'safe_haven').categories).toEqual([]);
    expect(exitingAfter(30, 'housed').categories).toEqual([]);
  });

  it('an institution stay of unknown length or origin is not established', () => {
    expect(exitingAfter(30, undefined).categories).toEqual([]);
    const result = classifyHomelessness({
      livingSituation: 'institution',
      exitingInstitution: true,
      situationBeforeInstitution: 'emergency_shelter',
    });
    expect(result.categories).toEqual([]);
    expect(result.reasons.join(' ')).toContain('length of the institutional stay is not recorded');
  });

  it('living with family or in own housing is not Category 1', () => {
    expect(classifyHomelessness({ livingSituation: 'staying_with_family_or_friends' }).categories).toEqual(
      [],
    );
    expect(classifyHomelessness({ livingSituation: 'own_or_rented_housing' }).categories).toEqual([]);
  });
});

describe('classifyHomelessness — Categories 2, 3, 4', () => {
  const fleeing = {
    fleeingDomesticViolence: true,
    hasOtherResidence: false,
    lacksResourcesAndSupportNetworks: true,
  } as const;

  it('Category 4 needs all three conditions, the negative one as an explicit false', () => {
    expect(
      classifyHomelessness({ livingSituation: 'staying_with_family_or_friends', ...fleeing }).categories,
    ).toEqual([4]);
    expect(classifyHomelessness({ ...fleeing, hasOtherResidence: undefined }).categories).toEqual([]);
    expect(classifyHomelessness({ ...fleeing, hasOtherResidence: true }).categories).toEqual([]);
    expect(
      classifyHomelessness({ ...fleeing, lacksResourcesAndSupportNetworks: undefined }).categories,
    ).toEqual([]);
  });

  it('a survivor in emergency shelter meets Categories 1 and 4', () => {
    const result = classifyHomelessness({ livingSituation: 'emergency_shelter', ...fleeing });
    expect(result.categories).toEqual([1, 4]);
    expect(result.acceptedByProgram).toBe(true);
  });

  it('Category 2: residence lost within 14 days (14 yes, 15 no); not accepted by default', () => {
    const atRisk = {
      livingSituation: 'staying_with_family_or_friends',
      residenceLostWithinDays: 14,
      subsequentResidenceIdentified: false,
      lacksResourcesAndSupportNetworks: true,
    } as const;
    const result = classifyHomelessness(atRisk);
    expect(result.categories).toEqual([2]);
    expect(result.acceptedByProgram).toBe(false);
    expect(classifyHomelessness({ ...atRisk, residenceLostWithinDays: 15 }).categories).toEqual([]);
    expect(classifyHomelessness({ ...atRisk, subsequentResidenceIdentified: undefined }).categories).toEqual(
      [],
    );
    expect(classifyHomelessness(atRisk, { acceptedCategories: [1, 2, 4] }).acceptedByProgram).toBe(true);
  });

  it('Category 3 is reported whenever its conditions hold, even alongside Category 1', () => {
    const category3 = {
      youthUnder25OrFamilyWithChildren: true,
      homelessUnderOtherFederalStatute: true,
      noPermanentHousingLeaseIn60Days: true,
      movesInPreceding60Days: 2,
      expectedToContinueDueToSpecialNeedsOrBarriers: true,
    };
    expect(
      classifyHomelessness({ livingSituation: 'place_not_meant_for_habitation', category3 }).categories,
    ).toEqual([1, 3]);
    const alone = classifyHomelessness({
      livingSituation: 'staying_with_family_or_friends',
      category3,
    });
    expect(alone.categories).toEqual([3]);
    expect(alone.acceptedByProgram).toBe(false);
    expect(
      classifyHomelessness({ category3: { ...category3, movesInPreceding60Days: 1 } }).categories,
    ).toEqual([]);
  });

  it('explains itself in plain words', () => {
    const result = classifyHomelessness({ livingSituation: 'hotel_motel', hotelPaidBy: 'self' });
    expect(result.reasons).toContain(
      'Category 1 not met: a hotel or motel the household pays for itself is not literal homelessness.',
    );
    expect(result.reasons).toContain('Not accepted by the program: it accepts Categories 1 and 4 only.');
  });

  it('rejects unknown values with the field named', () => {
    expect(() => classifyHomelessness({ livingSituation: 'car' as never })).toThrow(DomainError);
    expect(() => classifyHomelessness({ institutionStayNights: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', field: 'institutionStayNights' }),
    );
  });

  it('property: categories are ascending, unique, within 1..4, and acceptance follows the policy', () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    const situation = fc.record({
      livingSituation: maybe(fc.constantFrom(...LIVING_SITUATIONS)),
      hotelPaidBy: maybe(fc.constantFrom('charitable_organization', 'government_program', 'self' as const)),
      exitingInstitution: maybe(fc.boolean()),
      institutionStayNights: maybe(fc.integer({ min: 0, max: 200 })),
      situationBeforeInstitution: maybe(fc.constantFrom(...LIVING_SITUATIONS, 'housed' as const)),
      fleeingDomesticViolence: maybe(fc.boolean()),
      hasOtherResidence: maybe(fc.boolean()),
      lacksResourcesAndSupportNetworks: maybe(fc.boolean()),
      residenceLostWithinDays: maybe(fc.integer({ min: 0, max: 30 })),
      subsequentResidenceIdentified: maybe(fc.boolean()),
      category3: maybe(
        fc.record({
          youthUnder25OrFamilyWithChildren: maybe(fc.boolean()),
          homelessUnderOtherFederalStatute: maybe(fc.boolean()),
          noPermanentHousingLeaseIn60Days: maybe(fc.boolean()),
          movesInPreceding60Days: maybe(fc.integer({ min: 0, max: 5 })),
          expectedToContinueDueToSpecialNeedsOrBarriers: maybe(fc.boolean()),
        }),
      ),
    });
    const accepted = fc.subarray([1, 2, 3, 4] as const, { minLength: 1 });
    fc.assert(
      fc.property(situation, accepted, (input, acceptedCategories) => {
        const result = classifyHomelessness(input, { acceptedCategories });
        const sorted = [...new Set(result.categories)].sort((a, b) => a - b);
        expect(result.categories).toEqual(sorted);
        expect(result.categories.every((c) => c >= 1 && c <= 4)).toBe(true);
        expect(result.acceptedByProgram).toBe(result.categories.some((c) => acceptedCategories.includes(c)));
        expect(result.reasons.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('assessRvOrCamper', () => {
  it('suggests a place not meant for habitation when occupied and in poor condition', () => {
    const result = assessRvOrCamper({ clearlyOccupied: true, lacksSewerWaterOrElectricity: true });
    expect(result.suggestsPlaceNotMeantForHabitation).toBe(true);
    expect(result.questions).toHaveLength(4);
  });

  it('does not suggest it for a working, connected RV', () => {
    expect(
      assessRvOrCamper({ clearlyOccupied: true, insulated: true }).suggestsPlaceNotMeantForHabitation,
    ).toBe(false);
  });
});
