/**
 * `npm run bench`: how fast the reference article reaches a phone, against its limit.
 *
 * Builds the app (as `npm run build:app` does, into dist-bench/ so dist/ is left alone), a
 * client-only build (PRERENDER=off, into dist-bench-spa/) and a bare HTML page with the same
 * text and no CSS or JS (dist-bench-bare/); serves each with nginx on its own loopback port; runs
 * Lighthouse (mobile, devtools throttling, Debian's Chromium) on the three, interleaved; prints
 * the medians and what a first visit transfers. Reports figures only: it never fails because
 * the machine is slow.
 *   tsx scripts/bench.ts [--runs 3] [--no-build]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Result as LighthouseResult } from 'lighthouse';
import { readSeedFiles } from '../src/sitegen/readSeeds';
import { formatArticleDate } from '../src/content/articleDate';
import { buildCollection } from '../src/content/collection';
import type { Article } from '../src/content/model';
import { pageFile, pagePaths, under } from '../src/site/paths';
import {
  failingAudits,
  lcpElement,
  metricsOf,
  renderBlocking,
  runLighthouse,
  type PageMetrics,
} from './support/lighthouse';
import { serveOnFreePort, type NginxServer } from './support/nginx';
import { buildApp, buildEnv, requireTools } from './support/processes';
import { projectRoot as root } from './support/project';
import {
  kb,
  loadWarning,
  logDir,
  logFile,
  machineLoad,
  median,
  resultsDir,
  runMain,
  seconds,
  table,
  writeResults,
} from './support/report';
import { precacheOf, transferOf, type Transfer } from './support/transfer';

const referenceId = '000_9b53e7306838c131';
const jsBudget = 110 * 1024;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs) || 3);

const dirs = {
  app: path.join(root, 'dist-bench'),
  spa: path.join(root, 'dist-bench-spa'),
  bare: path.join(root, 'dist-bench-bare'),
};

type Variant = { key: 'a' | 'b' | 'c'; name: string; server: NginxServer | null; url: string };

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The article as the simplest possible page: its text in semantic HTML, no CSS, no JS. */
function bareArticlePage(article: Article): string {
  const body = article.body
    .map((b) =>
      b.type === 'heading'
        ? `<h2 id="${escapeHtml(b.id)}">${escapeHtml(b.text)}</h2>`
        : `<p>${escapeHtml(b.text)}</p>`,
    )
    .join('\n');
  const summary = article.summary
    ? `<section><h2>${escapeHtml(article.summary.label)}</h2>\n<ul>${article.summary.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul></section>`
    : '';
  const credit = article.hero.credit ? ` <small>${escapeHtml(article.hero.credit)}</small>` : '';
  return `<!doctype html>
<html lang="de-CH">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>
<meta name="description" content="${escapeHtml(article.lead)}">
<link rel="icon" href="data:,">
</head>
<body>
<main>
<article>
<h1>${escapeHtml(article.title)}</h1>
<p><time datetime="${escapeHtml(article.date)}">${escapeHtml(formatArticleDate(article.date))}</time></p>
<p>${escapeHtml(article.hero.caption)}${credit}</p>
<p>${escapeHtml(article.lead)}</p>
${summary}
${body}
</article>
</main>
</body>
</html>
`;
}

function referenceArticle(): Article {
  const { articles } = buildCollection(readSeedFiles(path.join(root, 'seeds')));
  const article = articles.find((a) => a.id === referenceId);
  if (!article)
    throw new Error(`The reference article seeds/${referenceId}.txt is missing or does not parse.`);
  return article;
}

async function build(article: Article): Promise<void> {
  console.log('Building the app (server bundle, client build, prerender) into dist-bench/ …');
  const app = await buildApp(dirs.app, buildEnv({}), logDir, 'bench-app');
  if (!app.ok) throw new Error(`The build failed; see ${path.relative(root, app.log)}`);
  console.log(`  done in ${seconds(app.ms)}`);
  console.log('Building the client-only variant (PRERENDER=off) into dist-bench-spa/ …');
  const spa = await buildApp(dirs.spa, buildEnv({ PRERENDER: 'off' }), logDir, 'bench-spa');
  if (!spa.ok) throw new Error(`The client-only build failed; see ${path.relative(root, spa.log)}`);
  console.log(`  done in ${seconds(spa.ms)}`);
  rmSync(dirs.bare, { recursive: true, force: true });
  const page = path.join(dirs.bare, pageFile(pagePaths.article(article.slug)));
  mkdirSync(path.dirname(page), { recursive: true });
  writeFileSync(page, bareArticlePage(article));
  writeFileSync(
    path.join(dirs.bare, pageFile(pagePaths.home)),
    '<!doctype html><title>bench</title>',
  );
}

const fmtScore = (s: number | null) => (s === null ? 'n/a' : String(Math.round(s * 100)));

async function main(): Promise<number> {
  const missing = requireTools();
  if (missing) {
    console.error(missing);
    return 1;
  }
  const article = referenceArticle();
  if (!values['no-build']) await build(article);
  const articlePath = under('/', pagePaths.article(article.slug));

  const [app, bare, spa] = await Promise.all([
    serveOnFreePort({ dist: dirs.app }, logFile('bench-nginx-app')),
    serveOnFreePort({ dist: dirs.bare }, logFile('bench-nginx-bare')),
    serveOnFreePort({ dist: dirs.spa, singlePageApp: true }, logFile('bench-nginx-spa')),
  ]);
  const variants: Variant[] = [
    { key: 'a', name: '(a) prerendered article', server: app, url: app.origin + articlePath },
    { key: 'b', name: '(b) bare HTML (the limit)', server: bare, url: bare.origin + articlePath },
    { key: 'c', name: '(c) client-only SPA', server: spa, url: spa.origin + articlePath },
  ];
  console.log(
    `Serving with nginx: ${variants.map((v) => `${v.key} ${v.server?.origin}`).join(', ')}`,
  );
  console.log(
    `Lighthouse: mobile, devtools throttling, ${runs} runs each, interleaved (about 20 s a run) …`,
  );

  const lighthouseDir = path.join(resultsDir, 'lighthouse');
  mkdirSync(lighthouseDir, { recursive: true });
  const results = new Map<
    Variant['key'],
    Array<{ metrics: PageMetrics; lhr: LighthouseResult } | { error: string }>
  >();
  const loads: Array<ReturnType<typeof machineLoad>> = [];
  for (let run = 0; run < runs; run++) {
    // Rotate the order so that no variant always runs first (or last) in a round.
    const order = variants.map((_, i) => variants[(i + run) % variants.length] as Variant);
    for (const variant of order) {
      const list = results.get(variant.key) ?? [];
      results.set(variant.key, list);
      loads.push(machineLoad());
      try {
        const lhr = await runLighthouse(variant.url, 'devtools');
        if (lhr.runtimeError)
          throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        const metrics = metricsOf(lhr);
        list.push({ metrics, lhr });
        writeFileSync(
          path.join(lighthouseDir, `${variant.key}-${run + 1}.json`),
          JSON.stringify(lhr),
        );
        console.log(
          `  run ${run + 1} ${variant.key}: LCP ${seconds(metrics.lcp)}, FCP ${seconds(metrics.fcp)}, TBT ${Math.round(metrics.tbt)} ms, CLS ${metrics.cls.toFixed(3)}`,
        );
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        list.push({ error: message });
        console.log(`  run ${run + 1} ${variant.key}: failed (${message})`);
      }
    }
  }

  const summary = variants.map((variant) => {
    const ok = (results.get(variant.key) ?? []).flatMap((r) => ('metrics' in r ? [r] : []));
    const pick = (f: (m: PageMetrics) => number | null) =>
      median(ok.map((r) => f(r.metrics) ?? Number.NaN));
    return {
      key: variant.key,
      name: variant.name,
      url: variant.url,
      runs: ok.length,
      failedRuns: (results.get(variant.key) ?? []).length - ok.length,
      lcpRuns: ok.map((r) => Math.round(r.metrics.lcp)),
      median: {
        lcp: pick((m) => m.lcp),
        fcp: pick((m) => m.fcp),
        tbt: pick((m) => m.tbt),
        cls: pick((m) => m.cls),
        performance: pick((m) => m.performance),
        accessibility: pick((m) => m.accessibility),
        bestPractices: pick((m) => m.bestPractices),
        seo: pick((m) => m.seo),
      },
      lhr: ok[0]?.lhr ?? null,
    };
  });

  console.log(
    `\nReference article ${articlePath} — medians of ${runs} Lighthouse runs (mobile, devtools throttling)\n`,
  );
  console.log(
    table(
      ['page', 'LCP', 'FCP', 'TBT', 'CLS', 'Perf', 'A11y', 'BP', 'SEO', 'LCP of each run'],
      summary.map((s) => [
        s.name,
        seconds(s.median.lcp),
        seconds(s.median.fcp),
        Number.isFinite(s.median.tbt) ? `${Math.round(s.median.tbt)} ms` : 'n/a',
        Number.isFinite(s.median.cls) ? s.median.cls.toFixed(3) : 'n/a',
        ...[s.median.performance, s.median.accessibility, s.median.bestPractices, s.median.seo].map(
          (v) => (Number.isFinite(v) ? fmtScore(v) : 'n/a'),
        ),
        s.lcpRuns.map((ms) => (ms / 1000).toFixed(2)).join(' / ') +
          (s.failedRuns ? ` (${s.failedRuns} failed)` : ''),
      ]),
    ),
  );
  const warning = loadWarning(loads);
  if (warning) console.log(`\n${warning}`);
  const [a, b, c] = summary;
  const ratioAB = (a?.median.lcp ?? Number.NaN) / (b?.median.lcp ?? Number.NaN);
  const ratioAC = (a?.median.lcp ?? Number.NaN) / (c?.median.lcp ?? Number.NaN);
  console.log(
    `\nLCP ratio a/b (app ÷ bare HTML): ${Number.isFinite(ratioAB) ? ratioAB.toFixed(2) : 'n/a'}`,
  );
  console.log(
    `LCP ratio a/c (app ÷ client-only): ${Number.isFinite(ratioAC) ? ratioAC.toFixed(2) : 'n/a'}`,
  );

  // What a first visit to the article transfers: the requests of a Lighthouse run of (a),
  // fetched again from nginx with gzip so that the bytes are exactly what it sends.
  let transfer: Transfer | null = null;
  const appLhr = a?.lhr ?? null;
  if (appLhr) {
    transfer = await transferOf(appLhr, a?.url ?? '');
    const encodings = [...new Set(transfer.requests.map((r) => r.encoding ?? 'none'))].join(', ');
    console.log(`\nFirst visit to ${articlePath} (cold cache), bytes as nginx sends them\n`);
    const rows = (['HTML', 'CSS', 'JS', 'data', 'other'] as const).map((type) => {
      const t = transfer?.byType[type] ?? { count: 0, compressed: 0, gzip: 0, raw: 0 };
      return [type, String(t.count), kb(t.compressed), kb(t.gzip), kb(t.raw)];
    });
    const { total } = transfer;
    rows.push(['total', String(total.count), kb(total.compressed), kb(total.gzip), kb(total.raw)]);
    console.log(table(['type', 'requests', 'as sent', 'gzip only', 'uncompressed'], rows));
    console.log(`(as sent: what nginx answers a browser's Accept-Encoding; here ${encodings})`);
    console.log(
      `\nInside the HTML: ${kb(transfer.inline.css)} of inlined CSS, ${kb(transfer.inline.data)} of page data (JSON), ${transfer.inline.modulepreloads} modulepreload link(s).`,
    );
    const js = transfer.requests.filter((r) => r.type === 'JS' && !r.byWorker);
    const sum = (f: (r: (typeof js)[number]) => number) => js.reduce((acc, r) => acc + f(r), 0);
    console.log(
      `\nJS of the article route: ${kb(sum((r) => r.compressed))} as sent, ${kb(sum((r) => r.gzip))} gzip, ${kb(sum((r) => r.raw))} uncompressed, in ${js.length} file(s)`,
    );
    for (const r of js) {
      console.log(
        `  ${r.url}  ${kb(r.compressed)} ${r.encoding ?? ''} / ${kb(r.gzip)} gzip / ${kb(r.raw)}`,
      );
    }
    if (sum((r) => r.gzip) > jsBudget) {
      console.log(
        `  over the ${kb(jsBudget)} budget (gzip) by ${kb(sum((r) => r.gzip) - jsBudget)}`,
      );
    }
    const worker = transfer.requests.filter((r) => r.byWorker);
    if (worker.length > 0) {
      console.log(
        `\nFetched by the service worker during the visit (not counted above): ${worker.length} request(s), ${kb(worker.reduce((s, r) => s + r.compressed, 0))}.`,
      );
    }
    const others = transfer.requests.filter((r) => r.type === 'other');
    console.log(
      `\nOther requests: ${others.map((r) => `${r.url} (${r.status})`).join(', ') || 'none'}`,
    );
  }
  const precache = precacheOf(dirs.app);
  console.log(
    precache
      ? `Service worker precache (downloaded after the first visit): ${precache.entries} files, ${kb(precache.raw)} (${kb(precache.compressed)} as sent)`
      : 'Service worker precache: n/a (no service worker yet)',
  );

  const diagnostics = summary.map((s) => ({
    key: s.key,
    lcpElement: s.lhr ? lcpElement(s.lhr) : null,
    renderBlocking: s.lhr ? renderBlocking(s.lhr) : [],
    failing: s.lhr ? failingAudits(s.lhr) : [],
  }));
  console.log('\nDiagnostics (first successful run of each)');
  for (const d of diagnostics) {
    console.log(`  ${d.key}: LCP element ${d.lcpElement ?? 'n/a'}`);
    console.log(
      `     render-blocking: ${d.renderBlocking.length ? d.renderBlocking.join(', ') : 'none'}`,
    );
    for (const f of d.failing)
      console.log(`     ${f.category}: ${f.id} (${Math.round(f.score * 100)}) ${f.value}`);
  }

  const file = writeResults('bench', {
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length, loadAverages: loads.map((l) => l.load) },
    settings: {
      runs,
      formFactor: 'mobile',
      throttlingMethod: 'devtools',
      chromium: '/usr/bin/chromium',
    },
    article: { id: referenceId, slug: article.slug, path: articlePath },
    variants: summary.map(({ lhr: _lhr, ...rest }) => rest),
    lcpRatio: { aOverB: ratioAB, aOverC: ratioAC },
    firstVisit: transfer,
    precache,
    diagnostics,
  });
  console.log(`\nFigures written to ${file} (Lighthouse reports in bench-results/lighthouse/).`);
  return 0;
}

void runMain(main);
