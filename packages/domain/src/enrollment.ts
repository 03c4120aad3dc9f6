import { anniversaryAssessmentWindow } from './assessment-due';
import { compareDates, longDate } from './dates';
import type { EligibilityStatus } from './eligibility';
import type { AnnualAssessmentWindow } from './hmis-timing';

/**
 * What may happen next once a household is determined: enrollment (project start), the housing
 * move-in (HMIS 3.20: recorded once, never changed) and the unit it moves into.
 */

const STATUS_LABELS: Record<EligibilityStatus, string> = {
  eligible: 'eligible',
  pending_disability_verification: 'pending disability verification',
  verification_overdue: 'disability verification overdue',
  ineligible: 'ineligible',
};

/** Housing may start on a determination in force that is eligible, or pending the 45-day confirmation. */
export const HOUSING_MAY_START_ON: readonly EligibilityStatus[] = [
  'eligible',
  'pending_disability_verification',
];

/** Why the household cannot be enrolled or moved in on the determination in force, or null. */
export function housingStartRefusal(determination: { status: EligibilityStatus } | null): string | null {
  if (!determination) return 'Record an eligibility determination before enrolling.';
  if (HOUSING_MAY_START_ON.includes(determination.status)) return null;
  return `The household cannot be enrolled: the determination in force is ${STATUS_LABELS[determination.status]}.`;
}

/** Why a project start date cannot stand (it must not follow a recorded move-in), or null. */
export function projectStartRefusal(input: {
  projectStartDate: string;
  housingMoveInDate: string | null;
}): string | null {
  if (!input.housingMoveInDate || compareDates(input.projectStartDate, input.housingMoveInDate) <= 0) {
    return null;
  }
  return `The project start date must be on or before the move-in date (${longDate(input.housingMoveInDate)}).`;
}

/** Why the move-in cannot be recorded on this enrollment (it is recorded once), or null. */
export function moveInRefusal(enrollment: { housingMoveInDate: string | null }): string | null {
  if (enrollment.housingMoveInDate) {
    return `The move-in date is already recorded (${longDate(enrollment.housingMoveInDate)}) and is never changed.`;
  }
  return null;
}

/** Why the household cannot move into the unit (another household lives there), or null. */
export function unitRefusal(
  unit: { label: string; propertyName: string; occupiedByHouseholdId: string | null },
  householdId: string,
): string | null {
  if (!unit.occupiedByHouseholdId || unit.occupiedByHouseholdId === householdId) return null;
  return `Unit ${unit.label} at ${unit.propertyName} is occupied.`;
}

/**
 * The window of the first annual assessment: around the first anniversary of the project start
 * (the same window the assessment rules and the Deadlines page give).
 */
export function firstAnnualAssessment(projectStartDate: string): AnnualAssessmentWindow {
  return anniversaryAssessmentWindow(projectStartDate, 1);
}
