import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classesOf, criticalCss, requiredClasses } from '../../src/sitegen/criticalCss';

describe('requiredClasses', () => {
  it.each([
    ['.a', ['a']],
    ['.a .b>.c', ['a', 'b', 'c']],
    ['._x1:hover', ['_x1']],
    ['.a.b', ['a', 'b']],
    ['h1[tabindex="-1"]:focus', []],
    ['.a:not(.b)', ['a']],
    [':is(.a, .b) .c', ['c']],
    ['.a:has(.b)', ['a']],
    ['[data-x=".y"] .z', ['z']],
    ['.a::before', ['a']],
    ['#root', []],
    ['.a\\:b', null],
  ])('%s needs %j', (selector, classes) => {
    expect(requiredClasses(selector)).toEqual(classes);
  });
});

describe('classesOf', () => {
  it('reads every class of every class attribute, and nothing else', () => {
    expect([
      ...classesOf('<p class="a b"><span class=" c  a ">x</span><i data-class="d">.e</i></p>'),
    ]).toEqual(['a', 'b', 'c']);
  });
});

describe('criticalCss', () => {
  const css =
    ':root{--x:1}body{margin:0}.a{color:red}.b,.c{color:blue}.d .a{top:0}' +
    '@media (min-width:48em){.a{color:green}.z{color:pink}}@media print{.z{x:y}}' +
    '@keyframes k{0%{opacity:0}}@font-face{font-family:F;src:url(f.woff2)}' +
    '.e:not(.f){x:1}.g{content:"}"}@supports (display:grid){@media (hover:hover){.a:hover{x:2}}}';

  it.each([
    [
      'a page with class a',
      '<p class="a">x</p>',
      ':root{--x:1}body{margin:0}.a{color:red}@media (min-width:48em){.a{color:green}}' +
        '@keyframes k{0%{opacity:0}}@font-face{font-family:F;src:url(f.woff2)}' +
        '@supports (display:grid){@media (hover:hover){.a:hover{x:2}}}',
    ],
    [
      'a page with class c: a rule with a list of selectors',
      '<p class="c">x</p>',
      ':root{--x:1}body{margin:0}.b,.c{color:blue}' +
        '@keyframes k{0%{opacity:0}}@font-face{font-family:F;src:url(f.woff2)}',
    ],
    [
      'a page with d and a: a descendant selector, and a brace in a string',
      '<div class="d"><p class="a g e">x</p></div>',
      ':root{--x:1}body{margin:0}.a{color:red}.d .a{top:0}@media (min-width:48em){.a{color:green}}' +
        '@keyframes k{0%{opacity:0}}@font-face{font-family:F;src:url(f.woff2)}' +
        '.e:not(.f){x:1}.g{content:"}"}@supports (display:grid){@media (hover:hover){.a:hover{x:2}}}',
    ],
  ])('%s keeps the rules that can match, in order', (_name, html, expected) => {
    expect(criticalCss(css)(html)).toBe(expected);
  });

  it('keeps the whole sheet for a page with every class', () => {
    expect(criticalCss(css)('<p class="a b c d e f g z"></p>')).toBe(css);
  });

  it('always keeps the rules of a page that has every class their selectors name', () => {
    const names = ['a', 'b', 'c', 'd'];
    const rule = fc
      .subarray(names, { minLength: 1 })
      .map((picked) => ({ picked, text: `.${picked.join(' .')}{x:${picked.length}}` }));
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 8 }), fc.subarray(names), (rules, present) => {
        const sheet = rules.map((r) => r.text).join('');
        const kept = rules
          .filter((r) => r.picked.every((n) => present.includes(n)))
          .map((r) => r.text)
          .join('');
        expect(criticalCss(sheet)(`<p class="${present.join(' ')}"></p>`)).toBe(kept);
      }),
    );
  });
});
