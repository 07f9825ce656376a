import { describe, expect, it } from 'vitest';
import {
  entryScriptLast,
  fillTemplate,
  pageTemplate,
  stylesheetsLast,
} from '../../src/sitegen/prerender';

const template = `<!doctype html>
<html lang="de-CH">
  <head>
    <script>start()</script>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <title>Lesezeit</title>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;

describe('entryScriptLast', () => {
  it('moves the module script from the head to the end of the body, and keeps inline scripts', () => {
    const page = entryScriptLast(template);
    const head = page.slice(0, page.indexOf('</head>'));
    expect(head).toContain('<script>start()</script>');
    expect(head).not.toContain('index-abc.js');
    expect(page).toMatch(
      /<script type="module" crossorigin src="\/assets\/index-abc\.js"><\/script><\/body>/,
    );
    expect(page.match(/index-abc\.js/g)).toHaveLength(1);
  });

  it('leaves a page without a module script alone', () => {
    const page = '<html><head></head><body><div id="root"></div></body></html>';
    expect(entryScriptLast(page)).toBe(page);
  });
});

describe('fillTemplate', () => {
  it('puts the page, its head and its data before the module script', () => {
    const page = fillTemplate(
      entryScriptLast(template),
      '<title>Artikel</title>',
      '<main>Text</main>',
      '<script type="application/json" id="lesezeit-data">{}</script>',
    );
    const order = [
      '<title>Artikel</title>',
      '<main>Text</main>',
      'id="lesezeit-data"',
      'index-abc.js',
      '</body>',
    ].map((part) => page.indexOf(part));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('pageTemplate', () => {
  const data = '<script type="application/json" id="lesezeit-data">{}</script>';
  it.each([
    [
      'the app template',
      entryScriptLast(template),
      `${data}<script type="module" crossorigin src="/assets/index-abc.js"></script></body>`,
    ],
    [
      'a template without a module script',
      '<head><title>T</title></head><body><div id="root"></div></body>',
      `${data}</body>`,
    ],
    [
      'a template without a title',
      '<head></head><body><div id="root"></div></body>',
      `${data}</body>`,
    ],
  ])('fills %s: head, page, data before the module script', (_name, page, end) => {
    const filled = pageTemplate(page)(
      '<title>Artikel</title>',
      '<main>Text</main>',
      data,
    ).toString();
    expect(filled).toContain('<div id="root"><main>Text</main></div>');
    expect(filled).toContain(end);
    expect(filled.match(/<title>/g)?.length ?? 0).toBe(page.includes('<title>') ? 1 : 0);
  });

  it('puts text that looks like a replacement pattern in verbatim', () => {
    const filled = pageTemplate(entryScriptLast(template))(
      "<title>US$& $' Preis</title>",
      "<p>5 US$&amp; mehr $' und $`</p>",
      data,
    ).toString();
    expect(filled).toContain("<title>US$& $' Preis</title>");
    expect(filled).toContain('<div id="root"><p>5 US$&amp; mehr $\' und $`</p></div>');
  });

  it('gives the UTF-8 bytes of the filled page, also for text outside ASCII', () => {
    const page = entryScriptLast(template);
    const [head, html] = ['<title>Zürich – „Ja“</title>', '<p>Grüsse 😀 aus Genève</p>'];
    expect(pageTemplate(page)(head, html, data)).toEqual(
      Buffer.from(fillTemplate(page, head, html, data)),
    );
    expect(fillTemplate(page, head, html, data)).toContain(`<div id="root">${html}</div>`);
  });

  it('fills the same page as before for each slot', () => {
    const page = entryScriptLast(template);
    expect(fillTemplate(page, '<title>A</title>', '<p>B</p>', data)).toBe(
      page
        .replace('<title>Lesezeit</title>', '<title>A</title>')
        .replace('<div id="root"></div>', '<div id="root"><p>B</p></div>')
        .replace('<script type="module"', `${data}<script type="module"`),
    );
  });
});

describe('stylesheetsLast', () => {
  const linked = template.replace(
    '<title>Lesezeit</title>',
    '<title>Lesezeit</title>\n    <link rel="stylesheet" crossorigin href="/assets/index-def.css">',
  );

  it('moves the stylesheet link to the end of the body, before the module script', () => {
    const page = entryScriptLast(stylesheetsLast(linked));
    expect(page.slice(0, page.indexOf('</head>'))).not.toContain('stylesheet');
    expect(page).toMatch(
      /<link rel="stylesheet" crossorigin href="\/assets\/index-def\.css"><script type="module" crossorigin src="\/assets\/index-abc\.js"><\/script><\/body>/,
    );
  });

  it('leaves the page data before the stylesheet and the module script', () => {
    const data = '<script type="application/json" id="lesezeit-data">{}</script>';
    const filled = fillTemplate(
      entryScriptLast(stylesheetsLast(linked)),
      '<title>A</title>',
      '<p>B</p>',
      data,
    );
    expect(filled).toMatch(
      /<p>B<\/p><\/div>\s*<script type="application\/json"[^>]*>\{\}<\/script><link /,
    );
  });

  it('leaves a page without a stylesheet link alone', () => {
    expect(stylesheetsLast(template)).toBe(template);
  });
});
