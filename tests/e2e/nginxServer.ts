/**
 * Serves a built site with the shipped nginx configuration (deploy/nginx.conf), on a loopback
 * port, in the foreground: what the browser tests see is what users get.
 *   tsx tests/e2e/nginxServer.ts --port 4174 --dist dist [--base /lesezeit/]
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4174' }, dist: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' } },
});
const root = path.resolve(import.meta.dirname, '../..');
const dist = path.resolve(root, values.dist ?? 'dist');
const base = values.base ?? '/';
const prefix = mkdtempSync(path.join(tmpdir(), 'lesezeit-nginx-'));
// nginx's workers run as an unprivileged user: they must be able to pass through to the site.
chmodSync(prefix, 0o755);

// Under a sub-path, nginx's root is a folder in which the base path leads to dist.
let webRoot = dist;
if (base !== '/') {
  webRoot = path.join(prefix, 'www');
  const mount = path.join(webRoot, base.replace(/^\/|\/$/g, ''));
  mkdirSync(path.dirname(mount), { recursive: true });
  symlinkSync(dist, mount);
}

const brotliModule = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
let template = readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8');
if (!existsSync(brotliModule)) {
  console.warn(`nginx's Brotli module is missing (apt-get install -y libnginx-mod-http-brotli-static): serving gzip only.`);
  template = template.replace(/^\s*(load_module .*brotli.*|brotli_static on);$/gm, '');
}
const config = template
  .replaceAll('__ROOT__', webRoot)
  .replaceAll('__PORT__', values.port ?? '4174')
  .replaceAll('__PREFIX__', prefix)
  .replaceAll('__BASE__', base);
const configFile = path.join(prefix, 'nginx.conf');
writeFileSync(configFile, config);

const nginx = spawn('nginx', ['-p', prefix, '-c', configFile, '-e', 'stderr', '-g', 'daemon off;'], { stdio: 'inherit' });
nginx.on('error', (error) => {
  console.error(`Could not start nginx (${error.message}). Install it with: apt-get install -y nginx-light`);
  process.exit(1);
});
nginx.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => nginx.kill('SIGQUIT'));
