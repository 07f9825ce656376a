import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { projectRoot } from '../../scripts/support/project';
export const distDir = path.join(projectRoot, 'dist');

/** The articles of the build under test, as the build wrote them. */
export function builtArticles(): Array<{ slug: string; title: string; lead: string }> {
  const dir = path.join(distDir, 'data/artikel');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')));
}

export const referenceSlug = 'us-praesident-trump-zusammen-mit-selenskyj-beim-treffen-in-rom';
export const referencePath = `/artikel/${referenceSlug}`;

/**
 * Every test fails on a console error, an uncaught exception or a CSP violation in the page:
 * hydration mismatches, broken requests and blocked scripts all show up there.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        // A page that answers 404 on purpose logs its own status; that is the expected response.
        if (/status of 404/.test(message.text()) && message.location().url === page.url()) return;
        if (
          message.type() === 'error' ||
          (message.type() === 'warning' && /hydrat|Content Security Policy/i.test(message.text()))
        ) {
          problems.push(`${message.type()}: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      await use(problems);
      expect(problems, 'console errors, exceptions or CSP violations in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Offline, requests for what is not on the device fail on purpose, and Chromium logs each one. */
const offlineNoise = /^error: Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED)$/;

/**
 * `goOffline(context)` cuts the network. From then on, and only then, the failed loads that
 * Chromium logs are expected; every other console error still fails the test.
 */
export const offlineTest = test.extend<{ goOffline: (context: BrowserContext) => Promise<void> }>({
  goOffline: async ({ pageProblems }, provide) => {
    let since: number | null = null;
    await provide(async (context) => {
      since ??= pageProblems.length;
      await context.setOffline(true);
    });
    if (since !== null) {
      const kept = pageProblems.filter(
        (problem, i) => i < (since ?? 0) || !offlineNoise.test(problem),
      );
      pageProblems.splice(0, pageProblems.length, ...kept);
    }
  },
});

/** Sets the reader's theme the way the app stores it, before any page script runs. */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
}

export function screenshotPath(name: string, project: string): string {
  return path.join(projectRoot, 'test-results/screenshots', `${name}-${project}.png`);
}

/**
 * The layout shifts the page has had since it loaded (CLS without session windows), with each
 * shift's moved elements as `tag.class "text…" x,y w×h → x,y w×h`, so a failure says what moved.
 */
export function layoutShifts(page: Page): Promise<{ value: number; moved: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ value: number; moved: string[] }>((resolve) => {
        type Shift = PerformanceEntry & {
          value: number;
          sources?: Array<{ node: Node | null; previousRect: DOMRect; currentRect: DOMRect }>;
        };
        const found = { value: 0, moved: [] as string[] };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Shift[]) {
            found.value += entry.value;
            for (const { node, previousRect, currentRect } of entry.sources ?? []) {
              const element = node instanceof Element ? node : node?.parentElement;
              const name = element
                ? `${element.localName}.${element.getAttribute('class') ?? ''}`
                : '(gone)';
              const text = (node?.textContent ?? '').slice(0, 30);
              const box = (r: DOMRect) => `${r.x},${r.y} ${r.width}×${r.height}`;
              found.moved.push(`${name} "${text}" ${box(previousRect)} → ${box(currentRect)}`);
            }
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(found), 500);
      }),
  );
}

/** Fails when anything on screen has moved since the page loaded, naming what moved. */
export async function expectNoLayoutShift(page: Page): Promise<void> {
  const { value, moved } = await layoutShifts(page);
  expect(value, `layout shift of ${value}; moved: ${moved.join('; ')}`).toBe(0);
}
