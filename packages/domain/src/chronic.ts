import { z } from 'zod';

import { addYears, compareDates, daysInMonth, longDate, toDayNumber } from './dates';
import { evidenceRank, ZHomelessEvidenceType } from './evidence';
import type { THomelessEvidenceType } from './evidence';
import {
  assignOccasions,
  BREAK_MIN_NIGHTS,
  classifyNights,
  markBreaks,
  type NightClass,
  type Nights,
  type Stay,
} from './chronic-nights';
import { explain, MAX_SELF_CERTIFIED, REQUIRED_OCCASIONS } from './chronic-reasons';
import { parseInput, ZIsoDate } from './validation';

export const STAY_LOCATIONS = [
  'place_not_meant_for_habitation',
  'emergency_shelter',
  'safe_haven',
  'institution',
  'transitional_housing',
  'housed',
  'unknown',
] as const;
export const ZStayLocation = z.enum(STAY_LOCATIONS);
export type TStayLocation = z.infer<typeof ZStayLocation>;

export const ZStay = z.object({
  start: ZIsoDate,
  /** The last night spent there, inclusive. */
  end: ZIsoDate,
  location: ZStayLocation,
  documentation: ZHomelessEvidenceType.nullish(),
});
export type TStay = z.input<typeof ZStay>;

export const ZAssessChronicHomelessnessInput = z
  .object({
    asOfDate: ZIsoDate,
    hasQualifyingDisability: z.boolean().nullish(),
    stays: z.array(ZStay),
  })
  .superRefine((value, ctx) => {
    value.stays.forEach((stay, index) => {
      if (compareDates(stay.end, stay.start) < 0) {
        ctx.addIssue({
          code: 'custom',
          message: 'The end is before the start.',
          path: ['stays', index, 'end'],
        });
      }
    });
    const order = value.stays
      .map((stay, index) => ({ stay, index }))
      .sort((a, b) => compareDates(a.stay.start, b.stay.start));
    for (let i = 1; i < order.length; i += 1) {
      const previous = order[i - 1];
      const current = order[i];
      if (previous && current && compareDates(current.stay.start, previous.stay.end) <= 0) {
        ctx.addIssue({
          code: 'custom',
          message: `This stay overlaps the one from ${longDate(previous.stay.start)} to ${longDate(previous.stay.end)}.`,
          path: ['stays', current.index, 'start'],
        });
      }
    }
  });
export type TAssessChronicHomelessnessInput = z.input<typeof ZAssessChronicHomelessnessInput>;

export type ChronicMonthStatus = 'counted' | 'self_certified' | 'break' | 'not_documented' | 'not_homeless';

export interface ChronicMonth {
  month: string;
  status: ChronicMonthStatus;
  bestEvidence: THomelessEvidenceType | null;
  /** Counts toward `monthsCounted` on the facts, whatever its documentation. */
  countedOnFacts: boolean;
  homelessNights: number;
  /** Part of the run of consecutive counted months of the current occasion. */
  inCurrentOccasion: boolean;
}

export interface ChronicBreak {
  start: string;
  end: string;
  nights: number;
}

export interface ChronicAssessment {
  chronic: boolean;
  path: 'continuous_12_months' | 'four_occasions_12_months' | null;
  monthsCounted: number;
  occasions: number;
  currentOccasionMonths: number;
  selfCertifiedMonths: number;
  meetsDefinitionOnFacts: boolean;
  documentationSufficient: boolean | null;
  currentlyQualifying: boolean;
  lookbackStart: string;
  months: ChronicMonth[];
  breaks: ChronicBreak[];
  reasons: string[];
}

const REQUIRED_MONTHS = 12;
const LOOKBACK_YEARS = 3;

/**
 * Chronic homelessness under 24 CFR 578.3 (2015 rule), computed as RULES.md §2.2 and §9.1 state.
 */
export function assessChronicHomelessness(input: TAssessChronicHomelessnessInput): ChronicAssessment {
  const parsed = parseInput(ZAssessChronicHomelessnessInput, input);
  const asOfDate = parsed.asOfDate;
  const hasDisability = parsed.hasQualifyingDisability === true;
  const lookbackStart = addYears(asOfDate, -LOOKBACK_YEARS);
  const reasons: string[] = [];

  const stays = [...parsed.stays].sort((a, b) => compareDates(a.start, b.start));
  const ignored = stays.filter((stay) => compareDates(stay.start, asOfDate) > 0).length;
  if (ignored > 0) reasons.push(`${ignored} stay(s) starting after ${longDate(asOfDate)} are ignored.`);
  const relevant = stays.filter((stay) => compareDates(stay.start, asOfDate) <= 0);

  const nights = classifyNights(relevant, asOfDate, reasons);
  const breaks = markBreaks(nights);
  assignOccasions(nights);

  const asOfDay = toDayNumber(asOfDate);
  const windowStartDay = toDayNumber(lookbackStart);
  const classOf = (day: number): NightClass => nights.classes[day - nights.firstDay] ?? 'U';

  const occasionIds = new Set<number>();
  for (let day = Math.max(windowStartDay, nights.firstDay); day <= asOfDay; day += 1) {
    const occasion = nights.occasion[day - nights.firstDay];
    if (occasion !== undefined && occasion > 0) occasionIds.add(occasion);
  }
  const occasions = occasionIds.size;

  const months = buildMonths(nights, lookbackStart, asOfDate);
  const counted = months.filter((month) => month.countedOnFacts);
  const monthsCounted = counted.length;

  const currentlyQualifying = classOf(asOfDay) === 'H';
  const currentOccasion = latestOccasion(nights, asOfDay);
  const currentRun = currentOccasionRun(months, nights, currentOccasion, windowStartDay, asOfDate);
  for (const month of currentRun) month.inCurrentOccasion = true;
  const currentOccasionMonths = currentRun.length;

  const tally = (list: ChronicMonth[]) => ({
    strong: list.filter((m) => m.bestEvidence === 'third_party' || m.bestEvidence === 'intake_observation')
      .length,
    selfCertified: list.filter((m) => m.bestEvidence === 'self_certification').length,
  });
  const recent = tally(currentRun.slice(0, REQUIRED_MONTHS));
  const all = tally(counted);
  const selfCertifiedMonths = all.selfCertified;

  const continuousFacts = currentOccasionMonths >= REQUIRED_MONTHS;
  const fourOccasionFacts = occasions >= REQUIRED_OCCASIONS && monthsCounted >= REQUIRED_MONTHS;
  // "≤ 3 self-certified among the 12 most recent" and "every month documented" in one sum.
  const continuousDocs =
    recent.strong + Math.min(recent.selfCertified, MAX_SELF_CERTIFIED) >= REQUIRED_MONTHS;
  const fourOccasionDocs = all.strong + Math.min(all.selfCertified, MAX_SELF_CERTIFIED) >= REQUIRED_MONTHS;

  const meetsDefinitionOnFacts =
    hasDisability && currentlyQualifying && (continuousFacts || fourOccasionFacts);
  const documentationSufficient =
    continuousFacts || fourOccasionFacts
      ? (continuousFacts && continuousDocs) || (fourOccasionFacts && fourOccasionDocs)
      : null;
  const chronic = hasDisability && currentlyQualifying && documentationSufficient === true;
  const path = !chronic
    ? null
    : continuousFacts && continuousDocs
      ? 'continuous_12_months'
      : 'four_occasions_12_months';

  reasons.unshift(
    ...explain({
      asOfDate,
      lookbackStart,
      hasDisability,
      currentlyQualifying,
      currentLocation: locationOn(relevant, asOfDate),
      months,
      breaks,
      occasions,
      monthsCounted,
      currentOccasionMonths,
      recent,
      all,
      continuousFacts,
      fourOccasionFacts,
      continuousDocs,
      fourOccasionDocs,
    }),
  );
  reasons.push(
    chronic
      ? `Chronically homeless by the ${path === 'continuous_12_months' ? 'continuous 12-month' : 'four-occasion'} path.`
      : 'Not chronically homeless on this record.',
  );

  return {
    chronic,
    path,
    monthsCounted,
    occasions,
    currentOccasionMonths,
    selfCertifiedMonths,
    meetsDefinitionOnFacts,
    documentationSufficient,
    currentlyQualifying,
    lookbackStart,
    months,
    breaks,
    reasons,
  };
}

/** Step 4: every calendar month from the lookback start's month through asOfDate's month. */
function buildMonths(nights: Nights, lookbackStart: string, asOfDate: string): ChronicMonth[] {
  const windowStartDay = toDayNumber(lookbackStart);
  const asOfDay = toDayNumber(asOfDate);
  const months: ChronicMonth[] = [];
  let year = Number(lookbackStart.slice(0, 4));
  let month = Number(lookbackStart.slice(5, 7));
  const lastKey = asOfDate.slice(0, 7);
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    const firstDay = toDayNumber(`${key}-01`);
    const lastDay = Math.min(firstDay + daysInMonth(year, month) - 1, asOfDay);

    let homelessNights = 0;
    let hasN = false;
    let longestBreakRun = 0;
    let breakRun = 0;
    let best: THomelessEvidenceType | null = null;
    for (let day = firstDay; day <= lastDay; day += 1) {
      const index = day - nights.firstDay;
      const nightClass = nights.classes[index] ?? 'U';
      breakRun = nights.isBreak[index] ? breakRun + 1 : 0;
      longestBreakRun = Math.max(longestBreakRun, breakRun);
      if (nightClass === 'N') hasN = true;
      // The boundary month counts only through H nights on or after the lookback start.
      if (nightClass === 'H' && day >= windowStartDay) {
        homelessNights += 1;
        const evidence = nights.evidence[index] ?? null;
        if (evidence && (best === null || evidenceRank(evidence) < evidenceRank(best))) best = evidence;
      }
    }
    // Single-encounter rule: one homeless night credits the month, unless the month itself holds
    // a documented break of 7+ consecutive nights.
    const countedOnFacts = homelessNights > 0 && longestBreakRun < BREAK_MIN_NIGHTS;
    let status: ChronicMonthStatus;
    if (countedOnFacts) {
      status =
        best === null ? 'not_documented' : best === 'self_certification' ? 'self_certified' : 'counted';
    } else if (longestBreakRun >= BREAK_MIN_NIGHTS) status = 'break';
    else status = hasN ? 'not_homeless' : 'not_documented';
    months.push({
      month: key,
      status,
      bestEvidence: countedOnFacts ? best : null,
      countedOnFacts,
      homelessNights,
      inCurrentOccasion: false,
    });

    if (key === lastKey) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/**
 * The occasion of the most recent H night on or before asOfDate. We take it even when asOfDate
 * itself is not H, because §9.1 wants `documentationSufficient` whatever the current location.
 */
function latestOccasion(nights: Nights, asOfDay: number): number {
  for (let day = asOfDay; day >= nights.firstDay; day -= 1) {
    const occasion = nights.occasion[day - nights.firstDay] ?? 0;
    if (occasion > 0) return occasion;
  }
  return 0;
}

/** Step 6: counted months, newest first, back from asOfDate's month, holding the occasion. */
function currentOccasionRun(
  months: ChronicMonth[],
  nights: Nights,
  occasion: number,
  windowStartDay: number,
  asOfDate: string,
): ChronicMonth[] {
  const run: ChronicMonth[] = [];
  if (occasion === 0) return run;
  const asOfDay = toDayNumber(asOfDate);
  for (let i = months.length - 1; i >= 0; i -= 1) {
    const month = months[i];
    if (!month || !month.countedOnFacts) break;
    const [year, monthNumber] = month.month.split('-').map(Number) as [number, number];
    const monthStart = toDayNumber(`${month.month}-01`);
    const firstDay = Math.max(monthStart, windowStartDay);
    const lastDay = Math.min(monthStart + daysInMonth(year, monthNumber) - 1, asOfDay);
    let holdsOccasion = false;
    for (let day = firstDay; day <= lastDay && !holdsOccasion; day += 1) {
      holdsOccasion = nights.occasion[day - nights.firstDay] === occasion;
    }
    if (!holdsOccasion) break;
    run.push(month);
  }
  return run;
}

function locationOn(stays: Stay[], date: string): TStayLocation | null {
  const stay = stays.find(
    (candidate) => compareDates(candidate.start, date) <= 0 && compareDates(candidate.end, date) >= 0,
  );
  return stay ? stay.location : null;
}
