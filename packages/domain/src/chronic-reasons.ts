/** The reasons a chronic-homelessness assessment gives, in words a case manager reads. */
import type { ChronicBreak, ChronicMonth, TStayLocation } from './chronic';
import { compareDates, longDate, longMonth } from './dates';
import { evidenceLabel, type THomelessEvidenceType } from './evidence';

export const REQUIRED_OCCASIONS = 4;
export const MAX_SELF_CERTIFIED = 3;

const LOCATION_LABELS: Record<TStayLocation, string> = {
  place_not_meant_for_habitation: 'a place not meant for human habitation',
  emergency_shelter: 'an emergency shelter',
  safe_haven: 'a safe haven',
  institution: 'an institution',
  transitional_housing: 'transitional housing',
  housed: 'housing',
  unknown: 'an unknown place',
};

export interface Explanation {
  asOfDate: string;
  lookbackStart: string;
  hasDisability: boolean;
  currentlyQualifying: boolean;
  currentLocation: TStayLocation | null;
  months: ChronicMonth[];
  breaks: ChronicBreak[];
  occasions: number;
  monthsCounted: number;
  currentOccasionMonths: number;
  recent: { strong: number; selfCertified: number };
  all: { strong: number; selfCertified: number };
  continuousFacts: boolean;
  fourOccasionFacts: boolean;
  continuousDocs: boolean;
  fourOccasionDocs: boolean;
}

export function explain(facts: Explanation): string[] {
  const reasons: string[] = [];
  reasons.push(
    facts.hasDisability
      ? 'The head of household has a qualifying disability.'
      : 'A qualifying disability of the head of household is not established.',
  );
  const asOf = longDate(facts.asOfDate);
  const where = facts.currentLocation ? LOCATION_LABELS[facts.currentLocation] : 'a place not recorded';
  reasons.push(
    facts.currentlyQualifying
      ? `On ${asOf} the person is in ${where}, which counts as homeless.`
      : `On ${asOf} the person is in ${where}: not currently living on the street, in an emergency shelter or a safe haven${facts.currentLocation === 'institution' ? ' (or a qualifying institution stay)' : ''}.`,
  );

  const byEvidence = (type: THomelessEvidenceType) =>
    facts.months.filter((m) => m.countedOnFacts && m.bestEvidence === type).length;
  const undocumented = facts.months.filter((m) => m.countedOnFacts && m.bestEvidence === null).length;
  reasons.push(
    `${facts.monthsCounted} month(s) counted between ${longDate(facts.lookbackStart)} and ${asOf}: ${byEvidence('third_party')} by ${evidenceLabel('third_party').toLowerCase()}, ${byEvidence('intake_observation')} by ${evidenceLabel('intake_observation').toLowerCase()}, ${byEvidence('self_certification')} self-certified${undocumented ? `, ${undocumented} with no documentation` : ''}.`,
  );
  const brokenMonths = facts.months.filter((m) => m.status === 'break' && m.homelessNights > 0);
  if (brokenMonths.length) {
    reasons.push(
      `Not credited because the month holds a break of 7 or more nights: ${brokenMonths.map((m) => longMonth(m.month)).join(', ')}.`,
    );
  }
  const windowBreaks = facts.breaks.filter((b) => compareDates(b.end, facts.lookbackStart) >= 0);
  if (windowBreaks.length) {
    reasons.push(
      `Breaks of 7 or more nights: ${windowBreaks.map((b) => `${longDate(b.start)} to ${longDate(b.end)} (${b.nights} nights)`).join('; ')}.`,
    );
  }

  reasons.push(
    `Current occasion: ${facts.currentOccasionMonths} consecutive counted month(s) ending ${longMonth(facts.asOfDate)}${facts.continuousFacts ? '' : ' (12 needed for the continuous path)'}.`,
  );
  if (facts.continuousFacts) {
    reasons.push(
      facts.continuousDocs
        ? `Of the 12 most recent months, ${facts.recent.selfCertified} are self-certified (3 at most): documented.`
        : `Of the 12 most recent months, ${facts.recent.strong} have third-party or intake-worker evidence and ${facts.recent.selfCertified} are self-certified; at least 9 need higher-priority evidence and every month some evidence.`,
    );
  }
  reasons.push(
    `${facts.occasions} occasion(s) of homelessness in the last 3 years${facts.fourOccasionFacts ? ', with at least 12 months counted' : facts.occasions >= REQUIRED_OCCASIONS ? ', but fewer than 12 months counted' : ' (4 needed for the episodic path)'}.`,
  );
  if (facts.fourOccasionFacts) {
    const usable = facts.all.strong + Math.min(facts.all.selfCertified, MAX_SELF_CERTIFIED);
    reasons.push(
      facts.fourOccasionDocs
        ? `${usable} documented months usable across the occasions (self-certification limited to 3): documented.`
        : `Only ${usable} documented months are usable across the occasions (self-certification limited to 3); 12 are needed.`,
    );
  }
  return reasons;
}
