import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

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

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(
  url: string,
  server: ChildProcess,
  log: () => string,
): Promise<{ today: string }> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited (${server.exitCode}):\n${log()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return (await res.json()) as { today: string };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not become healthy in 90 s:\n${log()}`);
}

export default async function setup(project: TestProject) {
  ensureChromium();
  for (const portal of ['staff', 'tenant', 'property']) {
    if (!existsSync(join(repo, 'apps', portal, 'dist', 'index.html'))) {
      throw new Error(`The ${portal} portal is not built. Run: pnpm build`);
    }
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'hearth-e2e-'));
  const port = await freePort();
  let output = '';
  // Always the embedded database: the browser journeys change demo data and need a fresh copy.
  // NODE_ENV=test lets HEARTH_TODAY (when CI sets it) move the server's clock to another date.
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const server = spawn(join(repo, 'apps/server/node_modules/.bin/tsx'), ['src/index.ts'], {
    cwd: join(repo, 'apps/server'),
    env: {
      ...env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      HEARTH_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  server.on('error', (error) => {
    output += `\ncould not start the server: ${error.message}`;
  });
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  const baseURL = `http://127.0.0.1:${port}`;
  const health = await waitForHealth(`${baseURL}/healthz`, server, () => output);
  project.provide('baseURL', baseURL);
  project.provide('today', health.today);

  return async () => {
    if (server.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    await new Promise((r) => setTimeout(r, 500));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
