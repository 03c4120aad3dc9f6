import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOnlyKnownIssues } from './known-issues';
import { outcome, RANDOM_UUID } from './outcome';
import { PROCEDURES } from './procedures';
import { buildWorld, type Kind, type World } from './world';

/**
 * The authorization matrix, across scopes: every procedure that takes an id is called, as a side-A
 * account, with ids from elsewhere (another caseload, another property, another tenant, and records
 * of another kind, e.g. a services id on a property procedure). Each must answer exactly as an id
 * that does not exist does: 404, "No such …", so nothing tells the caller the record is there.
 */

/** Records of another kind tried on each side's id fields (own side's ids: in scope, wrong kind). */
const WRONG_KIND: Record<string, readonly Kind[]> = {
  property: [
    'person',
    'goal',
    'proposal',
    'assessment',
    'linkage',
    'application',
    'referral',
    'stay',
    'servicesGrievance',
  ],
  staff: ['lease', 'leaseIssue', 'repair', 'housingGrievance', 'unit'],
  tenant: ['person', 'assessment', 'application', 'referral', 'unit', 'lease'],
};

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});
afterAll(() => w.app.handle.close());

const withIds = Object.entries(PROCEDURES).filter(([, p]) => p.ids && p.as);

describe('scope: foreign ids answer like ids that do not exist', () => {
  it('covers the procedures that take an id', () => {
    expect(withIds.length).toBeGreaterThan(45);
  });

  for (const [path, p] of withIds) {
    it(`${path} (${p.scope})`, async () => {
      const caller = w.as[p.as!];
      const side = path.split('.')[0]!;
      const base = p.input!(w, w.a) as Record<string, unknown>;
      const findings: string[] = [];
      for (const [field, kinds] of Object.entries(p.ids!)) {
        const directory = p.directory?.includes(field) || p.filters?.includes(field);
        const missing = await outcome(caller, path, { ...base, [field]: RANDOM_UUID });
        const scopeMiss = missing.status === 404 && /^No such [a-z ]+\.$/.test(missing.message);
        if (p.filters?.includes(field) ? missing.status !== 200 : !directory && !scopeMiss) {
          findings.push(`${field}: an unknown id answers ${missing.status} "${missing.message}"`);
        }
        const foreign: [string, string][] = [];
        if (p.scope !== 'program' && !directory) {
          for (const k of kinds) if (!w.programWide.has(k)) foreign.push([`side B ${k}`, w.b[k]]);
        }
        for (const k of WRONG_KIND[side] ?? []) if (!kinds.includes(k)) foreign.push([`own ${k}`, w.a[k]]);
        for (const [label, id] of foreign) {
          const got = await outcome(caller, path, { ...base, [field]: id });
          const same =
            got.status === missing.status &&
            got.message === missing.message &&
            JSON.stringify(got.data) === JSON.stringify(missing.data);
          if (!same || got.status >= 500 || (got.status === 200 && !p.filters?.includes(field))) {
            findings.push(`${field}: ${label} answers ${got.status} "${got.message.slice(0, 80)}"`);
          }
        }
      }
      expectOnlyKnownIssues('scope', path, findings);
    });
  }
});
