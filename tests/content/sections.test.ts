import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/content/model';
import { bodySections } from '../../src/content/sections';

const p = (text: string): Block => ({ type: 'paragraph', text });
const h = (text: string): Block => ({ type: 'heading', id: text.toLowerCase(), text });

describe('bodySections', () => {
  it.each<[string, Block[], Array<{ start: number; types: string; chars: number }>]>([
    ['no blocks, no sections', [], []],
    [
      'text without subheadings is one section',
      [p('Eins.'), p('Zwei.')],
      [{ start: 0, types: 'pp', chars: 10 }],
    ],
    [
      'text before the first subheading stays its own section',
      [p('Vorspann.'), h('Am See'), p('Ufer.'), h('Im Tal'), p('Dorf.'), p('Kirche.')],
      [
        { start: 0, types: 'p', chars: 9 },
        { start: 1, types: 'hp', chars: 11 },
        { start: 3, types: 'hpp', chars: 18 },
      ],
    ],
    [
      'a body that opens with a subheading',
      [h('Anfang'), p('Text.')],
      [{ start: 0, types: 'hp', chars: 11 }],
    ],
    [
      'two subheadings in a row each open a section',
      [h('Eins'), h('Zwei'), p('Text.')],
      [
        { start: 0, types: 'h', chars: 4 },
        { start: 1, types: 'hp', chars: 9 },
      ],
    ],
  ])('%s', (_name, blocks, expected) => {
    const sections = bodySections(blocks);
    expect(
      sections.map((s) => ({
        start: s.start,
        types: s.blocks.map((b) => b.type[0]).join(''),
        chars: s.chars,
      })),
    ).toEqual(expected);
    // Nothing is lost or reordered.
    expect(sections.flatMap((s) => s.blocks)).toEqual(blocks);
  });
});
