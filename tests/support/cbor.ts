/** A small CBOR writer for tests of Pagefind's page list (src/site/searchPageList.ts). */

/** A CBOR item's head: major type and argument, in the shortest form. */
function head(major: number, value: number): number[] {
  if (value < 24) return [(major << 5) | value];
  if (value < 0x100) return [(major << 5) | 24, value];
  if (value < 0x10000) return [(major << 5) | 25, value >> 8, value & 0xff];
  return [
    (major << 5) | 26,
    (value >>> 24) & 0xff,
    (value >> 16) & 0xff,
    (value >> 8) & 0xff,
    value & 0xff,
  ];
}

export type Item =
  string | number | Item[] | { map: [Item, Item][] } | { bytes: number[] } | boolean;

function cbor(item: Item): number[] {
  if (typeof item === 'string') {
    const bytes = [...new TextEncoder().encode(item)];
    return [...head(3, bytes.length), ...bytes];
  }
  if (typeof item === 'boolean') return [item ? 0xf5 : 0xf4];
  if (typeof item === 'number') return item < 0 ? head(1, -1 - item) : head(0, item);
  if (Array.isArray(item)) return [...head(4, item.length), ...item.flatMap(cbor)];
  if ('bytes' in item) return [...head(2, item.bytes.length), ...item.bytes];
  return [...head(5, item.map.length), ...item.map.flatMap(([k, v]) => [...cbor(k), ...cbor(v)])];
}

/** Pagefind's mark followed by `item` in CBOR: a page list as the build writes it. */
export const signed = (item: Item) =>
  new Uint8Array([...new TextEncoder().encode('pagefind_dcd'), ...cbor(item)]);
