/**
 * The child processes of the benchmarks and the service-worker tests: builds of the site (as
 * `npm run build:app` does) and the servers they start. Every process started here
 * runs in its own process group and is stopped when the benchmark ends, also on an error or Ctrl-C.
 */
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import path from 'node:path';
import { execa, type ResultPromise } from 'execa';
import { chromePath } from './chromium';
import { projectRoot } from './project';

const running = new Set<ResultPromise>();

/** Stops `child` with the others in stopAll() and when this process exits (start it detached). */
export function track(child: ResultPromise): void {
  running.add(child);
  void child.finally(() => running.delete(child)).catch(() => {});
}

function stopGroup(child: ResultPromise, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // The whole group: a build's own child processes too.
  } catch {
    // Already gone.
  }
}

/** Stops every process this one started: SIGTERM, then SIGKILL for whatever is left. */
export async function stopAll(): Promise<void> {
  const children = [...running];
  for (const child of children) stopGroup(child, 'SIGTERM');
  const deadline = Date.now() + 5000;
  while (
    children.some((c) => c.exitCode === null && c.signalCode === null) &&
    Date.now() < deadline
  )
    await new Promise((resolve) => setTimeout(resolve, 100));
  for (const child of children) stopGroup(child, 'SIGKILL');
  running.clear();
}

process.on('exit', () => {
  for (const child of running) stopGroup(child, 'SIGKILL');
});

/**
 * The resident memory of every process in a process group right now (Linux), so that a build's
 * worker threads and child processes count too; 0 where unknown.
 */
function groupRss(pgid: number | undefined): number {
  if (pgid === undefined) return 0;
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The fields after the command's name: state, ppid, pgrp, …
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'));
      total += match ? Number(match[1]) * 1024 : 0;
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

/** Runs a command to its end, its output into a log file; resolves with the exit code and time. */
export async function runLogged(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; log: string },
): Promise<{ code: number; ms: number; output: string; peakRss: number }> {
  mkdirSync(path.dirname(options.log), { recursive: true });
  const child = execa(command, args, {
    cwd: projectRoot,
    env: options.env ?? process.env,
    extendEnv: false,
    stdin: 'ignore',
    all: true,
    reject: false,
    detached: true,
  });
  track(child);
  child.all.pipe(createWriteStream(options.log));
  let peakRss = 0;
  const sample = setInterval(() => {
    peakRss = Math.max(peakRss, groupRss(child.pid));
  }, 250);
  const result = await child;
  clearInterval(sample);
  return {
    code: result.exitCode ?? (result.failed ? 127 : 1),
    ms: result.durationMs,
    output: result.all ?? result.message,
    peakRss,
  };
}

/** The environment for a build: the caller's, minus the switches a benchmark sets itself. */
export function buildEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.SEEDS_DIR;
  delete env.PRERENDER;
  delete env.SHARE_IMAGES;
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) env[key] = value;
  return env;
}

/** A phase of the site build as its report gives it (src/sitegen/buildProgress.ts). */
export type BuildPhase = { name: string; ms: number; count: number; reused: number; unit: string };

export type BuildResult = {
  ok: boolean;
  /** Peak resident memory of the build, all its processes together, in bytes (0 where unknown). */
  peakRss: number;
  ms: number;
  phases: BuildPhase[];
  summary: string;
  log: string;
};

/**
 * What `npm run build:app` does (`tsx src/sitegen/siteBuild.ts`), into `outDir` so that `dist/`
 * is never touched, with a cache folder of its own when given (an empty one for a cold build).
 * Logs go to `logDir`.
 */
export async function buildApp(
  outDir: string,
  env: NodeJS.ProcessEnv,
  logDir: string,
  logName: string,
  options: { cacheDir?: string } = {},
): Promise<BuildResult> {
  const log = path.join(logDir, `${logName}.log`);
  const report = path.join(logDir, `${logName}.json`);
  rmSync(report, { force: true });
  const built = await runLogged(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/sitegen/siteBuild.ts',
      '--no-typecheck',
      '--out',
      outDir,
      '--report',
      report,
      ...(options.cacheDir ? ['--cache-dir', options.cacheDir] : []),
    ],
    { env, log },
  );
  const figures = existsSync(report)
    ? (JSON.parse(readFileSync(report, 'utf8')) as { phases: BuildPhase[]; summary: string })
    : { phases: [], summary: '' };
  return { ok: built.code === 0, peakRss: built.peakRss, ms: built.ms, ...figures, log };
}

/** Fails early, with a hint, when a tool the benchmarks need is missing. */
export function requireTools(): string | null {
  if (!existsSync(chromePath))
    return `Chromium not found at ${chromePath} (apt-get install -y chromium, or set CHROME_PATH).`;
  const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].some((p) =>
    existsSync(p),
  );
  if (!nginx) return 'nginx not found (apt-get install -y nginx-light).';
  return null;
}
