import { describe, expect, it } from 'vitest';
import { entryScriptLast, fillTemplate } from '../../src/sitegen/prerender';

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
