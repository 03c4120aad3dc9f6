import { describe, expect, it } from 'vitest';
import { KINDS } from './world';
import { inputSchemaOf, procedurePaths, PROCEDURES } from './procedures';
import { knownIssues } from './known-issues';

describe('security suite: every procedure is classified', () => {
  it('PROCEDURES names every procedure of the app router, and nothing else', () => {
    const paths = procedurePaths();
    expect(paths.length).toBeGreaterThan(80);
    expect(
      paths.filter((p) => !(p in PROCEDURES)),
      'procedures missing from security/procedures.ts',
    ).toEqual([]);
    expect(Object.keys(PROCEDURES).filter((p) => !paths.includes(p))).toEqual([]);
  });

  it('every top-level field named like an id is classified with a kind (and a scope)', () => {
    const unclassified: string[] = [];
    for (const path of procedurePaths()) {
      const schema = inputSchemaOf(path) as {
        shape?: Record<string, unknown>;
        options?: { shape: object }[];
      };
      const shapes = schema?.shape ? [schema.shape] : (schema?.options ?? []).map((o) => o.shape);
      const keys = new Set(shapes.flatMap((s) => Object.keys(s)));
      for (const key of keys) {
        if (!/Id$/.test(key)) continue;
        const entry = PROCEDURES[path]!;
        if (!entry.ids?.[key] || !entry.scope) unclassified.push(`${path} ${key}`);
      }
      for (const kinds of Object.values(PROCEDURES[path]?.ids ?? {})) {
        for (const k of kinds) expect(KINDS).toContain(k);
      }
    }
    expect(unclassified, 'id fields with no kind in security/procedures.ts').toEqual([]);
  });

  it('every known issue names a classified procedure and an issue', () => {
    for (const k of knownIssues) {
      expect(k.issue).toMatch(/^#\d+/);
      for (const procedure of Object.keys(k.findings)) expect(PROCEDURES[procedure], procedure).toBeDefined();
    }
  });
});
