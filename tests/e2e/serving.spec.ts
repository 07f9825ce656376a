import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { serveOnFreePort } from '../../scripts/support/nginx';

// A developer may clone into a home folder of mode 700: nginx's workers must still read the site.
test('the test server serves a site from a folder only its owner may enter', async () => {
  const home = mkdtempSync(path.join(tmpdir(), 'lesezeit-home-'));
  chmodSync(home, 0o700);
  const dist = path.join(home, 'app', 'dist');
  mkdirSync(dist, { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Probe</title><p>Hallo</p>');
  const server = await serveOnFreePort({ dist });
  try {
    const response = await fetch(`${server.origin}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<p>Hallo</p>');
  } finally {
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  }
});
