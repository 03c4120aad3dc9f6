import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '@hearth/server-harness';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The server's today: every date a journey types is built from it. */
    today: string;
  }
}

const repo = resolve(import.meta.dirname, '../../..');
export const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium drives the tests; install it when we can, otherwise say how. */
function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot) {
    throw new Error(
      `Chromium is missing. Install it with: sudo apt-get update && sudo apt-get install -y chromium`,
    );
  }
  console.log('Installing Debian chromium for the browser tests (about 30 s)…');
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const r = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed; install chromium by hand`);
  }
}

export default async function setup(project: TestProject) {
  ensureChromium();
  for (const portal of ['staff', 'tenant', 'property']) {
    if (!existsSync(join(repo, 'apps', portal, 'dist', 'index.html'))) {
      throw new Error(`The ${portal} portal is not built. Run: pnpm build`);
    }
  }
  // Always a fresh embedded database: the browser journeys change demo data. NODE_ENV=test lets
  // HEARTH_TODAY (when CI sets it) move the server's clock to another date.
  const server = await startServer({ nodeEnv: 'test', env: { HEARTH_TODAY: process.env.HEARTH_TODAY } });
  project.provide('baseURL', server.baseURL);
  project.provide('today', server.today);

  return () => server.stop();
}
