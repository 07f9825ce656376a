import { under } from '../site/paths';
import { siteName } from '../site/titles';

/** Where the site lives: absolute URLs in meta tags and feeds are built from this. */
export type SiteConfig = {
  /** Origin without a trailing slash, e.g. `https://lesezeit.example` (env `SITE_URL`). */
  origin: string;
  /** Base path with leading and trailing slash, e.g. `/` or `/lesezeit/` (env `BASE_PATH`). */
  base: string;
  name: string;
};

export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/*|\/*$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function siteConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  return {
    origin: (env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, ''),
    base: normalizeBase(env.BASE_PATH),
    name: siteName,
  };
}

/** An absolute URL for a path below the base (see src/site/paths.ts) on the site's origin. */
export function absoluteUrl(site: SiteConfig, path: string): string {
  return `${site.origin}${under(site.base, path.replace(/^\//, ''))}`;
}
