import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The separation of roles, checked mechanically: nothing the property namespace runs may reach
 * services code. We follow every value import (type-only imports carry no data) from the property
 * routers through the workspace and fail if a services module is reachable.
 */
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export const SERVICES = [
  'packages/api/src/routers/staff/',
  'packages/api/src/routers/tenant/',
  'packages/db/src/queries/staff/',
  'packages/db/src/queries/tenant/',
  'packages/db/src/schema/services/',
];

const WORKSPACE: Record<string, string> = {};
for (const dir of ['packages', 'apps']) {
  for (const name of readdirSync(join(repo, dir))) {
    const pkgFile = join(repo, dir, name, 'package.json');
    if (!existsSync(pkgFile)) continue;
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as {
      name: string;
      exports?: Record<string, string>;
    };
    for (const [sub, target] of Object.entries(pkg.exports ?? {})) {
      if (typeof target === 'string') {
        WORKSPACE[sub === '.' ? pkg.name : `${pkg.name}/${sub.slice(2)}`] = join(repo, dir, name, target);
      }
    }
  }
}

function resolveFile(base: string): string | null {
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Value imports and re-exports of a file (skips `import type` and `export type`). */
export function valueImports(source: string): string[] {
  const specs: string[] = [];
  const re = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/g;
  for (const m of source.matchAll(re)) if (!m[2]) specs.push(m[3]!);
  for (const m of source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]!);
  return specs;
}

export function reachable(entries: string[]): Map<string, string> {
  const seen = new Map<string, string>(); // file -> the file that imported it
  const queue: [string, string][] = entries.map((e) => [e, '(entry)']);
  while (queue.length) {
    const [file, from] = queue.shift()!;
    if (seen.has(file)) continue;
    seen.set(file, from);
    for (const spec of valueImports(readFileSync(file, 'utf8'))) {
      let target: string | null = null;
      if (spec.startsWith('.')) target = resolveFile(resolve(dirname(file), spec));
      else if (WORKSPACE[spec]) target = WORKSPACE[spec]!;
      if (target && !target.includes('node_modules')) queue.push([target, file]);
    }
  }
  return seen;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
}

export function servicesReachedFrom(entries: string[]): string[] {
  const seen = reachable(entries);
  const chain = (file: string): string => {
    const parts = [relative(repo, file)];
    let at = seen.get(file)!;
    while (at !== '(entry)') {
      parts.unshift(relative(repo, at));
      at = seen.get(at)!;
    }
    return parts.join(' -> ');
  };
  return [...seen.keys()].filter((f) => SERVICES.some((s) => relative(repo, f).startsWith(s))).map(chain);
}

describe('import boundary: property never reaches services', () => {
  it('the property routers reach no services module', () => {
    const entries = filesUnder(join(repo, 'packages/api/src/routers/property'));
    expect(entries.length).toBeGreaterThan(0);
    expect(servicesReachedFrom(entries)).toEqual([]);
  });

  it('the checker catches a violation (a staff router reached through a helper)', () => {
    const staffEntry = join(repo, 'packages/api/src/routers/staff/index.ts');
    expect(servicesReachedFrom([staffEntry]).length).toBeGreaterThan(0);
    expect(servicesReachedFrom([join(repo, 'packages/db/src/index.ts')])).toContainEqual(
      expect.stringContaining('packages/db/src/queries/staff/grievances.ts'),
    );
    expect(servicesReachedFrom([join(repo, 'packages/db/src/index.ts')])).toContainEqual(
      expect.stringContaining('packages/db/src/queries/tenant/grievances.ts'),
    );
    expect(servicesReachedFrom([join(repo, 'packages/db/src/index.ts')])).toContainEqual(
      expect.stringContaining('packages/db/src/schema/services/intake.ts'),
    );
  });

  it('sees through type-only imports, which carry no data', () => {
    expect(valueImports("import type { X } from '../staff/people';\nimport { y } from './y';")).toEqual([
      './y',
    ]);
  });
});
