/**
 * Who may be referred, and where a referral or an application moves the household: intake moves
 * a household as a whole (referred → applicant → tenant; exited households may come back).
 */

export type TPersonStatus = 'referred' | 'applicant' | 'tenant' | 'exited';

/** Why someone already on record cannot be referred again, or null. */
export function referralRefusal(status: TPersonStatus): string | null {
  return status === 'tenant' ? 'This person is already a tenant of the program.' : null;
}

/** The household status a new referral sets, or null to leave it as it is. */
export function householdStatusOnReferral(status: TPersonStatus): 'referred' | null {
  return status === 'exited' ? 'referred' : null;
}

/** The household status opening an application sets, or null to leave it as it is. */
export function householdStatusOnApplication(status: TPersonStatus): 'applicant' | null {
  return status === 'referred' ? 'applicant' : null;
}

/**
 * How a Service Hub reads in a list: "Hub 1: York". A name that already begins with its number
 * (the Maine hubs are named "Hub 1 — York") is not given the number twice.
 */
export function serviceHubLabel(hub: { number: number; name: string }): string {
  const name = hub.name.trim();
  if (new RegExp(`^hub\\s*${hub.number}(?!\\d)`, 'i').test(name)) return name;
  return `Hub ${hub.number}: ${name}`;
}
