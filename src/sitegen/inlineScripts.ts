/** The executable inline scripts of an HTML page (JSON and JSON-LD data blocks are not code). */
export function inlineScripts(html: string): string[] {
  return Array.from(html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g))
    .filter(
      ([, attrs = '']) => !/\bsrc=/.test(attrs) && !/type="application\/(ld\+)?json"/.test(attrs),
    )
    .map(([, , body = '']) => body);
}
