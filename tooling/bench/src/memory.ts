/** Memory of the server's process tree, read from /proc (Linux) or `ps`: what the benchmark reports. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';

export interface ProcInfo {
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

export interface Memory {
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
export function serverMemory(rootPid: number): Memory {
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

export function nodeVersionOf(pid: number | null): string {
  if (pid === null || !existsSync(`/proc/${pid}/exe`)) return 'unknown';
  try {
    const exe = readlinkSync(`/proc/${pid}/exe`);
    const version = execFileSync(exe, ['--version'], { encoding: 'utf8', timeout: 5_000 }).trim();
    return `${version} (${exe})`;
  } catch {
    return 'unknown';
  }
}
