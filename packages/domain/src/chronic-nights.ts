/**
 * Steps 1 to 3 of RULES.md §2.2: every night classed as homeless (H), not homeless (N) or unknown
 * (U), breaks of 7 or more N nights, and the occasions they separate.
 */
import type { z } from 'zod';
import type { ChronicBreak, TStayLocation, ZStay } from './chronic';
import { fromDayNumber, longDate, minDate, toDayNumber } from './dates';
import type { THomelessEvidenceType } from './evidence';

export const BREAK_MIN_NIGHTS = 7;
const INSTITUTION_MAX_NIGHTS_EXCLUSIVE = 90;

export type NightClass = 'H' | 'N' | 'U';

export interface Nights {
  firstDay: number;
  classes: NightClass[];
  evidence: (THomelessEvidenceType | null)[];
  isBreak: boolean[];
  occasion: number[];
}

export const HOMELESS_LOCATIONS: readonly TStayLocation[] = [
  'place_not_meant_for_habitation',
  'emergency_shelter',
  'safe_haven',
];

export type Stay = z.output<typeof ZStay>;

/** Step 1 of §2.2: a class for every night from the first stay through `asOfDate`. */
export function classifyNights(stays: Stay[], asOfDate: string, reasons: string[]): Nights {
  const asOfDay = toDayNumber(asOfDate);
  const firstDay = stays[0] ? toDayNumber(stays[0].start) : asOfDay;
  const length = asOfDay - firstDay + 1;
  // Nights no stay covers stay U: a gap in the record is missing evidence, not a break.
  const nights: Nights = {
    firstDay,
    classes: new Array<NightClass>(length).fill('U'),
    evidence: new Array<THomelessEvidenceType | null>(length).fill(null),
    isBreak: new Array<boolean>(length).fill(false),
    occasion: new Array<number>(length).fill(0),
  };
  let institutionClass: NightClass = 'N';
  stays.forEach((stay, index) => {
    const startDay = toDayNumber(stay.start);
    const endDay = toDayNumber(minDate(stay.end, asOfDate));
    let nightClass: NightClass;
    if (HOMELESS_LOCATIONS.includes(stay.location)) nightClass = 'H';
    else if (stay.location === 'unknown') nightClass = 'U';
    else if (stay.location === 'institution') {
      if (!continuesInstitution(stays, index)) {
        institutionClass = classifyInstitutionEpisode(stays, index, asOfDate, nights, reasons);
      }
      nightClass = institutionClass;
    } else nightClass = 'N';

    for (let day = startDay; day <= endDay; day += 1) {
      nights.classes[day - firstDay] = nightClass;
      nights.evidence[day - firstDay] = nightClass === 'H' ? (stay.documentation ?? null) : null;
    }
  });
  return nights;
}

/** True when the stay is an institution stay that starts the night after another one ends. */
function continuesInstitution(stays: Stay[], index: number): boolean {
  const stay = stays[index];
  const previous = stays[index - 1];
  return (
    stay?.location === 'institution' &&
    previous?.location === 'institution' &&
    toDayNumber(stay.start) === toDayNumber(previous.end) + 1
  );
}

/**
 * An institutional episode counts as homeless time when it is shorter than 90 nights and the night
 * before it is H. Back-to-back institution stays (a transfer from hospital to treatment, say) are
 * one episode: the regulation measures continuous residence in institutional care, and splitting
 * the record must not reset the 90-night count. A stay still running on asOfDate is measured by
 * its nights so far (§9.1).
 */
function classifyInstitutionEpisode(
  stays: Stay[],
  index: number,
  asOfDate: string,
  nights: Nights,
  reasons: string[],
): NightClass {
  const first = stays[index] as Stay;
  let last = first;
  for (let next = index + 1; continuesInstitution(stays, next); next += 1) last = stays[next] as Stay;
  const end = minDate(last.end, asOfDate);
  const episodeNights = toDayNumber(end) - toDayNumber(first.start) + 1;
  const before = nights.classes[toDayNumber(first.start) - 1 - nights.firstDay] ?? 'U';
  const counts = episodeNights < INSTITUTION_MAX_NIGHTS_EXCLUSIVE && before === 'H';
  const soFar = end !== last.end ? ' so far' : '';
  reasons.push(
    counts
      ? `Institution stay from ${longDate(first.start)} (${episodeNights} nights${soFar}), entered from homelessness: counted as homeless time.`
      : episodeNights >= INSTITUTION_MAX_NIGHTS_EXCLUSIVE
        ? `Institution stay from ${longDate(first.start)} lasted ${episodeNights} nights${soFar} (90 or more): not homeless time.`
        : `Institution stay from ${longDate(first.start)} was not entered directly from the street, a shelter or a safe haven: not homeless time.`,
  );
  return counts ? 'H' : 'N';
}

/** Step 2: a break is a maximal run of at least 7 consecutive N nights; U nights end a run. */
export function markBreaks(nights: Nights): ChronicBreak[] {
  const breaks: ChronicBreak[] = [];
  let runStart = -1;
  const close = (endIndex: number) => {
    if (runStart >= 0 && endIndex - runStart + 1 >= BREAK_MIN_NIGHTS) {
      for (let i = runStart; i <= endIndex; i += 1) nights.isBreak[i] = true;
      breaks.push({
        start: fromDayNumber(nights.firstDay + runStart),
        end: fromDayNumber(nights.firstDay + endIndex),
        nights: endIndex - runStart + 1,
      });
    }
    runStart = -1;
  };
  nights.classes.forEach((nightClass, index) => {
    if (nightClass === 'N') {
      if (runStart < 0) runStart = index;
    } else close(index - 1);
  });
  close(nights.classes.length - 1);
  return breaks;
}

/** Step 3: H nights are grouped into occasions (numbered from 1), separated by breaks. */
export function assignOccasions(nights: Nights): void {
  let occasion = 0;
  let brokenSinceLast = true;
  nights.classes.forEach((nightClass, index) => {
    if (nights.isBreak[index]) brokenSinceLast = true;
    if (nightClass !== 'H') return;
    if (brokenSinceLast) occasion += 1;
    brokenSinceLast = false;
    nights.occasion[index] = occasion;
  });
}
