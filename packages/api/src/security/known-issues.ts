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

export const knownIssues: readonly KnownIssue[] = [
  {
    issue: '#10 finding 2: a NUL byte in free text answers 500 (the database refuses it)',
    suite: 'fuzz',
    findings: {
      'staff.people.list': ['search: NUL answers 500'],
      'staff.warmHandoffs.record': [
        'fromProvider: NUL answers 500',
        'fromWorker: NUL answers 500',
        'participants: NUL answers 500',
        'programAndRolesExplained: NUL answers 500',
        'strengths: NUL answers 500',
        'planForWorkingTogether: NUL answers 500',
      ],
      'staff.assessments.saveSection': [
        'housingHistory.placesLived: NUL answers 500',
        'housingHistory.leaseholderExperience: NUL answers 500',
        'housingHistory.rolesAndResponsibilities: NUL answers 500',
        'housingHistory.whatWorked: NUL answers 500',
        'housingHistory.whatDidNotWork: NUL answers 500',
        'housingHistory.satisfaction: NUL answers 500',
        'housingHistory.housingGoals: NUL answers 500',
        'homelessnessHistory.causeOfFirstEpisode: NUL answers 500',
        'homelessnessHistory.lengthOfTime: NUL answers 500',
        'homelessnessHistory.placesStayed: NUL answers 500',
        'homelessnessHistory.routine: NUL answers 500',
        'homelessnessHistory.supports: NUL answers 500',
      ],
      'staff.goals.create': [
        'statement: NUL answers 500',
        'markers.[].description: NUL answers 500',
        'steps.[].description: NUL answers 500',
        'steps.[].partnerName: NUL answers 500',
        'soThat: NUL answers 500',
        'longTermGoal: NUL answers 500',
      ],
      'staff.goals.addNote': ['body: NUL answers 500'],
      'staff.goals.end': ['reason: NUL answers 500'],
      'staff.goalProposals.decline': ['response: NUL answers 500'],
      'staff.harmReduction.create': [
        'housingRisk: NUL answers 500',
        'options.[].option: NUL answers 500',
        'options.[].factorsFor: NUL answers 500',
        'options.[].factorsAgainst: NUL answers 500',
        'options.[].landlordNonNegotiable: NUL answers 500',
        'options.[].tenantNonNegotiable: NUL answers 500',
      ],
      'staff.resources.create': [
        'name: NUL answers 500',
        'contact: NUL answers 500',
        'provides: NUL answers 500',
      ],
      'staff.resources.update': ['contact: NUL answers 500', 'provides: NUL answers 500'],
      'staff.linkages.create': ['purpose: NUL answers 500'],
      'staff.linkages.checkIn': ['note: NUL answers 500'],
      'staff.serviceHubs.create': ['name: NUL answers 500', 'area: NUL answers 500'],
      'staff.serviceHubs.update': ['area: NUL answers 500'],
      'staff.referrals.create': [
        'person.firstName: NUL answers 500',
        'person.lastName: NUL answers 500',
        'person.preferredName: NUL answers 500',
        'person.phone: NUL answers 500',
        'caseConferencingNotes: NUL answers 500',
      ],
      'staff.enrollment.upsert': [
        'newMembers.[].firstName: NUL answers 500',
        'newMembers.[].lastName: NUL answers 500',
        'newMembers.[].preferredName: NUL answers 500',
        'newMembers.[].phone: NUL answers 500',
      ],
      'staff.homelessness.recordSituation': ['notes: NUL answers 500'],
      'staff.stays.add': ['locationDescription: NUL answers 500', 'notes: NUL answers 500'],
      'staff.disability.addEvidence': [
        'professionalName: NUL answers 500',
        'benefit: NUL answers 500',
        'notes: NUL answers 500',
      ],
      'staff.determinations.record': ['notes: NUL answers 500'],
      'staff.rent.save': ['incomes.[].label: NUL answers 500'],
      'staff.grievances.respond': ['response: NUL answers 500'],
      'tenant.goals.addNote': ['body: NUL answers 500'],
      'tenant.goals.propose': ['goal: NUL answers 500', 'soThat: NUL answers 500'],
      'tenant.goals.respond': ['comment: NUL answers 500'],
      'tenant.leaseIssues.respond': ['body: NUL answers 500'],
      'tenant.repairs.create': [
        'description: NUL answers 500',
        'location: NUL answers 500',
        'accessNotes: NUL answers 500',
      ],
      'tenant.grievances.create': ['description: NUL answers 500'],
      'property.leases.addLedgerEntry': ['memo: NUL answers 500'],
      'property.leaseIssues.create': ['description: NUL answers 500'],
      'property.repairs.triage': ['note: NUL answers 500'],
      'property.repairs.schedule': ['noticeGiven: NUL answers 500'],
      'property.repairs.complete': ['note: NUL answers 500'],
      'property.grievances.respond': ['response: NUL answers 500'],
    },
  },
  {
    issue: '#10 finding 2: a number past 32 bits in a 32-bit column answers 500',
    suite: 'fuzz',
    findings: {
      'staff.assessments.saveSection': ['version: past 32 bits answers 500'],
      'staff.rent.save': [
        'incomes.[].annualCents: past 32 bits answers 500',
        'contractRentMonthlyCents: past 32 bits answers 500',
      ],
      'tenant.goals.respond': ['planVersion: past 32 bits answers 500'],
      'property.leases.addLedgerEntry': ['amountCents: past 32 bits answers 500'],
    },
  },
  {
    issue: '#10 finding 7: a date that is not a date answers 400 with no field (fieldErrors: null)',
    suite: 'fuzz',
    findings: {
      'staff.stays.add': ['start: * answers 400 without a field', 'end: * answers 400 without a field'],
    },
  },
  {
    issue:
      '#10, found by this suite: a lone UTF-16 surrogate in text stored as jsonb answers 500 (NUL and control-character refusal does not cover it)',
    suite: 'fuzz',
    findings: {
      'staff.assessments.saveSection': [
        'housingHistory.placesLived: lone surrogate answers 500',
        'housingHistory.leaseholderExperience: lone surrogate answers 500',
        'housingHistory.rolesAndResponsibilities: lone surrogate answers 500',
        'housingHistory.whatWorked: lone surrogate answers 500',
        'housingHistory.whatDidNotWork: lone surrogate answers 500',
        'housingHistory.satisfaction: lone surrogate answers 500',
        'housingHistory.housingGoals: lone surrogate answers 500',
        'homelessnessHistory.causeOfFirstEpisode: lone surrogate answers 500',
        'homelessnessHistory.lengthOfTime: lone surrogate answers 500',
        'homelessnessHistory.placesStayed: lone surrogate answers 500',
        'homelessnessHistory.routine: lone surrogate answers 500',
        'homelessnessHistory.supports: lone surrogate answers 500',
      ],
      'staff.harmReduction.create': [
        'options.[].option: lone surrogate answers 500',
        'options.[].factorsFor: lone surrogate answers 500',
        'options.[].factorsAgainst: lone surrogate answers 500',
        'options.[].landlordNonNegotiable: lone surrogate answers 500',
        'options.[].tenantNonNegotiable: lone surrogate answers 500',
      ],
      'staff.rent.save': ['incomes.[].label: lone surrogate answers 500'],
    },
  },
];

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
