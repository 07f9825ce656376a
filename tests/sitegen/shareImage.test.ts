import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lightThemeColours, shareCardSvg } from '../../src/sitegen/shareImage';
import { parseFixture, referencePath } from '../content/fixtureFiles';

const tokens = readFileSync(
  path.resolve(import.meta.dirname, '../../src/styles/tokens.css'),
  'utf8',
);

describe('the share card', () => {
  it('reads the light theme, not the dark one, from a tokens stylesheet', () => {
    const css =
      ':root {\n  --color-bg: #fff;\n  --color-accent: #0a5a85;\n}\n[data-theme="dark"] { --color-accent: #85c3ea; }';
    expect(lightThemeColours(css)).toEqual({ bg: '#fff', accent: '#0a5a85' });
  });

  it("is drawn in the app's light theme: its paper, ink and blue accent", () => {
    const theme = lightThemeColours(tokens);
    const svg = shareCardSvg(parseFixture(referencePath));
    const fills = new Set(
      Array.from(svg.matchAll(/(?:fill|stroke)="(#[0-9a-fA-F]+)"/g), (m) => m[1]),
    );
    expect(theme.accent).toBe('#0a5a85');
    expect([...fills].sort()).toEqual(
      [theme.bg, theme.text, theme.muted, theme.accent, theme.border].sort(),
    );
  });
});
