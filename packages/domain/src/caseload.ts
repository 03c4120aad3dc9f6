import { addDays, type IsoDate } from './dates';
import { badInput, forbidden } from './errors';
import type { TStaffRole } from './identity';

/**
 * Reassigning a person's case manager (caseload). A supervisor or program admin decides it, for
 * instance when a grievance appeal is decided "assign a new case manager"; a case manager cannot.
 * The current assignment ends yesterday and the new one starts today, so from today only the new
 * case manager has the person on their caseload (an assignment begun today therefore ends before
 * it began: it never took effect, and stays on record).
 */

export function mayReassignCaseload(role: TStaffRole): boolean {
  return role === 'supervisor' || role === 'program_admin';
}

/** Refuses a case manager (checked before anything is read). */
export function checkMayReassignCaseload(role: TStaffRole): void {
  if (!mayReassignCaseload(role))
    forbidden('Only a supervisor or program admin can assign a new case manager.');
}

export interface CaseloadReassignment {
  /** The end date of each current assignment. */
  endDate: IsoDate;
  /** The start date of the new one. */
  startDate: IsoDate;
}

export function checkCaseloadReassignment(params: {
  viewerRole: TStaffRole;
  /** The person's assignments in force today. */
  current: readonly { caseManagerId: string }[];
  /** The chosen case manager: an active case manager of the program, or null when not one. */
  newCaseManager: { id: string } | null;
  today: IsoDate;
}): CaseloadReassignment {
  checkMayReassignCaseload(params.viewerRole);
  const chosen = params.newCaseManager;
  if (!chosen) badInput('caseManagerId', 'Choose a case manager of the program.');
  if (params.current.length === 1 && params.current[0]!.caseManagerId === chosen.id) {
    badInput('caseManagerId', 'This is already their case manager: choose another one.');
  }
  return { endDate: addDays(params.today, -1), startDate: params.today };
}
