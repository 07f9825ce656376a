/**
 * An indexed-colour (palette) PNG of an opaque image drawn in a few colours on one background,
 * such as the share card: every pixel is one of the colours, or an anti-aliased blend of one with
 * the background. A palette of those blends in `steps` shades keeps the look (a shade is at most
 * 1/(2·steps) of the contrast away) at a quarter of the bytes of resvg's RGBA PNG.
 */
import { crc32, deflateSync } from 'node:zlib';

export type Rgb = readonly [number, number, number];

/** `#rgb` or `#rrggbb` as red, green, blue. */
export function parseHexColour(hex: string): Rgb {
  const digits = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex)?.[1];
  if (!digits) throw new Error(`Not a colour: ${hex}`);
  const full =
    digits.length === 3
      ? digits
          .split('')
          .map((d) => d + d)
          .join('')
      : digits;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
}

/** The background, each colour, and `steps - 1` blends of each colour with the background. */
export function blendPalette(background: Rgb, colours: readonly Rgb[], steps: number): Rgb[] {
  const palette: Rgb[] = [background];
  const seen = new Set([background.join()]);
  for (const colour of colours) {
    for (let step = 1; step <= steps; step++) {
      const t = step / steps;
      const blend = background.map((b, i) => Math.round(b + ((colour[i] ?? 0) - b) * t));
      const shade = blend as unknown as Rgb;
      if (!seen.has(shade.join())) {
        seen.add(shade.join());
        palette.push(shade);
      }
    }
  }
  if (palette.length > 256)
    throw new Error(`A PNG palette holds 256 colours, not ${palette.length}`);
  return palette;
}

function nearest(palette: readonly Rgb[], r: number, g: number, b: number): number {
  let best = 0;
  let bestDistance = Infinity;
  palette.forEach(([pr, pg, pb], i) => {
    const distance = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  });
  return best;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * Encodes RGBA pixels (alpha ignored: the image is opaque) as an 8-bit palette PNG, each pixel
 * the palette's nearest colour. Deterministic: the same pixels give the same bytes.
 */
export function encodePalettePng(
  rgba: Uint8Array,
  width: number,
  height: number,
  palette: readonly Rgb[],
): Buffer {
  if (rgba.length !== width * height * 4)
    throw new Error(`${rgba.length} bytes are not ${width}×${height} RGBA pixels`);
  const rows = Buffer.alloc((width + 1) * height);
  // One 32-bit read a pixel; the alpha byte is masked out (its place depends on the byte order).
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : Uint8Array.from(rgba);
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  const alphaMask = new Uint8Array(new Uint32Array([0xff]).buffer)[0] === 0xff ? 0xff000000 : 0xff;
  const known = new Map<number, number>();
  let lastKey = -1;
  let lastIndex = 0;
  for (let y = 0; y < height; y++) {
    // Each row starts with its filter type, 0 (none): the best for palette images.
    let out = y * (width + 1) + 1;
    for (let at = y * width, end = at + width; at < end; at++) {
      const key = ((words[at] ?? 0) & ~alphaMask) >>> 0;
      if (key !== lastKey) {
        let index = known.get(key);
        if (index === undefined) {
          const p = at * 4;
          index = nearest(palette, rgba[p] ?? 0, rgba[p + 1] ?? 0, rgba[p + 2] ?? 0);
          known.set(key, index);
        }
        lastKey = key;
        lastIndex = index;
      }
      rows[out++] = lastIndex;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits, palette, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flat())),
    // Level 7: within 10 % of level 9's size at a seventh of its time (per card about 6 ms, not 42).
    chunk('IDAT', deflateSync(rows, { level: 7 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
