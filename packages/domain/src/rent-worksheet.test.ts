import { describe, expect, it } from 'vitest';

import { DomainError } from './errors';
import { ZRentInput } from './intake-inputs';
import { calculateRent } from './rent';
import {
  elderlyOrDisabledFamilyOfFile,
  rentHouseholdOf,
  rentWorksheet,
  type RecordedMember,
} from './rent-worksheet';

const APPLICATION = '00000000-0000-4000-8000-000000000001';
const head: RecordedMember = {
  firstName: 'Robin',
  lastName: 'Vale',
  relationshipToHead: 'self',
  dateOfBirth: '1979-03-14',
};

describe('the household from the record', () => {
  it('takes each age at the effective date, and counts a relative under 18 as a child', () => {
    expect(
      rentHouseholdOf(
        [
          head,
          {
            firstName: 'Kit',
            lastName: 'Vale',
            relationshipToHead: 'other_relative',
            dateOfBirth: '2009-12-02',
          },
          { firstName: 'Sam', lastName: 'Vale', relationshipToHead: 'partner', dateOfBirth: '1980-12-01' },
        ],
        '2026-12-01',
      ),
    ).toEqual([
      { relationship: 'head', age: 47 },
      { relationship: 'child', age: 16 },
      { relationship: 'co_head', age: 46 },
    ]);
  });

  it('a member with no date of birth is bad input on householdMembers, said plainly', () => {
    const error = (() => {
      try {
        rentHouseholdOf([{ ...head, dateOfBirth: null }], '2026-12-01');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ field: 'householdMembers' });
    expect((error as DomainError).message).toBe(
      'The date of birth of Robin Vale is not recorded: list the household members.',
    );
  });
});

describe('rentWorksheet', () => {
  const entry = ZRentInput.parse({
    applicationId: APPLICATION,
    effectiveDate: '2026-12-01',
    incomes: [
      { label: 'SSDI', annualCents: 1_000_000 },
      { label: 'Wages', annualCents: 200_000 },
    ],
    elderlyOrDisabledFamily: true,
    utilityAllowanceMonthlyCents: 5_000,
    contractRentMonthlyCents: 95_000,
  });

  it('sums the incomes, calculates, and is due for recertification a year on', () => {
    const sheet = rentWorksheet(entry, [head]);
    expect(sheet.annualIncomeCents).toBe(1_200_000);
    expect(sheet.calculation).toEqual(calculateRent(sheet.calculationInput));
    expect(sheet.calculationInput.householdMembers).toEqual([{ relationship: 'head', age: 47 }]);
    expect(sheet.nextRecertificationDue).toBe('2027-12-01');
    expect(sheet.arithmetic[0]).toBe('Annual income: $12,000.00');
  });

  it('listed members win over the record', () => {
    const listed = { ...entry, householdMembers: [{ relationship: 'head' as const, age: 30 }] };
    expect(rentWorksheet(listed, []).calculationInput.householdMembers).toEqual([
      { relationship: 'head', age: 30 },
    ]);
  });
});

describe('elderly or disabled family from the record', () => {
  const head = {
    firstName: 'Robin',
    lastName: 'Vale',
    relationshipToHead: 'self' as const,
    dateOfBirth: '1980-05-01',
  };
  const verified = {
    type: 'professional_verification',
    isAcceptable: true,
    disabledMember: 'head_of_household',
  };

  it('is ticked when the disability of the head or spouse is documented', () => {
    const result = elderlyOrDisabledFamilyOfFile({
      members: [head],
      disability: [verified],
      effectiveDate: '2026-12-01',
    });
    expect(result).toEqual({
      elderlyOrDisabledFamily: true,
      reasons: ['The disability of the head of household is documented: a disabled family.'],
    });
  });

  it("is not for self-report, unacceptable evidence or a child's disability alone", () => {
    for (const d of [
      { ...verified, type: 'self_report' },
      { ...verified, isAcceptable: false },
      { ...verified, disabledMember: 'child' },
    ]) {
      expect(
        elderlyOrDisabledFamilyOfFile({ members: [head], disability: [d], effectiveDate: '2026-12-01' })
          .elderlyOrDisabledFamily,
      ).toBe(false);
    }
  });

  it('is ticked when the head is 62 or older on the effective date', () => {
    const older = { ...head, dateOfBirth: '1964-12-01' };
    expect(
      elderlyOrDisabledFamilyOfFile({ members: [older], disability: [], effectiveDate: '2026-12-01' })
        .elderlyOrDisabledFamily,
    ).toBe(true);
    expect(
      elderlyOrDisabledFamilyOfFile({ members: [older], disability: [], effectiveDate: '2026-11-30' })
        .elderlyOrDisabledFamily,
    ).toBe(false);
  });
});

describe('the worksheet says how the total tenant payment is rounded', () => {
  const entry = {
    applicationId: '00000000-0000-4000-8000-000000000001',
    effectiveDate: '2026-12-01',
    incomes: [{ label: 'SSI', annualCents: 785_000 }],
    householdMembers: [{ relationship: 'head' as const, age: 40 }],
    contractRentMonthlyCents: 90_000,
  };

  it('names the rounding to the nearest dollar as a program setting', () => {
    const sheet = rentWorksheet(entry, []);
    const line = sheet.arithmetic.find((l) => l.startsWith('Total tenant payment'));
    expect(sheet.calculation.ttpCents % 100).toBe(0);
    expect(line).toContain('rounded to the nearest dollar, a program setting');
  });

  it('says when the program does not round', () => {
    const sheet = rentWorksheet(entry, [], { ttpRounding: 'none' });
    const line = sheet.arithmetic.find((l) => l.startsWith('Total tenant payment'));
    expect(line).toContain('not rounded (a program setting)');
  });
});
