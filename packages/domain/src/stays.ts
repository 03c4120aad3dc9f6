import { addDays, compareDates, longDate } from './dates';

/**
 * The homelessness history is a set of stays that never overlap (`end` is the last night there,
 * inclusive): a new stay touching a night of another is refused.
 */

export interface StayPeriod {
  startDate: string;
  endDate: string;
}

/** The first recorded stay that shares a night with the new one, or null. */
export function overlappingStay<T extends StayPeriod>(
  existing: readonly T[],
  stay: { start: string; end: string },
): T | null {
  return (
    existing.find(
      (s) => compareDates(stay.start, s.endDate) <= 0 && compareDates(s.startDate, stay.end) <= 0,
    ) ?? null
  );
}

/** Why a new stay cannot be added, or null when it can. */
export function stayOverlapRefusal(
  existing: readonly StayPeriod[],
  stay: { start: string; end: string },
): string | null {
  const other = overlappingStay(existing, stay);
  if (!other) return null;
  return `This stay overlaps the one from ${longDate(other.startDate)} to ${longDate(other.endDate)}.`;
}

/**
 * The current living situation (intake step 1) as a stay of the chronic history. HUD's record of
 * the history includes "where the person is coming from now": a person recorded in a tent tonight
 * is in a place not meant for habitation tonight, whether or not a stay was also typed in.
 */
export interface CurrentSituation {
  livingSituation?: string | null | undefined;
  facts?: Record<string, unknown> | null | undefined;
  evidenceType: 'third_party' | 'intake_observation' | 'self_certification';
  /** The day the situation is documented: the first night it stands for. */
  evidenceDate: string;
}

export type SituationStayLocation =
  | 'place_not_meant_for_habitation'
  | 'emergency_shelter'
  | 'safe_haven'
  | 'institution'
  | 'transitional_housing'
  | 'housed'
  | 'unknown';

/** Where a living situation puts the person, in the locations of the chronic history (RULES.md §2.2). */
export function stayLocationOfSituation(
  situation: Pick<CurrentSituation, 'livingSituation' | 'facts'>,
): SituationStayLocation | null {
  switch (situation.livingSituation) {
    case 'place_not_meant_for_habitation':
    case 'emergency_shelter':
    case 'safe_haven':
    case 'institution':
    case 'transitional_housing':
      return situation.livingSituation;
    case 'hotel_motel': {
      // A hotel or motel paid for by a charity or a government program is a shelter (Category 1(ii)).
      const paidBy = situation.facts?.['hotelPaidBy'];
      if (paidBy === 'charitable_organization' || paidBy === 'government_program') return 'emergency_shelter';
      return paidBy === 'self' ? 'housed' : 'unknown';
    }
    case 'staying_with_family_or_friends':
    case 'own_or_rented_housing':
      return 'housed';
    default:
      return null;
  }
}

export interface SituationStay {
  start: string;
  end: string;
  location: SituationStayLocation;
  documentation: CurrentSituation['evidenceType'];
}

/**
 * The nights the current situation accounts for as of a date: from the day it is documented (or
 * the night after the last recorded stay, if later) through `asOfDate`, when no recorded stay
 * covers `asOfDate`. Recorded stays always win; a situation documented after `asOfDate` says
 * nothing of it.
 */
export function currentSituationStay(
  situation: CurrentSituation | null | undefined,
  stays: readonly StayPeriod[],
  asOfDate: string,
): SituationStay | null {
  if (!situation || compareDates(situation.evidenceDate, asOfDate) > 0) return null;
  const location = stayLocationOfSituation(situation);
  if (!location) return null;
  if (stays.some((s) => compareDates(s.startDate, asOfDate) <= 0 && compareDates(asOfDate, s.endDate) <= 0)) {
    return null;
  }
  const lastEnd = stays
    .filter((s) => compareDates(s.endDate, asOfDate) < 0)
    .reduce<string | null>(
      (latest, s) => (latest && compareDates(latest, s.endDate) >= 0 ? latest : s.endDate),
      null,
    );
  const afterLast = lastEnd ? addDays(lastEnd, 1) : null;
  const start =
    afterLast && compareDates(afterLast, situation.evidenceDate) > 0 ? afterLast : situation.evidenceDate;
  return { start, end: asOfDate, location, documentation: situation.evidenceType };
}
