/** The page template of the prerendered site: the client bundle's index.html, made ready to fill. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const stylesheetLink = /<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/g;

function readStylesheet(href: string, outDir: string, base: string): string {
  const file = path.join(outDir, href.startsWith(base) ? href.slice(base.length) : href);
  return readFileSync(file, 'utf8').trim();
}

/**
 * Puts the whole stylesheet into the page: the app shell, which renders every route in the
 * browser, paints from it without a render-blocking request.
 */
export function inlineStylesheets(template: string, outDir: string, base: string): string {
  return template.replace(
    stylesheetLink,
    (_tag, href: string) => `<style>${readStylesheet(href, outDir, base)}</style>`,
  );
}

/** The text of the stylesheets the template links, in their order. */
export function linkedStylesheets(template: string, outDir: string, base: string): string {
  return [...template.matchAll(stylesheetLink)]
    .map((match) => readStylesheet(match[1] ?? '', outDir, base))
    .join('');
}

/**
 * Moves the stylesheet links from the head to the end of the body, for prerendered pages that
 * carry in their head the part of the stylesheet they need (criticalCss.ts). At the end of the
 * body a stylesheet blocks neither the first paint nor the text above it, and the module script
 * after it runs only once it has arrived, so whatever the app renders later is styled at once.
 */
export function stylesheetsLast(template: string): string {
  const links = template.match(stylesheetLink) ?? [];
  if (links.length === 0) return template;
  let page = template;
  for (const link of links) page = page.replace(link, '');
  return page.replace('</body>', `${links.join('')}</body>`);
}

/**
 * Moves the app's module script from the head to the end of the body. Deferred either way, but
 * in the head the browser starts the script download while the page itself is still arriving,
 * and on a slow line the two share the bandwidth: the article text would arrive later.
 */
export function entryScriptLast(template: string): string {
  const scripts =
    template.match(/<script type="module"[^>]*\bsrc="[^"]+"[^>]*><\/script>\s*/g) ?? [];
  if (scripts.length === 0) return template;
  let page = template;
  for (const script of scripts) page = page.replace(script, '');
  return page.replace('</body>', `${scripts.map((s) => s.trim()).join('')}</body>`);
}

const rootElement = '<div id="root"></div>';
const titleElement = /<title>[^<]*<\/title>/;
/** The end of the body: the stylesheet links and module scripts moved there, then `</body>`. */
const bodyEnd =
  /(?:<link rel="stylesheet"[^>]*>)*(?:<script type="module"[^>]*><\/script>)?<\/body>/;

/**
 * The template cut once at its three slots (the title, the root element, the end of the body
 * before the module script) and its parts encoded once, so each page is its three slot contents
 * encoded and joined: no search of the whole page and no encoding of the inlined CSS per page.
 * Slot contents go in verbatim: no `$&` or `$'` in an article is read as a pattern.
 */
export function pageTemplate(
  template: string,
): (head: string, html: string, dataScript: string) => Buffer {
  const title = titleElement.exec(template);
  const rootAt = template.indexOf(rootElement);
  const afterRoot = rootAt + rootElement.length;
  const end = rootAt < 0 ? null : bodyEnd.exec(template.slice(afterRoot));
  const afterTitle = title ? title.index + title[0].length : 0;
  if (!title || !end || rootAt < afterTitle) {
    // Not the shape of the app's index.html: fill it slot by slot.
    return (head, html, dataScript) =>
      Buffer.from(
        template
          .replace(titleElement, () => head)
          .replace(rootElement, () => `<div id="root">${html}</div>`)
          .replace(bodyEnd, (found) => `${dataScript}${found}`),
      );
  }
  const endAt = afterRoot + end.index;
  const [beforeTitle, beforeRoot, beforeEnd, rest] = [
    template.slice(0, title.index),
    `${template.slice(afterTitle, rootAt)}<div id="root">`,
    `</div>${template.slice(afterRoot, endAt)}`,
    template.slice(endAt),
  ].map((part) => Buffer.from(part));
  return (head, html, dataScript) =>
    Buffer.concat([
      beforeTitle,
      Buffer.from(head),
      beforeRoot,
      Buffer.from(html),
      beforeEnd,
      Buffer.from(dataScript),
      rest,
    ] as Uint8Array[]);
}

export function fillTemplate(
  template: string,
  head: string,
  html: string,
  dataScript: string,
): string {
  return pageTemplate(template)(head, html, dataScript).toString();
}

/**
 * The stylesheet of a route whose code loads on demand (`assets/searchRoute-<hash>.css`), inlined
 * like the app's own: the prerendered page paints styled before its script has run.
 */
export function routeStyles(clientDir: string, routeModule: string): string {
  const assets = path.join(clientDir, 'assets');
  return readdirSync(assets)
    .filter((file) => file.startsWith(`${routeModule}-`) && file.endsWith('.css'))
    .sort()
    .map((file) => `<style>${readFileSync(path.join(assets, file), 'utf8').trim()}</style>`)
    .join('');
}
