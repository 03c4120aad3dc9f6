import { expect } from 'vitest';

/**
 * Bugs the security suite finds on main that another change is fixing. An entry keeps the suite
 * green while its bug stands and fails the suite once the bug is gone ("fixed: remove it"), so the
 * lead removes the entry when the fix merges. Never add an entry to hide a new finding: fix it.
 *
 * A finding reads `field: what was sent  what came back`, e.g. `body: NUL answers 500`; `[]` stands
 * for any item of a list, and `*` for anything sent.
 */
export interface KnownIssue {
  issue: string;
  suite: 'scope' | 'markers' | 'fuzz';
  /** Findings by procedure. */
  findings: Record<string, readonly string[]>;
}

/**
 * Empty: every finding of issue #10 that this suite found (NUL and lone surrogates answering 500,
 * numbers past 32 bits, dates without a field) is fixed. Keep it empty.
 */
export const knownIssues: readonly KnownIssue[] = [];

function matches(pattern: string, finding: string): boolean {
  if (pattern === finding) return true;
  const [field, rest] = pattern.split(': * ');
  return rest !== undefined && finding.startsWith(`${field}: `) && finding.endsWith(` ${rest}`);
}

/** The known findings of one procedure in one suite. */
export function knownFindings(suite: KnownIssue['suite'], procedure: string): string[] {
  return knownIssues.filter((k) => k.suite === suite).flatMap((k) => k.findings[procedure] ?? []);
}

/** Findings no known issue accounts for. */
export function newFindings(suite: KnownIssue['suite'], procedure: string, findings: string[]): string[] {
  const known = knownFindings(suite, procedure);
  return [...new Set(findings)].filter((f) => !known.some((k) => matches(k, f))).sort();
}

/** Fails on a finding that is not a known issue, and on a known issue that no longer shows. */
export function expectOnlyKnownIssues(
  suite: KnownIssue['suite'],
  procedure: string,
  findings: string[],
  /** Which known findings this run is held to show (a run that tries only some values). */
  holds: (known: string) => boolean = () => true,
): void {
  expect(newFindings(suite, procedure, findings), `${procedure}: new ${suite} findings`).toEqual([]);
  const stale = knownFindings(suite, procedure)
    .filter(holds)
    .filter((k) => !findings.some((f) => matches(k, f)));
  expect(stale, `${procedure}: fixed, remove from knownIssues in security/known-issues.ts`).toEqual([]);
}
