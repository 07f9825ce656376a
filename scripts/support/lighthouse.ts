/** Lighthouse runs in Debian's Chromium, and what the benchmarks read from their reports. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result as LighthouseResult } from 'lighthouse';
import { chromePath, headlessChromeFlags } from './chromium';

export type LighthouseMode = 'devtools' | 'network-only';

/**
 * One Lighthouse run in a fresh Chromium: mobile, devtools throttling, the four categories; or,
 * for `network-only`, just the network requests of a page view without throttling.
 */
export async function runLighthouse(url: string, mode: LighthouseMode): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: headlessChromeFlags,
    logLevel: 'silent',
  });
  try {
    const settings =
      mode === 'devtools'
        ? {
            formFactor: 'mobile' as const,
            throttlingMethod: 'devtools' as const,
            disableFullPageScreenshot: true,
          }
        : {
            formFactor: 'mobile' as const,
            throttlingMethod: 'provided' as const,
            onlyAudits: ['network-requests'],
            disableFullPageScreenshot: true,
          };
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error' },
      { extends: 'lighthouse:default', settings },
    );
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

export type PageMetrics = {
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
};

export function metricsOf(lhr: LighthouseResult): PageMetrics {
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const score = (id: string) => lhr.categories[id]?.score ?? null;
  return {
    lcp: value('largest-contentful-paint'),
    fcp: value('first-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
  };
}

type DetailsItem = Record<string, unknown>;

export function auditItems(lhr: LighthouseResult, id: string): DetailsItem[] {
  const details = lhr.audits[id]?.details as { items?: unknown[] } | undefined;
  return (details?.items ?? []).filter(
    (i): i is DetailsItem => typeof i === 'object' && i !== null,
  );
}

/** Audits that cost points (weighted, score below 1), by category: what to look at first. */
export function failingAudits(
  lhr: LighthouseResult,
): Array<{ category: string; id: string; score: number; title: string; value: string }> {
  const out: Array<{ category: string; id: string; score: number; title: string; value: string }> =
    [];
  for (const [category, { auditRefs }] of Object.entries(lhr.categories)) {
    for (const ref of auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      out.push({
        category,
        id: ref.id,
        score: audit.score,
        title: audit.title,
        value: audit.displayValue ?? '',
      });
    }
  }
  return out;
}

/** The URLs Lighthouse flags as render-blocking, from the insight or the classic audit. */
export function renderBlocking(lhr: LighthouseResult): string[] {
  const urls = [
    ...auditItems(lhr, 'render-blocking-insight'),
    ...auditItems(lhr, 'render-blocking-resources'),
  ]
    .map((i) => i.url)
    .filter((u): u is string => typeof u === 'string');
  return [...new Set(urls)];
}

export function lcpElement(lhr: LighthouseResult): string | null {
  for (const table of auditItems(lhr, 'largest-contentful-paint-element')) {
    for (const item of (table.items as DetailsItem[] | undefined) ?? []) {
      const node = item.node as { selector?: string; nodeLabel?: string } | undefined;
      if (node) return `${node.selector ?? '?'} (“${(node.nodeLabel ?? '').slice(0, 50)}”)`;
    }
  }
  return null;
}
