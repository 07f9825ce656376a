import { createHash } from 'node:crypto';

/** The executable inline scripts of an HTML page (JSON and JSON-LD data blocks are not code). */
export function inlineScripts(html: string): string[] {
  return Array.from(html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g))
    .filter(([, attrs = '']) => !/\bsrc=/.test(attrs) && !/type="application\/(ld\+)?json"/.test(attrs))
    .map(([, , body = '']) => body);
}

/** The CSP source that allows exactly this inline script: `'sha256-…'`. */
export function cspHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}
