/**
 * Serves a built site with the shipped nginx configuration on a loopback port, in the
 * foreground, until stopped: the browser tests' web server.
 *   tsx scripts/nginxServer.ts --port 4174 --dist dist [--base /lesezeit/]
 */
import { parseArgs } from 'node:util';
import { spawnNginx } from './support/nginx';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4174' },
    dist: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
  },
});

const nginx = spawnNginx(
  { dist: values.dist, port: Number(values.port), base: values.base },
  { stdio: 'inherit', reject: false },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => nginx.kill('SIGQUIT'));
const result = await nginx;
if (result.failed && result.exitCode === undefined) {
  console.error(
    `Could not start nginx (${result.shortMessage}). Install it with: apt-get install -y nginx-light`,
  );
}
process.exit(result.exitCode ?? 1);
