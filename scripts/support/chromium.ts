/**
 * Debian's Chromium and the flags it runs with, shared by the browser tests (playwright.config.ts),
 * the benchmarks and the screenshot script: tools here cannot download a browser of their own.
 */
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Playwright's launch options. */
export const chromiumLaunch = {
  executablePath: chromePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

/** The same flags, headless, for a Chromium started outside Playwright (Lighthouse). */
export const headlessChromeFlags = ['--headless=new', ...chromiumLaunch.args];
