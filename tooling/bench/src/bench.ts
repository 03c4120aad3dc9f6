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
import autocannon from 'autocannon';
import { HarnessError, startServer, type RunningServer } from '@hearth/server-harness';
import { nodeVersionOf, serverMemory, type Memory } from './memory';

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

const REQUEST_TIMEOUT_MS = 5_000;

const LOGIN = { email: 'supervisor@example.org', password: 'hearth-demo-2026' };
const SESSION_COOKIE = 'hearth_session';

class BenchError extends HarnessError {}

async function signIn(base: string): Promise<string> {
  const res = await fetch(`${base}/trpc/auth.login`, {
    method: 'POST',
    // A change is accepted only from one of the server's own origins, as a browser would send it.
    headers: { 'content-type': 'application/json', origin: base },
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

function describeDatabase(settings: Settings): string {
  if (!settings.databaseUrl) return 'embedded PGlite (a fresh data dir in a temp folder)';
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

let server = null as RunningServer | null;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    process.stderr.write(`\n[bench] ${signal}: stopping the server and removing the temp dir ...\n`);
    void (server?.stop() ?? Promise.resolve()).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

async function main(): Promise<number> {
  const settings = readSettings(process.env);
  console.log('Hearth benchmark');
  console.log(`  database:    ${describeDatabase(settings)}`);
  console.log(
    `  load:        autocannon, ${settings.connections} connections, ` +
      `${settings.warmupSeconds} s warm-up + ${settings.durationSeconds} s per endpoint`,
  );

  server = await startServer({ nodeEnv: 'production', databaseUrl: settings.databaseUrl });
  const base = server.baseURL;
  const idle = serverMemory(server.pid);
  console.log(`  server:      ${base} (NODE_ENV=production, LOG_LEVEL=warn)`);
  console.log(`  startup:     healthy after ${(server.startupMs / 1000).toFixed(1)} s`);
  console.log(`  server node: ${nodeVersionOf(idle.serverPid)}; bench node: ${process.version}`);

  const cookie = await signIn(base);
  const endpoints: Endpoint[] = [
    { name: 'bare express  GET /healthz/live', path: '/healthz/live', headers: {} },
    { name: 'tRPC  GET /trpc/staff.people.list', path: '/trpc/staff.people.list', headers: { cookie } },
  ];
  for (const e of endpoints) {
    const { status, body } = await probe(`${base}${e.path}`, e.headers);
    if (status < 200 || status > 299) {
      throw new BenchError(`probe of ${e.path} answered ${status}: ${body.slice(0, 300)}`, server.output());
    }
  }
  const people = JSON.parse((await probe(`${base}/trpc/staff.people.list`, { cookie })).body) as {
    result?: { data?: unknown };
  };
  const listed = Array.isArray(people.result?.data) ? people.result.data.length : '?';
  console.log(`  signed in:   ${LOGIN.email}; staff.people.list returns ${listed} people\n`);

  const results: Measurement[] = [];
  for (const e of endpoints) {
    if (server.exited()) throw new BenchError('the server exited during the benchmark', server.output());
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
    console.error(server.output());
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
  } else if (err instanceof BenchError || err instanceof HarnessError) {
    console.error(`\n[bench] FAILED: ${err.message}`);
    if (err.detail) console.error(err.detail);
  } else {
    console.error('\n[bench] FAILED:', err);
  }
  exitCode = 1;
} finally {
  if (!interrupted) await server?.stop();
}
if (!interrupted) process.exit(exitCode);
