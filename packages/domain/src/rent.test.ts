import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { calculateRent, deductionTableFor } from './rent';
import type { TCalculateRentInput } from './rent';

const rent = (input: Partial<TCalculateRentInput>, policy?: Parameters<typeof calculateRent>[1]) =>
  calculateRent(
    {
      ruleSet: 'HOTMA',
      effectiveDate: '2026-03-01',
      annualIncomeCents: 0,
      contractRentMonthlyCents: 80_000,
      ...input,
    },
    policy,
  );

describe('calculateRent — examples', () => {
  it('10% of gross income beats 30% of adjusted income when deductions are large', () => {
    // $12,000 a year, $9,000 child care: adjusted $3,000 → 30% monthly $75; 10% of gross $100.
    const result = rent({ annualIncomeCents: 1_200_000, childCareCents: 900_000 });
    expect(result.deductions.childCareCents).toBe(900_000);
    expect(result.adjustedAnnualIncomeCents).toBe(300_000);
    expect(result.thirtyPctMonthlyAdjustedCents).toBe(7_500);
    expect(result.tenPctMonthlyGrossCents).toBe(10_000);
    expect(result.ttpCents).toBe(10_000);
    expect(result.tenantRentCents).toBe(10_000);
    expect(result.rentalAssistanceToOwnerCents).toBe(70_000);
  });

  it('a utility allowance above the TTP means $0 rent and a utility reimbursement', () => {
    // $6,000 a year: 30% monthly $150; allowance $200 → reimbursement $50.
    const result = rent({
      annualIncomeCents: 600_000,
      utilityAllowanceMonthlyCents: 20_000,
      contractRentMonthlyCents: 70_000,
    });
    expect(result.ttpCents).toBe(15_000);
    expect(result.tenantRentCents).toBe(0);
    expect(result.utilityReimbursementCents).toBe(5_000);
    expect(result.rentalAssistanceToOwnerCents).toBe(70_000);
  });

  it('tenant rent is the TTP less the utility allowance', () => {
    const result = rent({
      annualIncomeCents: 1_200_000,
      dependents: 1,
      utilityAllowanceMonthlyCents: 5_000,
      contractRentMonthlyCents: 90_000,
    });
    // 2026 dependent $500: adjusted $11,500 → $287.50 → $288 rounded.
    expect(result.deductions.dependentCents).toBe(50_000);
    expect(result.thirtyPctMonthlyAdjustedCents).toBe(28_750);
    expect(result.ttpCents).toBe(28_800);
    expect(result.tenantRentCents).toBe(23_800);
    expect(result.utilityReimbursementCents).toBe(0);
    expect(result.rentalAssistanceToOwnerCents).toBe(66_200);
  });

  it('medical and disability assistance in worksheet order (HOTMA 2025, 10% threshold)', () => {
    // $20,000 income: threshold $2,000; attendant care $1,500 uses it up to $500 left;
    // medical $3,000 − $500 = $2,500; elderly family $525.
    const result = rent({
      effectiveDate: '2025-07-01',
      annualIncomeCents: 2_000_000,
      elderlyOrDisabledFamily: true,
      attendantCareAuxiliaryCents: 150_000,
      unreimbursedHealthMedicalCents: 300_000,
    });
    expect(result.deductionTable).toBe('HOTMA_CY2025');
    expect(result.deductions).toEqual({
      dependentCents: 0,
      elderlyDisabledFamilyCents: 52_500,
      medicalAndDisabilityAssistanceCents: 250_000,
      childCareCents: 0,
    });
    expect(result.adjustedAnnualIncomeCents).toBe(1_697_500);
    expect(result.thirtyPctMonthlyAdjustedCents).toBe(42_438); // 42,437.5 rounds half up
    expect(result.tenPctMonthlyGrossCents).toBe(16_667);
    expect(result.ttpCents).toBe(42_400);
    expect(
      rent(
        {
          effectiveDate: '2025-07-01',
          annualIncomeCents: 2_000_000,
          elderlyOrDisabledFamily: true,
          attendantCareAuxiliaryCents: 150_000,
          unreimbursedHealthMedicalCents: 300_000,
        },
        { ttpRounding: 'none' },
      ).ttpCents,
    ).toBe(42_438);
  });

  it('disability assistance is capped at the earned income it enables; medical needs an elderly/disabled family', () => {
    const result = rent({
      annualIncomeCents: 3_000_000,
      attendantCareAuxiliaryCents: 500_000,
      attendantCareEnabledEarnedIncomeCents: 100_000,
      unreimbursedHealthMedicalCents: 50_000,
    });
    expect(result.deductions.medicalAndDisabilityAssistanceCents).toBe(100_000);
    expect(result.adjustedAnnualIncomeCents).toBe(2_900_000);
    expect(result.ttpCents).toBe(72_500);
  });

  it('child care is capped at the employment income it enables', () => {
    const result = rent({
      annualIncomeCents: 3_000_000,
      childCareCents: 500_000,
      childCareEmploymentIncomeCapCents: 300_000,
    });
    expect(result.deductions.childCareCents).toBe(300_000);
  });

  it('pre-HOTMA uses $480, $400 and a 3% threshold; HOTMA 2024 uses $480, $525 and 10%', () => {
    const input = {
      annualIncomeCents: 2_000_000,
      elderlyOrDisabledFamily: true,
      dependents: 1,
      unreimbursedHealthMedicalCents: 100_000,
    };
    const pre = rent({ ...input, ruleSet: 'PRE_HOTMA', effectiveDate: '2025-06-01' });
    expect(pre.deductions).toEqual({
      dependentCents: 48_000,
      elderlyDisabledFamilyCents: 40_000,
      medicalAndDisabilityAssistanceCents: 40_000,
      childCareCents: 0,
    });
    expect(pre.adjustedAnnualIncomeCents).toBe(1_872_000);
    expect(pre.ttpCents).toBe(46_800);

    const hotma2024 = rent({ ...input, effectiveDate: '2024-06-01' });
    expect(hotma2024.deductions.medicalAndDisabilityAssistanceCents).toBe(0);
    expect(hotma2024.adjustedAnnualIncomeCents).toBe(1_899_500);
    expect(hotma2024.thirtyPctMonthlyAdjustedCents).toBe(47_488);
    expect(hotma2024.ttpCents).toBe(47_500);
  });

  it('picks the HOTMA table by the effective date; later years keep the latest table', () => {
    expect(deductionTableFor('HOTMA', '2025-12-31').id).toBe('HOTMA_CY2025');
    expect(deductionTableFor('HOTMA', '2026-01-01').id).toBe('HOTMA_CY2026');
    expect(deductionTableFor('HOTMA', '2029-05-01').id).toBe('HOTMA_CY2026');
    expect(deductionTableFor('PRE_HOTMA', '2026-05-01').id).toBe('PRE_HOTMA');
    expect(
      rent({ effectiveDate: '2027-02-01', annualIncomeCents: 1_000_000, dependents: 2 }).deductions
        .dependentCents,
    ).toBe(100_000);
  });

  it('counts dependents from the household list', () => {
    const result = rent({
      annualIncomeCents: 2_000_000,
      householdMembers: [
        { relationship: 'head', age: 40, disabled: true },
        { relationship: 'child', age: 10 },
        { relationship: 'other_adult', age: 20, fullTimeStudent: true },
        { relationship: 'other_adult', age: 25 },
        { relationship: 'foster_child', age: 5 },
        { relationship: 'live_in_aide', age: 30, disabled: true },
      ],
    });
    expect(result.dependentsCounted).toBe(2);
    expect(result.deductions.dependentCents).toBe(100_000);
    expect(result.deductions.elderlyDisabledFamilyCents).toBe(55_000);
  });

  it('welfare rent wins when it is highest', () => {
    const result = rent({ annualIncomeCents: 300_000, welfareRentMonthlyCents: 20_000 });
    expect(result.ttpCents).toBe(20_000);
  });

  it('rounds the TTP to the nearest dollar, 50 cents up', () => {
    expect(rent({ annualIncomeCents: 494_000 }).ttpCents).toBe(12_400); // $123.50
    expect(rent({ annualIncomeCents: 493_960 }).ttpCents).toBe(12_300); // $123.49
    expect(rent({ annualIncomeCents: 494_000 }, { ttpRounding: 'none' }).ttpCents).toBe(12_350);
  });

  it('over income for the unit: the tenant pays the contract rent and the program nothing', () => {
    const result = rent({ annualIncomeCents: 6_000_000, contractRentMonthlyCents: 100_000 });
    expect(result.overIncomeForUnit).toBe(true);
    expect(result.tenantRentCents).toBe(100_000);
    expect(result.rentalAssistanceToOwnerCents).toBe(0);
    expect(result.utilityReimbursementCents).toBe(0);
  });

  it('zero income pays zero rent: CoC has no minimum rent', () => {
    expect(rent({ annualIncomeCents: 0 })).toMatchObject({
      ttpCents: 0,
      tenantRentCents: 0,
      rentalAssistanceToOwnerCents: 80_000,
    });
  });

  it('rejects a negative income and a missing contract rent, naming the field', () => {
    expect(() => rent({ annualIncomeCents: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', field: 'annualIncomeCents' }),
    );
    expect(() => rent({ contractRentMonthlyCents: undefined })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', field: 'contractRentMonthlyCents' }),
    );
  });
});

describe('calculateRent — properties', () => {
  const cents = (max: number) => fc.integer({ min: 0, max });
  const optional = (max: number) => fc.option(cents(max), { nil: undefined });
  const input = fc.record({
    ruleSet: fc.constantFrom('HOTMA' as const, 'PRE_HOTMA' as const),
    effectiveDate: fc.constantFrom('2024-03-01', '2025-08-15', '2026-01-01', '2028-12-31'),
    annualIncomeCents: cents(20_000_000),
    dependents: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
    elderlyOrDisabledFamily: fc.option(fc.boolean(), { nil: undefined }),
    unreimbursedHealthMedicalCents: optional(2_000_000),
    attendantCareAuxiliaryCents: optional(2_000_000),
    attendantCareEnabledEarnedIncomeCents: optional(2_000_000),
    childCareCents: optional(2_000_000),
    childCareEmploymentIncomeCapCents: optional(2_000_000),
    welfareRentMonthlyCents: optional(100_000),
    utilityAllowanceMonthlyCents: optional(50_000),
    contractRentMonthlyCents: cents(400_000),
  });
  const rounding = fc.constantFrom('nearest_dollar' as const, 'none' as const);

  it('TTP is never below 10% of gross monthly income (within the rounding of the setting)', () => {
    fc.assert(
      fc.property(input, rounding, (value, ttpRounding) => {
        const result = calculateRent(value, { ttpRounding });
        // tenPct is annual/120 rounded half up to the cent: within half a cent of the exact figure.
        expect(Math.abs(result.tenPctMonthlyGrossCents * 120 - value.annualIncomeCents)).toBeLessThanOrEqual(
          60,
        );
        if (ttpRounding === 'none') {
          expect(result.ttpCents).toBeGreaterThanOrEqual(result.tenPctMonthlyGrossCents);
        } else {
          // Rounding to whole dollars can take off at most 49 cents.
          expect(result.ttpCents % 100).toBe(0);
          expect(result.ttpCents).toBeGreaterThanOrEqual(result.tenPctMonthlyGrossCents - 49);
        }
      }),
    );
  });

  it('tenant rent plus assistance is the contract rent; total subsidy is contract + UA − TTP unless over income', () => {
    fc.assert(
      fc.property(input, rounding, (value, ttpRounding) => {
        const result = calculateRent(value, { ttpRounding });
        expect(result.tenantRentCents + result.rentalAssistanceToOwnerCents).toBe(
          value.contractRentMonthlyCents,
        );
        expect(result.tenantRentCents).toBeGreaterThanOrEqual(0);
        expect(result.rentalAssistanceToOwnerCents).toBeGreaterThanOrEqual(0);
        if (!result.overIncomeForUnit) {
          const ua = value.utilityAllowanceMonthlyCents ?? 0;
          expect(result.rentalAssistanceToOwnerCents + result.utilityReimbursementCents).toBe(
            value.contractRentMonthlyCents + ua - result.ttpCents,
          );
        }
      }),
    );
  });

  it('more deductions never raise the 30% figure', () => {
    fc.assert(
      fc.property(input, cents(1_000_000), (value, extraChildCare) => {
        const base = calculateRent({ ...value, childCareEmploymentIncomeCapCents: undefined });
        const more = calculateRent({
          ...value,
          childCareEmploymentIncomeCapCents: undefined,
          childCareCents: (value.childCareCents ?? 0) + extraChildCare,
        });
        expect(more.thirtyPctMonthlyAdjustedCents).toBeLessThanOrEqual(base.thirtyPctMonthlyAdjustedCents);
      }),
    );
  });
});
