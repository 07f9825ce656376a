import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunch } from './scripts/support/chromium';

export const e2ePort = Number(process.env.E2E_PORT ?? 4174);
/** The sub-path build (`npm run build:subpath`), served under /lesezeit/. */
export const subpathPort = e2ePort + 1;

/** The phone the browser tests read on (the sub-path tests too). */
const phone = {
  ...devices['Pixel 7'],
  viewport: { width: 390, height: 844 },
  browserName: 'chromium' as const,
};

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI
    ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]]
    : 'list',
  use: {
    baseURL: `http://127.0.0.1:${e2ePort}`,
    launchOptions: chromiumLaunch,
    locale: 'de-CH',
    trace: 'retain-on-failure',
  },
  projects: [
    // Checks of the built files and the test server themselves; no browser needed.
    { name: 'build', testMatch: ['builtHtml.spec.ts', 'serving.spec.ts'] },
    {
      name: 'subpath',
      testMatch: 'subpath.spec.ts',
      use: { ...phone, baseURL: `http://127.0.0.1:${subpathPort}/lesezeit/` },
    },
    {
      name: 'phone',
      testIgnore: ['builtHtml.spec.ts', 'serving.spec.ts', 'subpath.spec.ts'],
      use: phone,
    },
    {
      name: 'desktop',
      testIgnore: ['builtHtml.spec.ts', 'serving.spec.ts', 'subpath.spec.ts'],
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        browserName: 'chromium',
      },
    },
  ],
  webServer: [
    {
      command: `npx tsx scripts/nginxServer.ts --port ${e2ePort} --dist dist`,
      url: `http://127.0.0.1:${e2ePort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `npx tsx scripts/nginxServer.ts --port ${subpathPort} --dist dist-subpath --base /lesezeit/`,
      url: `http://127.0.0.1:${subpathPort}/lesezeit/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
