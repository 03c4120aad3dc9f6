import { notBefore, notInFuture } from './date-checks';
import type { TDomainEntry } from './care-inputs';
import { longDate } from './dates';
import { badInput, conflict } from './errors';

/**
 * Assessment & acuity (CT PSH training): pure rules. The acuity domains, their anchors and the
 * score → service-intensity tiers are program data passed in, never constants here.
 */

export interface AcuityDomainDef {
  key: string;
  name: string;
  anchorLow: string;
  anchorHigh: string;
}

export interface AcuityTierDef {
  name: string;
  minTotal: number;
  maxTotal: number;
  intensity: string;
}

export interface DomainScore {
  score: number | null;
  strengths?: string | null | undefined;
  challenges?: string | null | undefined;
}

/** The total of scored domains and the service-intensity tier the program's table gives it. */
export function acuityTier(
  scores: Record<string, DomainScore | undefined>,
  tiers: readonly AcuityTierDef[],
): { total: number; scored: number; tier: AcuityTierDef | null; reasons: string[] } {
  const values = Object.values(scores)
    .map((s) => s?.score)
    .filter((s): s is number => typeof s === 'number');
  const total = values.reduce((a, b) => a + b, 0);
  const tier = tiers.find((t) => total >= t.minTotal && total <= t.maxTotal) ?? null;
  const reasons = [
    tier
      ? `Total acuity ${total} across ${values.length} domains falls in “${tier.name}” (${tier.minTotal}–${tier.maxTotal}): ${tier.intensity}`
      : `Total acuity ${total} across ${values.length} domains matches no tier in the program’s table.`,
  ];
  return { total, scored: values.length, tier, reasons };
}

/** An assessment is complete only when every domain of the program has a score. */
export function missingDomains(
  scores: Record<string, DomainScore | undefined>,
  domains: readonly Pick<AcuityDomainDef, 'key' | 'name'>[],
): string[] {
  return domains.filter((d) => typeof scores[d.key]?.score !== 'number').map((d) => d.name);
}

/**
 * Scores now: the last completed version with the interim updates since applied in the order
 * given (oldest first). Updates recorded against another version are ignored.
 */
export function currentScores(
  latest: { id: string; domains: Record<string, TDomainEntry> } | null,
  updates: readonly { assessmentId: string; domainKey: string; newScore: number }[],
): Record<string, TDomainEntry> {
  if (!latest) return {};
  const scores: Record<string, TDomainEntry> = structuredClone(latest.domains);
  for (const u of updates) {
    if (u.assessmentId !== latest.id) continue;
    scores[u.domainKey] = { strengths: '', challenges: '', ...scores[u.domainKey], score: u.newScore };
  }
  return scores;
}

/** A saved domains section scores only the program's own domains. */
export function checkAssessmentDomains(
  domains: Record<string, unknown>,
  programDomainKeys: readonly string[],
): void {
  const known = new Set(programDomainKeys);
  const unknown = Object.keys(domains).find((key) => !known.has(key));
  if (unknown !== undefined)
    badInput(`domains.${unknown}`, 'This is not one of the program’s acuity domains.');
}

/** Completing a draft: every domain scored, on a day that has happened. */
export function checkAssessmentCompletion(check: {
  scores: Record<string, DomainScore | undefined>;
  domains: readonly Pick<AcuityDomainDef, 'key' | 'name'>[];
  completedOn: string;
  today: string;
}): void {
  notInFuture('completedOn', check.completedOn, check.today);
  const missing = missingDomains(check.scores, check.domains);
  if (missing.length > 0)
    badInput('domains', `Score every domain before completing; still to score: ${missing.join(', ')}.`);
}

export interface InterimUpdateCheck {
  updateDate: string;
  domainKey: string;
  newScore: number;
  reason: string;
  today: string;
  domainKeys: readonly string[];
  /** The completed assessment the update follows; null when none is completed yet. */
  lastCompletedOn: string | null;
  currentScore: number | null;
}

/** An interim update records a change between full assessments: date, domain, new score, why. */
export function validateInterimUpdate(check: InterimUpdateCheck): { reasons: string[] } {
  if (!check.lastCompletedOn)
    conflict('Complete a full assessment first; an interim update records a change since the last one.');
  if (!check.domainKeys.includes(check.domainKey))
    badInput('domainKey', 'This is not one of the program’s acuity domains.');
  if (!Number.isInteger(check.newScore) || check.newScore < 1 || check.newScore > 5)
    badInput('newScore', 'The score must be a whole number from 1 to 5.');
  notInFuture('updateDate', check.updateDate, check.today);
  notBefore('updateDate', check.updateDate, check.lastCompletedOn, 'the last full assessment');
  if (check.reason.trim().length < 3) badInput('reason', 'Say why the score changed.');
  if (check.currentScore === check.newScore)
    badInput('newScore', `This is the same as the current score (${check.currentScore}); nothing changed.`);
  const on = longDate(check.updateDate);
  return {
    reasons: [
      check.currentScore === null
        ? `New score ${check.newScore} on ${on}.`
        : `Score ${check.currentScore} → ${check.newScore} on ${on}.`,
    ],
  };
}

export interface DomainChange {
  domainKey: string;
  from: number | null;
  to: number | null;
}

/** What changed in the scores between two versions (or a version and the current scores). */
export function scoreChanges(
  before: Record<string, DomainScore | undefined> | null,
  after: Record<string, DomainScore | undefined>,
): DomainChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  const changes: DomainChange[] = [];
  for (const key of keys) {
    const from = before?.[key]?.score ?? null;
    const to = after[key]?.score ?? null;
    if (from !== to) changes.push({ domainKey: key, from, to });
  }
  return changes.sort((a, b) => a.domainKey.localeCompare(b.domainKey));
}
