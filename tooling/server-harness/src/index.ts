/**
 * The one way tests and benchmarks start a Hearth server: apps/server in its own process group on
 * 127.0.0.1 and a free port, a fresh embedded database in a temp dir (or the given DATABASE_URL),
 * waited on until /healthz answers, and stopped with its whole process group. The browser suite
 * (tooling/e2e) and the benchmark (tooling/bench) both use it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const HOST = '127.0.0.1';
const STARTUP_TIMEOUT_MS = 90_000;
const POLL_INTERVAL_MS = 250;
const STOP_GRACE_MS = 5_000;
const TAIL_BYTES = 8 * 1024;

const repoRoot = resolve(import.meta.dirname, '../../..');
export const serverDir = join(repoRoot, 'apps/server');
const serverTsx = join(serverDir, 'node_modules/.bin/tsx');

export class HarnessError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Keeps the last `max` bytes written to a stream, so a failure can show what the server said. */
class Tail {
  private chunks: Buffer[] = [];
  private size = 0;
  constructor(private readonly max: number) {}
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > this.max && this.chunks.length > 1) this.size -= this.chunks.shift()!.length;
  }
  text(): string {
    const all = Buffer.concat(this.chunks);
    return all
      .subarray(Math.max(0, all.length - this.max))
      .toString('utf8')
      .trimEnd();
  }
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', fail);
    srv.listen(0, HOST, () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => (port ? ok(port) : fail(new Error('no port assigned'))));
    });
  });
}

/** True while any process of the group `pgid` is alive. */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

export interface StartOptions {
  /** `production` for benchmarks; `test` lets HEARTH_TODAY move the server's clock. */
  nodeEnv: 'production' | 'test';
  /** PostgreSQL to use; without it a fresh embedded PGlite in a temp dir (or in `dataDir`). */
  databaseUrl?: string | undefined;
  /**
   * The embedded database's directory, instead of a fresh temp one: to restart a server on the same
   * data (e.g. with a later HEARTH_TODAY). The caller owns it; stopping the server leaves it in place.
   */
  dataDir?: string | undefined;
  /** Extra environment for the server (e.g. HEARTH_TODAY). */
  env?: Record<string, string | undefined>;
}

export interface RunningServer {
  baseURL: string;
  /** The pid of the process group leader (tsx), for memory readings. */
  pid: number;
  /** The server's today, from /healthz: tests build their dates from it. */
  today: string;
  dataDir: string | null;
  startupMs: number;
  /** What the server printed lately (stderr, then stdout). */
  output(): string;
  exited(): { code: number | null; signal: NodeJS.Signals | null } | null;
  stop(): Promise<void>;
}

/** Starts the server and waits until it is healthy; throws HarnessError with its output if not. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  if (!existsSync(serverTsx)) {
    throw new HarnessError(`cannot find ${serverTsx}; run \`pnpm install\` at the repository root first`);
  }
  const tempDir =
    options.databaseUrl || options.dataDir ? null : mkdtempSync(join(tmpdir(), 'hearth-server-'));
  const dataDir = options.databaseUrl ? null : (options.dataDir ?? join(tempDir!, 'data'));
  const port = await freePort();
  const baseURL = `http://${HOST}:${port}`;
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    ...options.env,
    NODE_ENV: options.nodeEnv,
    HOST,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    ...(dataDir ? { HEARTH_DATA_DIR: dataDir } : { DATABASE_URL: options.databaseUrl }),
  };
  const child: ChildProcess = spawn(serverTsx, ['src/index.ts'], {
    cwd: serverDir,
    env,
    detached: true, // its own process group: tsx and the node child it starts are signalled together
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new HarnessError('failed to spawn the server process');
  const pid = child.pid;
  const stdout = new Tail(TAIL_BYTES);
  const stderr = new Tail(TAIL_BYTES);
  const state: { exited: { code: number | null; signal: NodeJS.Signals | null } | null } = { exited: null };
  child.stdout?.on('data', (c: Buffer) => stdout.push(c));
  child.stderr?.on('data', (c: Buffer) => stderr.push(c));
  child.on('exit', (code, signal) => {
    state.exited = { code, signal };
  });
  child.on('error', (err) => stderr.push(Buffer.from(`\n[harness] spawn error: ${err.message}\n`)));
  const output = () =>
    [
      `--- server stderr (tail) ---\n${stderr.text() || '(empty)'}`,
      stdout.text() && `--- stdout ---\n${stdout.text()}`,
    ]
      .filter(Boolean)
      .join('\n');

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      if (groupAlive(pid)) {
        signalGroup(pid, 'SIGTERM');
        const deadline = Date.now() + STOP_GRACE_MS;
        while (Date.now() < deadline && groupAlive(pid)) await sleep(100);
        if (groupAlive(pid)) signalGroup(pid, 'SIGKILL');
      }
      if (tempDir) rmSync(tempDir, { recursive: true, force: true, maxRetries: 3 });
    })();
    return stopping;
  };

  const started = Date.now();
  const deadline = started + STARTUP_TIMEOUT_MS;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (state.exited) {
      await stop();
      const { code, signal } = state.exited;
      throw new HarnessError(
        `the server exited during startup (code ${code ?? '-'}, signal ${signal ?? '-'})`,
        output(),
      );
    }
    try {
      const res = await fetch(`${baseURL}/healthz`, { signal: AbortSignal.timeout(2_000) });
      const body = await res.text();
      if (res.ok) {
        const { today } = JSON.parse(body) as { today: string };
        return {
          baseURL,
          pid,
          today,
          dataDir: options.dataDir ?? tempDir,
          startupMs: Date.now() - started,
          output,
          exited: () => state.exited,
          stop,
        };
      }
      lastProblem = `GET /healthz answered ${res.status}: ${body.slice(0, 200)}`;
    } catch (err) {
      lastProblem = `GET /healthz failed: ${err instanceof Error ? err.message : String(err)}`;
    }
    await sleep(POLL_INTERVAL_MS);
  }
  await stop();
  throw new HarnessError(
    `the server did not become healthy within ${STARTUP_TIMEOUT_MS / 1000} s (last: ${lastProblem})`,
    output(),
  );
}
