import { addDays, compareDates, longDate, type IsoDate } from './dates';
import { badInput } from './errors';
import type { TUnitEntryBasis } from './tenancy-inputs';

/**
 * Repair requests: the tenant asks, the property manager triages, schedules and completes (each
 * entry into the unit logged with its basis), and the tenant confirms the fix or reopens it.
 */
export const REPAIR_STATUSES = ['requested', 'scheduled', 'completed', 'confirmed'] as const;
export type TRepairStatus = (typeof REPAIR_STATUSES)[number];

export interface RepairState {
  status: TRepairStatus;
  requestedOn: IsoDate;
  /** The planned visit, once scheduled. */
  scheduledFor?: IsoDate | null | undefined;
}

/**
 * Days of written notice before entering a unit: a property setting. The default is Maine's
 * (14 M.R.S. § 6025: at least 24 hours' notice, except in an emergency), counted as one day.
 */
export const DEFAULT_ENTRY_NOTICE_DAYS = 1;
export const MAX_ENTRY_NOTICE_DAYS = 14;

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

/** The last day written notice may be given for an entry on `enteredOn`. */
export function entryNoticeDeadline(enteredOn: IsoDate, noticeDays: number): IsoDate {
  return addDays(enteredOn, -noticeDays);
}

/** Open: still to be done (asked for, or a visit booked). */
export function isRepairOpen(status: TRepairStatus): boolean {
  return status === 'requested' || status === 'scheduled';
}

/** A repair is asked for in the tenant's own unit: before move-in there is nothing to repair. */
export function repairUnitOf(home: { unitId: string | null }): string {
  if (!home.unitId) badInput('location', 'You do not have a unit yet, so there is nothing to repair.');
  return home.unitId;
}

/** Urgency may be set again until the work is done. */
export function checkRepairTriage(repair: { status: TRepairStatus }): void {
  if (!isRepairOpen(repair.status)) badInput('repairId', 'This repair is already done.');
}

export function checkRepairSchedule(params: { repair: RepairState; scheduledFor: IsoDate }): void {
  const { repair } = params;
  if (!isRepairOpen(repair.status)) badInput('repairId', 'Only an open request can be scheduled.');
  if (compareDates(params.scheduledFor, repair.requestedOn) < 0) {
    badInput('scheduledFor', `The visit cannot be before the request (${longDate(repair.requestedOn)}).`);
  }
}

/**
 * Completing a repair means someone entered the unit: the entry needs its basis, and entry on
 * notice needs written notice given the property's number of days before the day of entry (right
 * to privacy: notice the same day is not notice in advance). A scheduled repair is not done before
 * its visit.
 */
export function checkRepairCompletion(params: {
  repair: RepairState;
  completedOn: IsoDate;
  entryBasis: TUnitEntryBasis;
  noticeGivenOn?: IsoDate | null | undefined;
  /** The property's entry notice, in days (DEFAULT_ENTRY_NOTICE_DAYS unless set). */
  entryNoticeDays: number;
  today: IsoDate;
}): void {
  const { repair, completedOn } = params;
  if (!isRepairOpen(repair.status)) badInput('repairId', 'This repair is already done.');
  if (compareDates(completedOn, repair.requestedOn) < 0) {
    badInput(
      'completedOn',
      `The repair cannot be done before it was asked for (${longDate(repair.requestedOn)}).`,
    );
  }
  if (compareDates(completedOn, params.today) > 0) {
    badInput('completedOn', `The date done cannot be in the future (today is ${longDate(params.today)}).`);
  }
  if (
    repair.status === 'scheduled' &&
    repair.scheduledFor &&
    compareDates(completedOn, repair.scheduledFor) < 0
  ) {
    badInput(
      'completedOn',
      `The repair cannot be marked done before its scheduled visit on ${longDate(repair.scheduledFor)}.`,
    );
  }
  if (params.entryBasis === 'notice_given') {
    if (!params.noticeGivenOn) badInput('noticeGivenOn', 'Give the date the notice was given.');
    const latest = entryNoticeDeadline(completedOn, params.entryNoticeDays);
    if (compareDates(params.noticeGivenOn, latest) > 0) {
      badInput(
        'noticeGivenOn',
        `Written notice must be given at least ${days(params.entryNoticeDays)} before entering: for entry on ${longDate(completedOn)}, by ${longDate(latest)}. Without it, entry needs the tenant's permission or an emergency.`,
      );
    }
  }
}

export interface RepairConfirmation {
  status: Extract<TRepairStatus, 'confirmed' | 'requested'>;
  stepKind: 'confirmed' | 'reopened';
}

/** The tenant's word on a completed repair: fixed closes it, not fixed reopens the request. */
export function confirmRepair(repair: { status: TRepairStatus }, isFixed: boolean): RepairConfirmation {
  if (repair.status !== 'completed') badInput('repairId', 'You can confirm a repair once it is marked done.');
  return isFixed
    ? { status: 'confirmed', stepKind: 'confirmed' }
    : { status: 'requested', stepKind: 'reopened' };
}
