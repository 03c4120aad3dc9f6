import { z } from 'zod';

import { ZRequiredText, ZText } from './validation';

/** Accounts, roles and sign-in: shared by the API and the three portals. */
export const ROLES = ['case_manager', 'supervisor', 'program_admin', 'tenant', 'property_manager'] as const;
export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;

export const STAFF_ROLES = ['case_manager', 'supervisor', 'program_admin'] as const;
export type TStaffRole = (typeof STAFF_ROLES)[number];

export const ROLE_LABELS: Record<TRole, string> = {
  case_manager: 'Case manager',
  supervisor: 'Supervisor',
  program_admin: 'Program admin',
  tenant: 'Tenant',
  property_manager: 'Property manager',
};

/** Which portal each role belongs in, so a wrong-portal sign-in can say where to go. */
export type TPortal = 'staff' | 'tenant' | 'property';
export function portalForRole(role: TRole): TPortal {
  if (role === 'tenant') return 'tenant';
  if (role === 'property_manager') return 'property';
  return 'staff';
}

export const ZLoginInput = z.object({
  email: z.email({ error: 'Enter a valid email address' }).max(254),
  password: z
    .string({ error: 'Enter your password' })
    .min(1, { error: 'Enter your password' })
    .max(1024, { error: 'A password is at most 1,024 characters long. Check what you entered.' }),
});
export type TLoginInput = z.infer<typeof ZLoginInput>;

export const ZCreateUserInput = z.object({
  email: z.email({ error: 'Enter a valid email address' }).max(254),
  displayName: ZRequiredText(120, 'Enter a name'),
  role: ZRole,
  password: z
    .string({ error: 'Enter a password' })
    .min(12, { error: 'Use at least 12 characters' })
    .max(1024, { error: 'Use at most 1,024 characters' }),
});
export type TCreateUserInput = z.infer<typeof ZCreateUserInput>;

export const ZUuid = z.uuid({ error: 'Not a valid id' });

export const ZPersonByIdInput = z.object({ personId: ZUuid });
export type TPersonByIdInput = z.infer<typeof ZPersonByIdInput>;

/** A supervisor or program admin assigns the person a new case manager. */
export const ZCaseloadReassignInput = z.object({
  personId: ZUuid,
  caseManagerId: z.uuid({ error: 'Choose the new case manager.' }),
});
export type TCaseloadReassignInput = z.infer<typeof ZCaseloadReassignInput>;

export const ZPeopleListInput = z.object({ search: ZText(100).optional() }).optional();
export type TPeopleListInput = z.infer<typeof ZPeopleListInput>;

/**
 * The sign-in lock after too many failed attempts: null when the account is not locked at `now`,
 * else what to tell the person (the minutes left, rounded up, at least one).
 */
export function signInLockMessage(lockedUntil: Date | null, now: Date): string | null {
  if (!lockedUntil || lockedUntil.getTime() <= now.getTime()) return null;
  const minutes = Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
  return `This account is locked after too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask your program admin.`;
}
