import { compareDates, longDate, type IsoDate } from './dates';
import { badInput } from './errors';

/**
 * A simple rent ledger: charges and payments in integer cents. The balance is what is owed;
 * months in arrears counts whole months of the tenant's portion the balance covers.
 */
export interface LedgerLine {
  kind: 'charge' | 'payment';
  amountCents: number;
}

export interface LedgerSummary {
  chargedCents: number;
  paidCents: number;
  /** Positive when the tenant owes, negative when they have paid ahead. */
  balanceCents: number;
  monthsInArrears: number;
  reason: string;
}

export function summarizeLedger(lines: readonly LedgerLine[], monthlyTenantRentCents: number): LedgerSummary {
  let chargedCents = 0;
  let paidCents = 0;
  for (const l of lines) {
    if (l.kind === 'charge') chargedCents += l.amountCents;
    else paidCents += l.amountCents;
  }
  const balanceCents = chargedCents - paidCents;
  const monthsInArrears =
    balanceCents > 0 && monthlyTenantRentCents > 0 ? Math.floor(balanceCents / monthlyTenantRentCents) : 0;
  const dollars = (c: number) => `$${(Math.abs(c) / 100).toFixed(2)}`;
  const reason =
    balanceCents > 0
      ? `${dollars(balanceCents)} owed: ${monthsInArrears} whole month${monthsInArrears === 1 ? '' : 's'} of the tenant's portion`
      : balanceCents < 0
        ? `${dollars(balanceCents)} paid ahead`
        : 'Paid up';
  return { chargedCents, paidCents, balanceCents, monthsInArrears, reason };
}

/** A ledger line is dated within the lease: not before it starts, and not in the future. */
export function checkLedgerEntryDate(params: {
  entryDate: IsoDate;
  leaseStartDate: IsoDate;
  today: IsoDate;
}): void {
  if (compareDates(params.entryDate, params.leaseStartDate) < 0) {
    badInput('entryDate', `The date cannot be before the lease starts (${longDate(params.leaseStartDate)}).`);
  }
  if (compareDates(params.entryDate, params.today) > 0) {
    badInput('entryDate', `The date cannot be in the future (today is ${longDate(params.today)}).`);
  }
}
