/** The demo units' terms: the contract rent a lease of the unit takes, and its utility allowance. */
const CONTRACT_RENT_BY_BEDROOMS: Record<number, number> = { 1: 95_000, 2: 120_000, 3: 148_000 };

export function contractRentFor(bedrooms: number): number {
  return CONTRACT_RENT_BY_BEDROOMS[bedrooms] ?? 95_000;
}

export function utilityAllowanceFor(bedrooms: number): number {
  return bedrooms > 1 ? 8_500 : 6_500;
}
