import { addDays, compareDates, daysInMonth, longDate, type IsoDate } from './dates';
import { badInput } from './errors';

/**
 * A simple rent ledger: charges and payments in integer cents, each on its date. The balance is
 * what is owed. Payments settle the oldest charges first. A charge still unpaid is *due* until its
 * grace period ends (the program setting `rentGraceDays`, counted in days after the charge's
 * date) and *in arrears* from the day after: rent charged on the 1st is not late on the 2nd.
 * Months in arrears counts whole months of the tenant's portion that the arrears cover.
 */
export interface LedgerLine {
  kind: 'charge' | 'payment';
  amountCents: number;
  entryDate: IsoDate;
}

export interface LedgerSummary {
  chargedCents: number;
  paidCents: number;
  /** Positive when the tenant owes, negative when they have paid ahead. */
  balanceCents: number;
  /** Owed for charges still in their grace period: due, not late. */
  dueCents: number;
  /** The last day of the grace period of the oldest charge still due; null when nothing is due. */
  dueBy: IsoDate | null;
  /** Owed for charges whose grace period has passed. */
  arrearsCents: number;
  monthsInArrears: number;
  reason: string;
}

export interface LedgerTerms {
  monthlyTenantRentCents: number;
  today: IsoDate;
  /** Days after a charge's date during which it is due but not late (a program setting). */
  graceDays: number;
}

/** The last day a charge dated `entryDate` may be paid without being late. */
export function rentDueBy(entryDate: IsoDate, graceDays: number): IsoDate {
  return addDays(entryDate, graceDays);
}

const dollars = (c: number) =>
  `$${(Math.abs(c) / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export function summarizeLedger(lines: readonly LedgerLine[], terms: LedgerTerms): LedgerSummary {
  const { monthlyTenantRentCents, today, graceDays } = terms;
  let chargedCents = 0;
  let paidCents = 0;
  for (const l of lines) {
    if (l.kind === 'charge') chargedCents += l.amountCents;
    else paidCents += l.amountCents;
  }
  const balanceCents = chargedCents - paidCents;

  // Payments settle the oldest charges first; what is left of each charge is due or in arrears.
  const charges = lines
    .filter((l) => l.kind === 'charge')
    .sort((a, b) => compareDates(a.entryDate, b.entryDate));
  let credit = paidCents;
  let arrearsCents = 0;
  let dueCents = 0;
  let dueBy: IsoDate | null = null;
  for (const c of charges) {
    const settled = Math.min(credit, c.amountCents);
    credit -= settled;
    const unpaid = c.amountCents - settled;
    if (unpaid === 0) continue;
    const lastDay = rentDueBy(c.entryDate, graceDays);
    if (compareDates(today, lastDay) > 0) arrearsCents += unpaid;
    else {
      dueCents += unpaid;
      dueBy ??= lastDay;
    }
  }
  const monthsInArrears =
    arrearsCents > 0 && monthlyTenantRentCents > 0 ? Math.floor(arrearsCents / monthlyTenantRentCents) : 0;

  const parts: string[] = [];
  if (arrearsCents > 0) {
    parts.push(
      monthsInArrears > 0
        ? `${dollars(arrearsCents)} in arrears: ${monthsInArrears} whole month${monthsInArrears === 1 ? '' : 's'} of the tenant's portion`
        : `${dollars(arrearsCents)} in arrears: less than a month of the tenant's portion`,
    );
  }
  if (dueCents > 0 && dueBy) parts.push(`${dollars(dueCents)} due by ${longDate(dueBy)}`);
  const reason =
    parts.length > 0
      ? parts.join('; ')
      : balanceCents < 0
        ? `${dollars(balanceCents)} paid ahead`
        : 'Paid up';
  return { chargedCents, paidCents, balanceCents, dueCents, dueBy, arrearsCents, monthsInArrears, reason };
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

export interface RentCharge {
  entryDate: IsoDate;
  amountCents: number;
  memo: string;
}

/**
 * The first rent charge of a lease, on its start date. Rent is charged by calendar month, on the
 * 1st; a lease starting on the 1st is charged the full month. A lease starting later in the month
 * is charged for the days it covers, the start day included, at the month's daily rate: the
 * tenant's portion × days from the start to the month's end ÷ days in that month, rounded to the
 * nearest cent (half a cent up).
 */
export function firstRentCharge(params: { startDate: IsoDate; monthlyTenantRentCents: number }): RentCharge {
  const { startDate, monthlyTenantRentCents } = params;
  const [year, month, day] = startDate.split('-').map(Number) as [number, number, number];
  const days = daysInMonth(year, month);
  const covered = days - day + 1;
  if (covered === days) {
    return {
      entryDate: startDate,
      amountCents: monthlyTenantRentCents,
      memo: 'Monthly rent (tenant portion)',
    };
  }
  const amountCents = Math.floor((monthlyTenantRentCents * covered * 2 + days) / (2 * days));
  return {
    entryDate: startDate,
    amountCents,
    memo: `Rent for ${covered} of ${days} days of the first month (tenant portion, prorated)`,
  };
}

/** The monthly charge of a lease for the month starting on `firstOfMonth`. */
export function monthlyRentCharge(firstOfMonth: IsoDate, monthlyTenantRentCents: number): RentCharge {
  return {
    entryDate: firstOfMonth,
    amountCents: monthlyTenantRentCents,
    memo: 'Monthly rent (tenant portion)',
  };
}

/**
 * Whether a lease may open on a unit for a household: a unit has at most one open lease, and its
 * contract rent must be set (the lease takes it). Null when it may; otherwise why not, for people.
 */
export function leaseOpeningRefusal(params: {
  unitLabel: string;
  propertyName: string;
  unitContractRentCents: number | null;
  unitHasOpenLease: boolean;
}): string | null {
  const unit = `Unit ${params.unitLabel} at ${params.propertyName}`;
  if (params.unitHasOpenLease) return `${unit} already has an open lease: end it before another starts.`;
  if (params.unitContractRentCents === null) {
    return `${unit} has no contract rent yet: the property manager sets it on the Units page.`;
  }
  return null;
}
