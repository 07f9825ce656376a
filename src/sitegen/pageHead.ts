import { formatArticleDate } from '../content/articleDate';
import type { Article } from '../content/model';
import { pagePaths, shareImagePath, siteFiles } from '../site/paths';
import { documentTitles } from '../site/titles';
import { absoluteUrl, type SiteConfig } from './siteConfig';

export const shareImageSize = { width: 1200, height: 630 };
const appIconSize = 512;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON inside a script element: `<` escaped so no text can close the element. */
export function jsonInScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const meta = (name: string, content: string) =>
  `<meta name="${name}" content="${escapeHtml(content)}">`;
const property = (name: string, content: string) =>
  `<meta property="${name}" content="${escapeHtml(content)}">`;

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

/** Everything a link preview, a search engine and a reader's tab need to know about an article. */
export function articleHead(article: Article, site: SiteConfig): string {
  const url = absoluteUrl(site, pagePaths.article(article.slug));
  const image = absoluteUrl(site, shareImagePath(article.slug));
  const description = shorten(article.lead, 300);
  const imageAlt = `${article.title} – ${[article.source, formatArticleDate(article.date)].filter(Boolean).join(', ')}`;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: shorten(article.title, 110),
    datePublished: article.date,
    inLanguage: 'de-CH',
    description: article.lead,
    ...(article.summary ? { abstract: article.summary.items.join(' ') } : {}),
    mainEntityOfPage: url,
    url,
    image: {
      '@type': 'ImageObject',
      url: image,
      width: shareImageSize.width,
      height: shareImageSize.height,
      caption: article.hero.caption,
      ...(article.hero.credit ? { creditText: article.hero.credit } : {}),
    },
    // No article names a person as its author: the source that published it stands for it.
    author: { '@type': 'Organization', name: article.source ?? site.name },
    publisher: {
      '@type': 'Organization',
      name: article.source ?? site.name,
      logo: {
        '@type': 'ImageObject',
        url: absoluteUrl(site, siteFiles.appIcon),
        width: appIconSize,
        height: appIconSize,
      },
    },
    timeRequired: `PT${article.readingMinutes}M`,
  };
  return [
    `<title>${escapeHtml(documentTitles.article(article.title))}</title>`,
    meta('description', description),
    `<link rel="canonical" href="${escapeHtml(url)}">`,
    property('og:type', 'article'),
    property('og:site_name', site.name),
    property('og:locale', 'de_CH'),
    property('og:title', article.title),
    property('og:description', description),
    property('og:url', url),
    property('og:image', image),
    property('og:image:type', 'image/png'),
    property('og:image:width', String(shareImageSize.width)),
    property('og:image:height', String(shareImageSize.height)),
    property('og:image:alt', imageAlt),
    property('article:published_time', article.date),
    ...(article.source ? [property('article:publisher', article.source)] : []),
    meta('twitter:card', 'summary_large_image'),
    meta('twitter:title', article.title),
    meta('twitter:description', description),
    meta('twitter:image', image),
    meta('twitter:image:alt', imageAlt),
    `<script type="application/ld+json">${jsonInScript(jsonLd)}</script>`,
  ].join('\n    ');
}

export function homeHead(site: SiteConfig, page: number): string {
  const path = pagePaths.indexPage(page);
  const title = documentTitles.indexPage(page);
  const description =
    'Lesezeit: Nachrichten mit Zusammenfassung und hervorgehobenen Zitaten, ruhig gesetzt und auch offline lesbar.';
  return [
    `<title>${escapeHtml(title)}</title>`,
    meta('description', description),
    `<link rel="canonical" href="${escapeHtml(absoluteUrl(site, path))}">`,
    property('og:type', 'website'),
    property('og:site_name', site.name),
    property('og:locale', 'de_CH'),
    property('og:title', title),
    property('og:description', description),
    property('og:url', absoluteUrl(site, path)),
    meta('twitter:card', 'summary'),
  ].join('\n    ');
}

/** The head of the search page, the briefing and the archive pages. */
export function browseHead(
  site: SiteConfig,
  page: { path: string; title: string; description: string; index: boolean },
): string {
  const url = absoluteUrl(site, page.path);
  return [
    `<title>${escapeHtml(page.title)}</title>`,
    meta('description', page.description),
    `<link rel="canonical" href="${escapeHtml(url)}">`,
    ...(page.index ? [] : [meta('robots', 'noindex')]),
    property('og:type', 'website'),
    property('og:site_name', site.name),
    property('og:locale', 'de_CH'),
    property('og:title', page.title),
    property('og:description', page.description),
    property('og:url', url),
    meta('twitter:card', 'summary'),
  ].join('\n    ');
}

export function notFoundHead(): string {
  return [`<title>${escapeHtml(documentTitles.notFound)}</title>`, meta('robots', 'noindex')].join(
    '\n    ',
  );
}
