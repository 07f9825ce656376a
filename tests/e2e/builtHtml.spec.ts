import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inlineScripts } from '../../src/sitegen/inlineScripts';
import { projectRoot } from '../../scripts/support/project';
import { builtArticles, distDir, expect, test } from './fixtures';

/** The static HTML of every article, read from the build: what a link preview or a reader without JavaScript gets. */
const decode = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

function textOf(html: string): string {
  return decode(
    html
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/<[^>]+>/g, ''),
  );
}

function meta(html: string, attr: string, key: string): string | undefined {
  const value = new RegExp(`<meta ${attr}="${key.replace(/[:]/g, '\\:')}" content="([^"]*)"`).exec(
    html,
  )?.[1];
  return value === undefined ? undefined : decode(value);
}

type BuiltArticle = {
  slug: string;
  title: string;
  lead: string;
  date: string;
  summary: { label: string; items: string[] } | null;
  body: Array<{ type: string; text: string; id?: string }>;
};

test.describe('prerendered article pages', () => {
  for (const article of builtArticles() as BuiltArticle[]) {
    test(`${article.slug}: text and meta are in the HTML`, () => {
      const html = readFileSync(path.join(distDir, 'artikel', `${article.slug}.html`), 'utf8');
      const text = textOf(html).replace(/\s+/g, ' ');
      const norm = (s: string) => s.replace(/\s+/g, ' ');
      expect(text).toContain(norm(article.title));
      expect(text).toContain(norm(article.lead));
      for (const item of article.summary?.items ?? []) expect(text).toContain(norm(item));
      for (const block of article.body) expect(text).toContain(norm(block.text));
      for (const block of article.body.filter((b) => b.type === 'heading'))
        expect(html).toContain(`id="${block.id}"`);

      const url = `http://localhost:4173/artikel/${article.slug}`;
      expect(html).toMatch(/<html lang="de-CH"/);
      expect(decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')).toBe(
        `${article.title} – Lesezeit`,
      );
      expect(meta(html, 'name', 'description')).toBeTruthy();
      expect(html).toContain(`<link rel="canonical" href="${url}">`);
      expect(meta(html, 'property', 'og:type')).toBe('article');
      expect(meta(html, 'property', 'og:title')).toBe(article.title);
      expect(meta(html, 'property', 'og:url')).toBe(url);
      expect(meta(html, 'property', 'og:image')).toBe(
        `http://localhost:4173/og/${article.slug}.png`,
      );
      expect(meta(html, 'property', 'og:image:width')).toBe('1200');
      expect(meta(html, 'property', 'og:image:height')).toBe('630');
      expect(meta(html, 'property', 'og:image:alt')).toContain(article.title);
      expect(meta(html, 'property', 'og:locale')).toBe('de_CH');
      expect(meta(html, 'property', 'article:published_time')).toBe(article.date);
      expect(meta(html, 'name', 'twitter:card')).toBe('summary_large_image');

      const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
      const jsonLd = JSON.parse(ld ?? 'null');
      expect(jsonLd).toMatchObject({
        '@type': 'NewsArticle',
        headline: expect.any(String),
        datePublished: article.date,
        description: article.lead,
      });
      expect(jsonLd.image).toMatchObject({ width: 1200, height: 630 });
      if (article.summary) expect(jsonLd.abstract).toBe(article.summary.items.join(' '));

      const png = readFileSync(path.join(distDir, 'og', `${article.slug}.png`));
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBe(630);
    });
  }

  test('the 404 page and the app shell exist', () => {
    expect(textOf(readFileSync(path.join(distDir, '404.html'), 'utf8'))).toContain(
      'Seite nicht gefunden',
    );
    expect(readFileSync(path.join(distDir, 'shell.html'), 'utf8')).toContain(
      '<div id="root"></div>',
    );
  });
});

test.describe('Content-Security-Policy', () => {
  const pages = [
    'index.html',
    '404.html',
    'shell.html',
    ...builtArticles().map((a) => `artikel/${a.slug}.html`),
  ];
  const policies = {
    'deploy/nginx.conf': readFileSync(path.join(projectRoot, 'deploy/nginx.conf'), 'utf8'),
    'public/_headers': readFileSync(path.join(projectRoot, 'public/_headers'), 'utf8'),
  };

  for (const [file, policy] of Object.entries(policies)) {
    test(`${file} allows scripts from the site only, and no page needs an inline one`, () => {
      for (const page of pages) {
        const scripts = inlineScripts(readFileSync(path.join(distDir, page), 'utf8'));
        expect(scripts, page).toEqual([]);
      }
      // The search's WebAssembly is all the policy allows beyond the site's own scripts; the
      // only worker is the service worker, from the site.
      expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
      expect(policy).toMatch(/worker-src 'self';/);
    });
  }
});
