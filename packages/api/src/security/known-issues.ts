import { expect } from 'vitest';

/**
 * Bugs the security suite finds on main that another change is fixing. Each entry keeps the suite
 * green while the bug stands, and fails the suite once the bug is gone ("fixed: remove it"), so
 * the entry is removed when its fix merges. Never add an entry to hide a new finding: fix it.
 */
export interface KnownIssue {
  suite: 'scope' | 'markers' | 'fuzz';
  procedure: string;
  /** The input field (fuzz: a dotted path, `[]` for any array item) and what was sent or seen. */
  finding: string;
  issue: string;
}

export const knownIssues: readonly KnownIssue[] = [];

/** Fails on a finding that is not a known issue, and on a known issue that no longer shows. */
export function expectOnlyKnownIssues(suite: KnownIssue['suite'], procedure: string, findings: string[]): void {
  const known = knownIssues.filter((k) => k.suite === suite && k.procedure === procedure).map((k) => k.finding);
  const found = [...new Set(findings)].sort();
  expect(
    found.filter((f) => !known.includes(f)),
    `${procedure}: new ${suite} findings`,
  ).toEqual([]);
  expect(
    known.filter((k) => !found.includes(k)),
    `${procedure}: fixed, remove from knownIssues in security/known-issues.ts`,
  ).toEqual([]);
}
