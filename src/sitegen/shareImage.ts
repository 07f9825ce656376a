import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { formatArticleDate } from '../content/articleDate';
import type { Article } from '../content/model';
import { shareImageSize } from './pageHead';
import { blendPalette, encodePalettePng, parseHexColour } from './palettePng';

const require = createRequire(import.meta.url);
const fontDir = path.dirname(require.resolve('@expo-google-fonts/source-serif-4/package.json'));
const fontFiles = [
  path.join(fontDir, '400Regular/SourceSerif4_400Regular.ttf'),
  path.join(fontDir, '600SemiBold/SourceSerif4_600SemiBold.ttf'),
];

/** The custom properties of the light theme: the first `:root` block of a tokens stylesheet. */
export function lightThemeColours(tokensCss: string): Record<string, string> {
  const root = /:root\s*\{([^}]*)\}/.exec(tokensCss)?.[1] ?? '';
  return Object.fromEntries(
    Array.from(root.matchAll(/--color-([\w-]+):\s*(#[0-9a-fA-F]{3,8})\s*;/g), (m) => [
      m[1] ?? '',
      m[2] ?? '',
    ]),
  );
}

function cardColours(tokens: Record<string, string>) {
  const colour = (name: string) => {
    const value = tokens[name];
    if (!value)
      throw new Error(
        `src/styles/tokens.css: the light theme has no --color-${name} for the share card`,
      );
    return value;
  };
  return {
    paper: colour('bg'),
    ink: colour('text'),
    muted: colour('muted'),
    accent: colour('accent'),
    rule: colour('border'),
  };
}

/** The card's look is the app's light theme, read from its tokens, so the two never drift apart. */
const colours = cardColours(
  lightThemeColours(readFileSync(new URL('../styles/tokens.css', import.meta.url), 'utf8')),
);

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Breaks text into lines of about `max` characters; the last line ends in … when cut. */
export function wrapText(text: string, max: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${(kept[maxLines - 1] ?? '').replace(/\s*\S*$/, '')} …`;
  return kept;
}

/** The share card as SVG: title, source and date on the app's paper, 1200×630. */
export function shareCardSvg(article: Article): string {
  const { width, height } = shareImageSize;
  const long = article.title.length > 70;
  const size = long ? 56 : 68;
  const lines = wrapText(article.title, long ? 34 : 28, 5);
  const meta = [
    article.source,
    formatArticleDate(article.date),
    `${article.readingMinutes} Min. Lesezeit`,
  ]
    .filter(Boolean)
    .join('  ·  ');
  const titleTop = 210;
  const title = lines
    .map(
      (l, i) =>
        `<text x="80" y="${titleTop + i * size * 1.18}" font-size="${size}" font-weight="600" fill="${colours.ink}">${escapeXml(l)}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="${colours.paper}"/>
  <rect x="0" y="0" width="16" height="${height}" fill="${colours.accent}"/>
  <text x="80" y="110" font-size="30" font-weight="600" fill="${colours.accent}" >${escapeXml(meta)}</text>
  ${title}
  <line x1="80" y1="540" x2="${width - 80}" y2="540" stroke="${colours.rule}" stroke-width="2"/>
  <text x="80" y="590" font-size="34" font-weight="600" fill="${colours.ink}">Lesezeit</text>
  <text x="${width - 80}" y="590" font-size="26" text-anchor="end" fill="${colours.muted}">Nachrichten in Ruhe lesen</text>
</svg>`;
}

/** Renders the share card to PNG with fonts shipped in node_modules, so every machine gets the same bytes. */
export function renderShareImage(article: Article): Buffer {
  return renderShareCard(shareCardSvg(article));
}

/** resvg's settings for the cards: only the fonts shipped in node_modules. */
export const shareCardRenderOptions: ResvgRenderOptions = {
  font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Source Serif 4' },
  fitTo: { mode: 'original' },
};

/**
 * The card's colours and 16 shades of each on the paper: every pixel of a card is one of them
 * (docs/decisions/0007-an-incremental-parallel-site-build.md, share images).
 */
const cardPalette = blendPalette(
  parseHexColour(colours.paper),
  [colours.ink, colours.muted, colours.accent, colours.rule].map(parseHexColour),
  16,
);

/** Renders a share card's SVG to a palette PNG (about 20 KB rather than resvg's 50 KB RGBA). */
export function renderShareCard(svg: string): Buffer {
  const image = new Resvg(svg, shareCardRenderOptions).render();
  return encodePalettePng(image.pixels, image.width, image.height, cardPalette);
}
