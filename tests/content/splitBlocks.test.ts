import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../src/content/splitBlocks';

describe('splitBlocks', () => {
  it.each([
    ['one block', 'Eins.', [{ text: 'Eins.', line: 1 }]],
    [
      'blank lines separate',
      'Eins.\n\nZwei.',
      [
        { text: 'Eins.', line: 1 },
        { text: 'Zwei.', line: 3 },
      ],
    ],
    [
      'several blank lines',
      'Eins.\n\n\n\nZwei.',
      [
        { text: 'Eins.', line: 1 },
        { text: 'Zwei.', line: 5 },
      ],
    ],
    [
      'wrapped lines are joined with a space',
      'Ein\nlanger\nSatz.',
      [{ text: 'Ein langer Satz.', line: 1 }],
    ],
    [
      'CRLF endings',
      'Eins.\r\n\r\nZwei.\r\n',
      [
        { text: 'Eins.', line: 1 },
        { text: 'Zwei.', line: 3 },
      ],
    ],
    [
      'old Mac CR endings',
      'Eins.\r\rZwei.',
      [
        { text: 'Eins.', line: 1 },
        { text: 'Zwei.', line: 3 },
      ],
    ],
    ['byte order mark', '\uFEFFEins.', [{ text: 'Eins.', line: 1 }]],
    [
      'trailing and leading white space',
      '  Eins.  \t\n \t \nZwei.   ',
      [
        { text: 'Eins.', line: 1 },
        { text: 'Zwei.', line: 3 },
      ],
    ],
    ['no blocks in white space', ' \n\n \r\n', []],
    ['runs of spaces collapse', 'Ein   Satz.', [{ text: 'Ein Satz.', line: 1 }]],
  ])('%s', (_name, source, expected) => {
    expect(splitBlocks(source)).toEqual(expected);
  });
});
