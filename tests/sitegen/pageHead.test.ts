import { describe, expect, it } from 'vitest';
import { articleHead, escapeHtml, jsonInScript } from '../../src/sitegen/pageHead';
import { absoluteUrl, normalizeBase, siteConfigFromEnv } from '../../src/sitegen/siteConfig';
import { parseFixture, referencePath } from '../content/fixtureFiles';

const site = { origin: 'https://lesezeit.example', base: '/zeitung/', name: 'Lesezeit' };

function metaContent(head: string, attr: 'name' | 'property', key: string): string | undefined {
  const match = new RegExp(`<meta ${attr}="${key}" content="([^"]*)">`).exec(head);
  return match?.[1];
}

describe('site configuration', () => {
  it.each([
    [undefined, '/'],
    ['/', '/'],
    ['lesezeit', '/lesezeit/'],
    ['/lesezeit', '/lesezeit/'],
    ['/a/b/', '/a/b/'],
  ])('base %s → %s', (input, base) => {
    expect(normalizeBase(input)).toBe(base);
  });

  it('defaults to localhost:4173 and builds absolute URLs under the base', () => {
    expect(siteConfigFromEnv({})).toEqual({
      origin: 'http://localhost:4173',
      base: '/',
      name: 'Lesezeit',
    });
    expect(absoluteUrl(site, 'artikel/x')).toBe('https://lesezeit.example/zeitung/artikel/x');
  });
});

describe('articleHead', () => {
  const article = parseFixture(referencePath);
  const head = articleHead(article, site);
  const url = `https://lesezeit.example/zeitung/artikel/${article.slug}`;

  it.each([
    ['property', 'og:type', 'article'],
    ['property', 'og:title', article.title],
    ['property', 'og:url', url],
    ['property', 'og:image', `https://lesezeit.example/zeitung/og/${article.slug}.png`],
    ['property', 'og:image:width', '1200'],
    ['property', 'og:image:height', '630'],
    ['property', 'og:locale', 'de_CH'],
    ['property', 'article:published_time', '2025-04'],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'description', article.lead],
  ] as const)('%s %s', (attr, key, value) => {
    expect(metaContent(head, attr, key)).toBe(escapeHtml(value));
  });

  it('has title and canonical URL', () => {
    expect(head).toContain(`<title>${article.title} – Lesezeit</title>`);
    expect(head).toContain(`<link rel="canonical" href="${url}">`);
  });

  it('describes the article as JSON-LD NewsArticle', () => {
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(head)?.[1] ?? '';
    expect(JSON.parse(json)).toMatchObject({
      '@type': 'NewsArticle',
      headline: article.title,
      datePublished: '2025-04',
      description: article.lead,
      abstract: article.summary?.items.join(' '),
      image: { url: `https://lesezeit.example/zeitung/og/${article.slug}.png`, creditText: 'AFP' },
      publisher: { name: 'blue News' },
    });
  });

  it('names the source as author and publisher, with the app icon as logo', () => {
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(head)?.[1] ?? '';
    expect(JSON.parse(json)).toMatchObject({
      author: { '@type': 'Organization', name: 'blue News' },
      publisher: {
        '@type': 'Organization',
        name: 'blue News',
        logo: {
          '@type': 'ImageObject',
          url: 'https://lesezeit.example/zeitung/pwa-512x512.png',
          width: 512,
          height: 512,
        },
      },
    });
  });

  it('escapes markup in text so it stays text', () => {
    const markup = articleHead(parseFixture('markup.txt'), site);
    expect(markup).not.toContain('<script>alert');
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; mehr');
    expect(jsonInScript({ t: '</script><script>' })).toBe('{"t":"\\u003c/script>\\u003cscript>"}');
  });
});
