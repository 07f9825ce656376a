import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  blendPalette,
  encodePalettePng,
  parseHexColour,
  type Rgb,
} from '../../src/sitegen/palettePng';

/** The chunks of a PNG, each checked against its CRC. */
function chunksOf(png: Buffer): Array<{ type: string; data: Buffer }> {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: Array<{ type: string; data: Buffer }> = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(
      crc32(data, crc32(Buffer.from(type, 'latin1'))),
    );
    chunks.push({ type, data });
    at += 12 + length;
  }
  return chunks;
}

/** Decodes an 8-bit palette PNG without filters (what the encoder writes) to its colours. */
function decode(png: Buffer): { width: number; height: number; pixels: Rgb[] } {
  const chunks = chunksOf(png);
  expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
  const [header, plte, idat] = chunks.map((c) => c.data) as [Buffer, Buffer, Buffer];
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  expect([...header.subarray(8)]).toEqual([8, 3, 0, 0, 0]);
  const rows = inflateSync(idat);
  const pixels: Rgb[] = [];
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const i = rows[y * (width + 1) + 1 + x] ?? 0;
      pixels.push([plte[i * 3] ?? -1, plte[i * 3 + 1] ?? -1, plte[i * 3 + 2] ?? -1]);
    }
  }
  return { width, height, pixels };
}

const rgba = (pixels: Rgb[]) => Uint8Array.from(pixels.flatMap(([r, g, b]) => [r, g, b, 255]));

describe('parseHexColour', () => {
  it.each([
    ['#fbfaf7', [251, 250, 247]],
    ['#0A5A85', [10, 90, 133]],
    ['#fff', [255, 255, 255]],
  ])('%s is %j', (hex, rgb) => expect(parseHexColour(hex)).toEqual(rgb));

  it.each(['fff', '#ffff', 'red', '#gg0000'])('rejects %s', (text) =>
    expect(() => parseHexColour(text)).toThrow(/Not a colour/),
  );
});

describe('blendPalette', () => {
  it('holds the background, each colour and the shades between, once each', () => {
    const palette = blendPalette([255, 255, 255], [[0, 0, 0]], 4);
    expect(palette).toEqual([
      [255, 255, 255],
      [191, 191, 191],
      [128, 128, 128],
      [64, 64, 64],
      [0, 0, 0],
    ]);
    expect(blendPalette([0, 0, 0], [[0, 0, 0]], 4)).toEqual([[0, 0, 0]]);
  });

  it('refuses more colours than a PNG palette holds', () => {
    const many = Array.from({ length: 20 }, (_, i): Rgb => [i * 10, 0, 0]);
    expect(() => blendPalette([255, 255, 255], many, 16)).toThrow(/256/);
  });
});

describe('encodePalettePng', () => {
  const paper: Rgb = [251, 250, 247];
  const ink: Rgb = [28, 27, 25];
  const palette = blendPalette(paper, [ink], 16);

  it('keeps colours of the palette exactly and puts others on the nearest shade', () => {
    const grey: Rgb = [140, 139, 137];
    const { width, height, pixels } = decode(
      encodePalettePng(rgba([paper, ink, grey, paper, paper, ink]), 3, 2, palette),
    );
    expect([width, height]).toEqual([3, 2]);
    expect(pixels[0]).toEqual(paper);
    expect(pixels[1]).toEqual(ink);
    const shade = pixels[2] ?? paper;
    expect(palette).toContainEqual(shade);
    // Within half a step of the contrast (about 7 of 223) in every channel.
    shade.forEach((value, i) => expect(Math.abs(value - (grey[i] ?? 0))).toBeLessThanOrEqual(7));
    expect(pixels.slice(3)).toEqual([paper, paper, ink]);
  });

  it('gives the same bytes for the same pixels, whatever the buffer they sit in', () => {
    const pixels = rgba([ink, paper, paper, ink]);
    const offset = new Uint8Array(pixels.length + 1);
    offset.set(pixels, 1);
    const once = encodePalettePng(pixels, 2, 2, palette);
    expect(encodePalettePng(offset.subarray(1), 2, 2, palette).equals(once)).toBe(true);
    expect(encodePalettePng(pixels, 2, 2, palette).equals(once)).toBe(true);
  });

  it('refuses pixels that do not fill the size', () => {
    expect(() => encodePalettePng(rgba([paper]), 2, 2, palette)).toThrow(/2×2/);
  });
});
