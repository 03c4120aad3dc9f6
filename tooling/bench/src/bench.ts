/**
 * Hearth benchmark harness (`pnpm bench`).
 *
 * Starts apps/server in production mode on a fresh temporary database, signs in as the demo
 * supervisor, and measures two endpoints with autocannon in one run:
 *   - `GET /healthz/live`          a bare express JSON route (the ceiling of the HTTP stack), and
 *   - `GET /trpc/staff.people.list` signed in (tRPC + session lookup + a real database query).
 * It prints req/s, p50, p99, non-2xx and errors per endpoint, the ratio of the two, and the server's
 * RSS. It is a benchmark, not a test: it asserts nothing about speed, but it exits non-zero when the
 * server does not start or any request failed, so a broken run never looks like a result.
 *
 * Every request goes to 127.0.0.1 only; every loop is bounded in count and time.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

// ---------------------------------------------------------------------------------------------
// Settings (the only place that reads the environment)

interface Settings {
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  databaseUrl: string | undefined;
}

function positiveInt(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new BenchError(`${name} must be an integer from 1 to ${max}, got ${JSON.stringify(raw)}`);
  }
  return n;
}

function readSettings(env: NodeJS.ProcessEnv): Settings {
  return {
    durationSeconds: positiveInt('BENCH_DURATION', env.BENCH_DURATION, 10, 600),
    warmupSeconds: 2,
    connections: positiveInt('BENCH_CONNECTIONS', env.BENCH_CONNECTIONS, 10, 1000),
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// Constants

const HOST = '127.0.0.1';
const STARTUP_TIMEOUT_MS = 60_000;
const POLL_INTERVAL_MS = 250;
const REQUEST_TIMEOUT_MS = 5_000;
const STOP_GRACE_MS = 5_000;
const TAIL_BYTES = 8 * 1024;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const serverDir = join(repoRoot, 'apps/server');
const serverTsx = join(serverDir, 'node_modules/.bin/tsx');

const LOGIN = { email: 'supervisor@example.org', password: 'hearth-demo-2026' };
const SESSION_COOKIE = 'hearth_session';

class BenchError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Server process: spawn, tail its output, stop its whole process group

/** Keeps the last `max` bytes written to a stream, so a failure can show what the server said. */
class Tail {
  private chunks: Buffer[] = [];
  private size = 0;
  constructor(private readonly max: number) {}
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > this.max && this.chunks.length > 1) {
      this.size -= this.chunks.shift()!.length;
    }
  }
  text(): string {
    const all = Buffer.concat(this.chunks);
    return all
      .subarray(Math.max(0, all.length - this.max))
      .toString('utf8')
      .trimEnd();
  }
}

interface ServerProcess {
  child: ChildProcess;
  pid: number;
  stdout: Tail;
  stderr: Tail;
  exited: { code: number | null; signal: NodeJS.Signals | null } | null;
}

function spawnServer(env: NodeJS.ProcessEnv): ServerProcess {
  if (!existsSync(serverTsx)) {
    throw new BenchError(`cannot find ${serverTsx}; run \`pnpm install\` at the repository root first`);
  }
  const child = spawn(serverTsx, ['src/index.ts'], {
    cwd: serverDir,
    env,
    detached: true, // own process group: we can signal tsx and the node child it spawns together
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new BenchError('failed to spawn the server process');
  const server: ServerProcess = {
    child,
    pid: child.pid,
    stdout: new Tail(TAIL_BYTES),
    stderr: new Tail(TAIL_BYTES),
    exited: null,
  };
  child.stdout.on('data', (c: Buffer) => server.stdout.push(c));
  child.stderr.on('data', (c: Buffer) => server.stderr.push(c));
  child.on('exit', (code, signal) => {
    server.exited = { code, signal };
  });
  child.on('error', (err) => server.stderr.push(Buffer.from(`\n[bench] spawn error: ${err.message}\n`)));
  return server;
}

/** True while any process of the group `pgid` is alive. */
function groupAlive(pgid: number): boolean {
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
    /* already gone */
  }
}

/** SIGTERM the server's process group, wait a bounded time, then SIGKILL whatever is left. */
async function stopServer(server: ServerProcess): Promise<void> {
  if (!groupAlive(server.pid)) return;
  signalGroup(server.pid, 'SIGTERM');
  const deadline = Date.now() + STOP_GRACE_MS;
  while (Date.now() < deadline && groupAlive(server.pid)) await sleep(100);
  if (groupAlive(server.pid)) {
    signalGroup(server.pid, 'SIGKILL');
    const killDeadline = Date.now() + 2_000;
    while (Date.now() < killDeadline && groupAlive(server.pid)) await sleep(50);
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers: free port, HTTP, process tree memory

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, HOST, () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => (port ? resolvePort(port) : reject(new Error('no port assigned'))));
    });
  });
}

function serverOutput(server: ServerProcess): string {
  const err = server.stderr.text();
  const out = server.stdout.text();
  const parts: string[] = [];
  parts.push(`--- server stderr (tail) ---\n${err || '(empty)'}`);
  if (out) parts.push(`--- server stdout (tail) ---\n${out}`);
  return parts.join('\n');
}

async function waitForHealthy(base: string, server: ServerProcess): Promise<number> {
  const started = Date.now();
  const deadline = started + STARTUP_TIMEOUT_MS;
  const maxAttempts = Math.ceil(STARTUP_TIMEOUT_MS / POLL_INTERVAL_MS) + 1;
  let lastProblem = 'no answer yet';
  for (let attempt = 0; attempt < maxAttempts && Date.now() < deadline; attempt++) {
    if (server.exited) {
      const { code, signal } = server.exited;
      throw new BenchError(
        `the server exited during startup (code ${code ?? '-'}, signal ${signal ?? '-'})`,
        serverOutput(server),
      );
    }
    try {
      const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2_000) });
      const body = await res.text();
      if (res.ok) return Date.now() - started;
      lastProblem = `GET /healthz answered ${res.status}: ${body.slice(0, 200)}`;
    } catch (err) {
      lastProblem = `GET /healthz failed: ${err instanceof Error ? err.message : String(err)}`;
    }
    await sleep(POLL_INTERVAL_MS);
  }
  throw new BenchError(
    `the server did not become healthy within ${STARTUP_TIMEOUT_MS / 1000} s (last: ${lastProblem})`,
    serverOutput(server),
  );
}

async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(LOGIN),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const body = await res.text();
  if (!res.ok) {
    throw new BenchError(
      `sign-in as ${LOGIN.email} failed: ${res.status} ${body.slice(0, 300)}\n` +
        '(with DATABASE_URL, the database must be empty or already hold the seeded demo program)',
    );
  }
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!.trim())
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new BenchError(`sign-in answered ${res.status} but set no ${SESSION_COOKIE} cookie`);
  return cookie;
}

/** One request before measuring, so a wrong route or cookie fails loudly instead of benchmarking a 401. */
async function probe(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  const res = await fetch(url, { headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  return { status: res.status, body: await res.text() };
}

interface ProcInfo {
  pid: number;
  ppid: number;
  rssKiB: number;
  cmd: string;
}

/** Processes of the tree under `rootPid`, read from /proc (Linux), or from `ps` elsewhere. */
function processTree(rootPid: number): ProcInfo[] {
  let all: ProcInfo[] = [];
  if (existsSync('/proc/self/status')) {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const status = readFileSync(`/proc/${name}/status`, 'utf8');
        const rss = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
        const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim();
        all.push({ pid: Number(name), ppid, rssKiB: rss ? Number(rss[1]) : 0, cmd });
      } catch {
        /* the process ended while we read it */
      }
    }
  } else {
    const out = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,rss=,command='], {
      encoding: 'utf8',
      timeout: 5_000,
    });
    all = out
      .split('\n')
      .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rssKiB: Number(m[3]), cmd: m[4]! }));
  }
  const tree: ProcInfo[] = [];
  let frontier = [rootPid];
  for (let depth = 0; depth < 16 && frontier.length > 0; depth++) {
    const level = all.filter((p) => frontier.includes(p.pid));
    tree.push(...level);
    const pids = new Set(level.map((p) => p.pid));
    frontier = all.filter((p) => pids.has(p.ppid)).map((p) => p.pid);
  }
  return tree;
}

interface Memory {
  serverPid: number | null;
  serverRssKiB: number | null;
  treeRssKiB: number;
  processes: number;
}

/**
 * The spawned pid is tsx's CLI; it starts a second node process that actually runs src/index.ts.
 * That child is the server: the process of the tree that has no children of its own and runs
 * index.ts (or, failing that, the largest).
 */
function serverMemory(rootPid: number): Memory {
  const tree = processTree(rootPid);
  const parents = new Set(tree.map((p) => p.ppid));
  const leaves = tree.filter((p) => !parents.has(p.pid));
  const server =
    leaves.find((p) => p.cmd.includes('index.ts') && !p.cmd.includes('cli.mjs')) ??
    [...tree].sort((a, b) => b.rssKiB - a.rssKiB)[0];
  return {
    serverPid: server?.pid ?? null,
    serverRssKiB: server?.rssKiB ?? null,
    treeRssKiB: tree.reduce((sum, p) => sum + p.rssKiB, 0),
    processes: tree.length,
  };
}

function nodeVersionOf(pid: number | null): string {
  if (pid === null || !existsSync(`/proc/${pid}/exe`)) return 'unknown';
  try {
    const exe = readlinkSync(`/proc/${pid}/exe`);
    const version = execFileSync(exe, ['--version'], { encoding: 'utf8', timeout: 5_000 }).trim();
    return `${version} (${exe})`;
  } catch {
    return 'unknown';
  }
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface Endpoint {
  name: string;
  path: string;
  headers: Record<string, string>;
}

interface Measurement {
  endpoint: Endpoint;
  result: autocannon.Result;
  /** non-2xx and errors of the warm-up run, which also count as a broken benchmark */
  warmupNon2xx: number;
  warmupErrors: number;
}

function run(url: string, headers: Record<string, string>, seconds: number, connections: number) {
  return autocannon({
    url,
    headers,
    connections,
    duration: seconds,
    timeout: 10,
  });
}

async function measure(base: string, endpoint: Endpoint, settings: Settings): Promise<Measurement> {
  const url = `${base}${endpoint.path}`;
  process.stdout.write(
    `  ${endpoint.name}: ${settings.warmupSeconds} s warm-up, ${settings.durationSeconds} s measured ... `,
  );
  const warmup = await run(url, endpoint.headers, settings.warmupSeconds, settings.connections);
  const result = await run(url, endpoint.headers, settings.durationSeconds, settings.connections);
  process.stdout.write(`${Math.round(result.requests.average)} req/s\n`);
  return { endpoint, result, warmupNon2xx: warmup.non2xx, warmupErrors: warmup.errors };
}

// ---------------------------------------------------------------------------------------------
// Printing

function table(rows: string[][], rightAligned: boolean[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r.map((cell, i) => (rightAligned[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

const ms = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2));
const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;

function describeDatabase(settings: Settings, dataDir: string): string {
  if (!settings.databaseUrl) return `embedded PGlite (fresh data dir ${dataDir})`;
  try {
    const u = new URL(settings.databaseUrl);
    const user = u.username ? `${decodeURIComponent(u.username)}${u.password ? ':***' : ''}@` : '';
    return `PostgreSQL via DATABASE_URL (${u.protocol}//${user}${u.host}${u.pathname})`;
  } catch {
    return 'PostgreSQL via DATABASE_URL (unparseable URL, not shown)';
  }
}

// ---------------------------------------------------------------------------------------------
// Main, with cleanup on success, error, Ctrl-C and SIGTERM

let server: ServerProcess | null = null;
let tempDir: string | null = null;
let cleaning: Promise<void> | null = null;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    if (server) await stopServer(server);
    if (tempDir) rmSync(tempDir, { recursive: true, force: true, maxRetries: 3 });
    tempDir = null;
  })();
  return cleaning;
}

/** Last resort if the process exits without the async cleanup having finished. */
process.on('exit', () => {
  if (server && groupAlive(server.pid)) signalGroup(server.pid, 'SIGKILL');
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (interrupted) {
      // Second Ctrl-C: do not wait for the graceful stop (the exit handler SIGKILLs and removes).
      process.exit(130);
    }
    interrupted = true;
    process.stderr.write(`\n[bench] ${signal}: stopping the server and removing the temp dir ...\n`);
    void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

async function main(): Promise<number> {
  const settings = readSettings(process.env);
  tempDir = mkdtempSync(join(tmpdir(), 'hearth-bench-'));
  const dataDir = join(tempDir, 'data');
  const port = await freePort();
  const base = `http://${HOST}:${port}`;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    HOST,
    PORT: String(port),
    HEARTH_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
  };
  if (settings.databaseUrl) env.DATABASE_URL = settings.databaseUrl;
  else delete env.DATABASE_URL;

  console.log('Hearth benchmark');
  console.log(`  database:    ${describeDatabase(settings, dataDir)}`);
  console.log(`  server:      ${base} (NODE_ENV=production, LOG_LEVEL=warn)`);
  console.log(
    `  load:        autocannon, ${settings.connections} connections, ` +
      `${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s per endpoint`,
  );

  server = spawnServer(env);
  const startupMs = await waitForHealthy(base, server);
  const idle = serverMemory(server.pid);
  console.log(`  startup:     healthy after ${(startupMs / 1000).toFixed(1)} s`);
  console.log(`  server node: ${nodeVersionOf(idle.serverPid)}; bench node: ${process.version}`);

  const cookie = await signIn(base);
  const endpoints: Endpoint[] = [
    { name: 'bare express  GET /healthz/live', path: '/healthz/live', headers: {} },
    { name: 'tRPC  GET /trpc/staff.people.list', path: '/trpc/staff.people.list', headers: { cookie } },
  ];
  for (const e of endpoints) {
    const { status, body } = await probe(`${base}${e.path}`, e.headers);
    if (status < 200 || status > 299) {
      throw new BenchError(
        `probe of ${e.path} answered ${status}: ${body.slice(0, 300)}`,
        serverOutput(server),
      );
    }
  }
  const people = JSON.parse((await probe(`${base}/trpc/staff.people.list`, { cookie })).body) as {
    result?: { data?: unknown };
  };
  const listed = Array.isArray(people.result?.data) ? people.result.data.length : '?';
  console.log(`  signed in:   ${LOGIN.email}; staff.people.list returns ${listed} people\n`);

  const results: Measurement[] = [];
  for (const e of endpoints) {
    if (server.exited) throw new BenchError('the server exited during the benchmark', serverOutput(server));
    results.push(await measure(base, e, settings));
  }
  const loaded = serverMemory(server.pid);

  const rows = [
    ['endpoint', 'req/s (mean)', 'p50 ms', 'p99 ms', 'non-2xx', 'errors'],
    ...results.map(({ endpoint, result }) => [
      endpoint.name,
      result.requests.average.toFixed(0),
      ms(result.latency.p50),
      ms(result.latency.p99),
      String(result.non2xx),
      String(result.errors),
    ]),
  ];
  console.log(`\n${table(rows, [false, true, true, true, true, true])}\n`);

  const [bare, list] = results;
  const ratio = list!.result.requests.average / bare!.result.requests.average;
  console.log(
    `ratio (people.list req/s / bare req/s): ${ratio.toFixed(3)}` +
      `  (bare express is ${(1 / ratio).toFixed(1)}x faster)`,
  );
  const rssLine = (label: string, m: Memory) =>
    `${label} ${m.serverRssKiB !== null ? mib(m.serverRssKiB) : 'unknown'} (pid ${m.serverPid ?? '?'}); ` +
    `process tree ${mib(m.treeRssKiB)} over ${m.processes} processes`;
  console.log(rssLine('server RSS after startup:   ', idle));
  console.log(rssLine('server RSS after the runs:  ', loaded));

  const broken = results.filter(
    (m) => m.result.non2xx > 0 || m.result.errors > 0 || m.warmupNon2xx > 0 || m.warmupErrors > 0,
  );
  if (broken.length > 0) {
    for (const m of broken) {
      const codes = m.result.statusCodeStats ? JSON.stringify(m.result.statusCodeStats) : 'n/a';
      console.error(
        `[bench] FAILED: ${m.endpoint.path}: non-2xx ${m.result.non2xx} (warm-up ${m.warmupNon2xx}), ` +
          `errors ${m.result.errors} (warm-up ${m.warmupErrors}, timeouts ${m.result.timeouts}), status codes ${codes}`,
      );
    }
    console.error('[bench] some requests failed, so these numbers are not a valid result.');
    console.error(serverOutput(server));
    return 1;
  }
  return 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (err) {
  if (interrupted) {
    // Ctrl-C stopped the server under us; the signal handler reports and exits.
  } else if (err instanceof BenchError) {
    console.error(`\n[bench] FAILED: ${err.message}`);
    if (err.detail) console.error(err.detail);
  } else {
    console.error('\n[bench] FAILED:', err);
  }
  exitCode = 1;
} finally {
  if (!interrupted) await cleanup();
}
if (!interrupted) process.exit(exitCode);
