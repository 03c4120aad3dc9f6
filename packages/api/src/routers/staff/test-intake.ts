import { addDays, addMonths, addYears } from '@hearth/domain';
import { TODAY, type TestApp } from '../../test-helpers';

/** What the intake tests share: dates relative to TODAY, and the usual first steps of a file. */

export type Caller = Awaited<ReturnType<TestApp['callerAs']>>;

/** TODAY plus n days (negative for the past). */
export const day = (n: number) => addDays(TODAY, n);

/** The first day of TODAY's month, plus n months. */
export const monthStart = (n: number) => addMonths(`${TODAY.slice(0, 7)}-01`, n);

export async function hubNamed(caller: Caller, prefix: string): Promise<string> {
  const hubs = await caller.staff.serviceHubs.list();
  const hub = hubs.find((h) => h.name.startsWith(prefix));
  if (!hub) throw new Error(`no hub ${prefix}`);
  return hub.id;
}

/** A new person referred by the caller, with an application open on the referral. */
export async function openApplication(
  caller: Caller,
  lastName: string,
  dates: { referralDate?: string; applicationDate?: string } = {},
) {
  const referral = await caller.staff.referrals.create({
    person: { firstName: 'Avery', lastName, dateOfBirth: addYears(TODAY, -46) },
    serviceHubId: await hubNamed(caller, 'Hub 2'),
    referralDate: dates.referralDate ?? day(-83),
  });
  const { applicationId } = await caller.staff.applications.open({
    referralId: referral.referralId,
    applicationDate: dates.applicationDate ?? day(-20),
  });
  return { ...referral, applicationId };
}

/** Literal homelessness: an emergency shelter, shown by an HMIS record. */
export async function shelter(caller: Caller, applicationId: string, evidenceDate = day(-8)) {
  return caller.staff.homelessness.recordSituation({
    applicationId,
    situation: { livingSituation: 'emergency_shelter' },
    evidenceType: 'third_party',
    evidenceSource: 'hmis_record',
    evidenceDate,
  });
}

/** A professional verification of disability with both certifications. */
export const professional = (applicationId: string, evidenceDate: string) => ({
  applicationId,
  type: 'professional_verification' as const,
  disabledMember: 'head_of_household' as const,
  evidenceDate,
  credential: 'LCPC' as const,
  professionalName: 'Jordan Ellis',
  certifiesLongContinuingOrIndefinite: true,
  certifiesSubstantiallyImpedesIndependentLiving: true,
});

export const observation = (applicationId: string, evidenceDate: string) => ({
  applicationId,
  type: 'intake_staff_observation' as const,
  disabledMember: 'head_of_household' as const,
  evidenceDate,
});
