/**
 * The child processes of the benchmarks and the service-worker tests: builds of the site (server
 * bundle, client build with prerendering) and the servers they start. Every process started here
 * runs in its own process group and is stopped when the benchmark ends, also on an error or Ctrl-C.
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { execa, type ResultPromise } from 'execa';
import { chromePath } from './chromium';
import { bin, projectRoot } from './project';

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

/** The peak resident memory of a process so far (Linux: VmHWM), in bytes; 0 where unknown. */
function peakRssOf(pid: number | undefined): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
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
    peakRss = Math.max(peakRss, peakRssOf(child.pid));
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

export type BuildResult = {
  ok: boolean;
  /** Peak resident memory of the build's biggest step, in bytes (0 where unknown). */
  peakRss: number;
  ms: number;
  ssrMs: number;
  clientMs: number;
  prerenderMs: number | null;
  log: string;
};

/**
 * What `npm run build:app` does (server bundle, then client build with prerendering), with the
 * client build written to `outDir` so that `dist/` is never touched. Logs go to `logDir`.
 */
export async function buildApp(
  outDir: string,
  env: NodeJS.ProcessEnv,
  logDir: string,
  logName: string,
): Promise<BuildResult> {
  const log = path.join(logDir, `${logName}-ssr.log`);
  const ssr = await runLogged(bin('vite'), ['build', '--ssr', 'src/app/entryServer.tsx'], {
    env,
    log,
  });
  if (ssr.code !== 0) {
    const failed = { ok: false, ms: ssr.ms, clientMs: 0, prerenderMs: null, peakRss: ssr.peakRss };
    return { ...failed, ssrMs: ssr.ms, log };
  }
  return buildClient(outDir, env, logDir, logName, ssr);
}

/**
 * The client build alone (plus prerendering unless `PRERENDER=off`) into `outDir`, with the server
 * bundle a server build left in dist-ssr/.
 */
export async function buildClient(
  outDir: string,
  env: NodeJS.ProcessEnv,
  logDir: string,
  logName: string,
  ssr: { ms: number; peakRss: number } = { ms: 0, peakRss: 0 },
): Promise<BuildResult> {
  const log = path.join(logDir, `${logName}.log`);
  const client = await runLogged(bin('vite'), ['build', '--outDir', outDir, '--emptyOutDir'], {
    env,
    log,
  });
  const prerendered = /prerendered \d+ pages in (\d+) ms/.exec(client.output);
  return {
    ok: client.code === 0,
    peakRss: Math.max(ssr.peakRss, client.peakRss),
    ms: ssr.ms + client.ms,
    ssrMs: ssr.ms,
    clientMs: client.ms,
    prerenderMs: prerendered ? Number(prerendered[1]) : null,
    log,
  };
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
