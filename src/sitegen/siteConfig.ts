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
    name: 'Lesezeit',
  };
}

/** An absolute URL for a path inside the app (`artikel/x` → `https://host/base/artikel/x`). */
export function absoluteUrl(site: SiteConfig, path: string): string {
  return `${site.origin}${site.base}${path.replace(/^\//, '')}`;
}
