/**
 * Serves a built site with the shipped nginx configuration (deploy/nginx.conf) on a loopback
 * port: what the browser tests and the benchmarks measure is what users get. Used by
 * scripts/nginxServer.ts (the browser tests' web server), the service-worker tests and the
 * benchmarks.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { execa, type Options } from 'execa';
import getPort from 'get-port';
import { siteFiles } from '../../src/site/paths';
import { track } from './processes';
import { projectRoot } from './project';

const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export type NginxOptions = {
  /** The built site (dist/, or a symlink to one). */
  dist: string;
  port: number;
  /** The base path the site was built for, `/` by default. */
  base?: string;
  /**
   * Serve it as a plain single-page app: every unknown path gets the app's empty page (the app
   * shell, else index.html) instead of the 404 page. For the benchmark's client-only variant.
   */
  singlePageApp?: boolean;
};

/**
 * The shipped configuration filled in for a server in `prefix` (a writable folder of its own).
 * Without Debian's Brotli module it serves gzip only. Run as root, nginx's workers would run as an
 * unprivileged user who may not enter the folder the site was built in (a home folder of mode
 * 700): they run as the current user instead, as they do anyway when nginx is not started as root.
 */
export function nginxConfig(options: NginxOptions & { prefix: string; root: string }): string {
  const base = options.base ?? '/';
  let template = readFileSync(path.join(projectRoot, 'deploy/nginx.conf'), 'utf8');
  if (!existsSync(brotliModule)) {
    console.warn(
      `nginx's Brotli module is missing (apt-get install -y libnginx-mod-http-brotli-static): serving gzip only.`,
    );
    template = template.replace(/^\s*(load_module .*brotli.*|brotli_static on);$/gm, '');
  }
  if (options.singlePageApp) template = singlePageAppConfig(template, options.dist);
  if (process.getuid?.() === 0) template = `user ${userInfo().username};\n${template}`;
  return template
    .replaceAll('__ROOT__', options.root)
    .replaceAll('__PORT__', String(options.port))
    .replaceAll('__PREFIX__', options.prefix)
    .replaceAll('__BASE__', base);
}

function singlePageAppConfig(template: string, dist: string): string {
  const shell = existsSync(path.join(dist, siteFiles.shell)) ? siteFiles.shell : 'index.html';
  // Paths with a file extension (robots.txt, a missing chunk) still get a 404, as on most hosts.
  const fallback = template.replace(
    /location \/ \{\s*try_files \$uri \$uri\.html \$uri\/index\.html =404;\s*\}/,
    `location / {\n            try_files $uri $uri/index.html /${shell};\n        }\n        location ~ \\.[A-Za-z0-9]+$ {\n            try_files $uri =404;\n        }`,
  );
  if (fallback === template)
    throw new Error(
      'deploy/nginx.conf has no `location / { try_files … =404; }` to turn into an SPA fallback',
    );
  return fallback;
}

/** A folder for nginx's configuration, pid and temporary files, and the web root in it. */
function prepare(options: NginxOptions): { prefix: string; root: string; configFile: string } {
  const prefix = mkdtempSync(path.join(tmpdir(), 'lesezeit-nginx-'));
  // nginx's workers must be able to pass through to the site.
  chmodSync(prefix, 0o755);
  const base = options.base ?? '/';
  const dist = path.resolve(projectRoot, options.dist);
  // Under a sub-path, nginx's root is a folder in which the base path leads to dist.
  let root = dist;
  if (base !== '/') {
    root = path.join(prefix, 'www');
    const mount = path.join(root, base.replace(/^\/|\/$/g, ''));
    mkdirSync(path.dirname(mount), { recursive: true });
    symlinkSync(dist, mount);
  }
  const configFile = path.join(prefix, 'nginx.conf');
  writeFileSync(configFile, nginxConfig({ ...options, dist, prefix, root }));
  return { prefix, root, configFile };
}

/** Starts nginx in the foreground for `options`; the caller waits for it and stops it. */
export function spawnNginx<O extends Options>(options: NginxOptions, processOptions: O) {
  const { prefix, configFile } = prepare(options);
  return execa(
    'nginx',
    ['-p', prefix, '-c', configFile, '-e', 'stderr', '-g', 'daemon off;'],
    processOptions,
  );
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(5000) });
    return true;
  } catch {
    return false;
  }
}

export type NginxServer = { origin: string; stop: () => Promise<void> };

/**
 * nginx serving `options.dist` on its port; resolves once it answers. Refuses a port on which
 * another server already answers, so a test never talks to someone else's site.
 */
export async function startNginx(
  options: NginxOptions,
  output: { log?: string } = {},
): Promise<NginxServer> {
  const origin = `http://127.0.0.1:${options.port}`;
  const url = `${origin}${options.base ?? '/'}`;
  if (await answers(url)) throw new Error(`port ${options.port} is already in use`);
  const nginx = spawnNginx(options, {
    stdin: 'ignore',
    stdout: output.log ? { file: output.log } : 'ignore',
    stderr: output.log ? { file: output.log, append: true } : 'inherit',
    reject: false,
    detached: true,
  });
  track(nginx);
  const deadline = Date.now() + 20_000;
  while (!(await answers(url))) {
    if (nginx.exitCode !== null)
      throw new Error(`nginx on port ${options.port} exited with code ${nginx.exitCode}`);
    if (Date.now() > deadline) {
      nginx.kill();
      throw new Error(`nginx on port ${options.port} did not answer within 20 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    stop: async () => {
      nginx.kill('SIGQUIT');
      await nginx;
    },
  };
}

/** nginx on a free loopback port, its messages in `log` if given. */
export async function serveOnFreePort(
  options: Omit<NginxOptions, 'port'>,
  log?: string,
): Promise<NginxServer> {
  return startNginx({ ...options, port: await getPort({ host: '127.0.0.1' }) }, { log });
}

export type SwappableServer = NginxServer & {
  url: string;
  /** Points the server at another build, as a deployment over the running site would. */
  deploy: (dist: string) => void;
};

/** nginx on `port`, serving whatever the symlink `link` points to, first `dist`. */
export async function serveSwappable(
  link: string,
  port: number,
  dist: string,
): Promise<SwappableServer> {
  const deploy = (target: string) => {
    const next = `${link}.next`;
    rmSync(next, { force: true });
    symlinkSync(path.resolve(target), next);
    renameSync(next, link);
  };
  deploy(dist);
  const server = await startNginx({ dist: link, port });
  return { ...server, url: server.origin, deploy };
}
