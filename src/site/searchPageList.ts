/**
 * Pagefind's page list (its `pagefind.<hash>.pf_meta`, which every first search loads whole):
 * its pages' ids in the order the build added them, which is newest first. The search sorts by
 * date with that order instead of a file of its own (docs/decisions/search-with-pagefind.md).
 *
 * The file is Pagefind's mark followed by one CBOR value (RFC 8949): an array whose second item is
 * the list of pages, each an array that starts with the page's id (`de_1a2b3c4`). Only what that
 * needs is read here: definite lengths, and the items before and in the list of pages.
 */

/** Pagefind's mark at the start of every file it writes (inside the gzip, if any). */
export const pagefindSignature = 'pagefind_dcd';

type Head = { major: number; value: number };

/** A reader of CBOR items from `bytes`, from `offset` on. */
class CborReader {
  constructor(
    private readonly bytes: Uint8Array,
    private offset: number,
  ) {}

  private byte(): number {
    const b = this.bytes[this.offset];
    if (b === undefined) throw new Error('the page list ends in the middle of an item');
    this.offset += 1;
    return b;
  }

  /** An item's major type and its argument (a length, a count or a number). */
  head(): Head {
    const initial = this.byte();
    const major = initial >> 5;
    const info = initial & 0x1f;
    if (info < 24) return { major, value: info };
    const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
    // Floats (major 7) are read as their bits: only skipped, never used.
    if (size === undefined) throw new Error(`unsupported CBOR item (0x${initial.toString(16)})`);
    let value = 0;
    for (let i = 0; i < size; i += 1) value = value * 256 + this.byte();
    return { major, value };
  }

  text(): string {
    const { major, value } = this.head();
    if (major !== 3) throw new Error(`expected a text, found CBOR type ${major}`);
    const end = this.offset + value;
    if (end > this.bytes.length) throw new Error('the page list ends in the middle of a text');
    const text = new TextDecoder().decode(this.bytes.subarray(this.offset, end));
    this.offset = end;
    return text;
  }

  /** The number of items of an array. */
  array(): number {
    const { major, value } = this.head();
    if (major !== 4) throw new Error(`expected an array, found CBOR type ${major}`);
    return value;
  }

  /** Steps over one item, whatever it is. */
  skip(): void {
    const { major, value } = this.head();
    if (major === 2 || major === 3) this.offset += value;
    else if (major === 4) for (let i = 0; i < value; i += 1) this.skip();
    else if (major === 5) for (let i = 0; i < 2 * value; i += 1) this.skip();
    else if (major === 6) this.skip();
    if (this.offset > this.bytes.length)
      throw new Error('the page list ends in the middle of an item');
  }
}

/**
 * The ids of the pages in a Pagefind page list (uncompressed, as the build writes it), in the
 * list's order. Throws, saying why, for anything that is not such a list.
 */
export function searchPageIds(meta: Uint8Array): string[] {
  const mark = new TextDecoder().decode(meta.subarray(0, pagefindSignature.length));
  if (mark !== pagefindSignature) throw new Error("not Pagefind's page list (no signature)");
  const reader = new CborReader(meta, pagefindSignature.length);
  if (reader.array() < 2) throw new Error("Pagefind's page list has no pages");
  reader.skip(); // Pagefind's version
  const count = reader.array();
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const fields = reader.array();
    if (fields < 1) throw new Error(`page ${i} of Pagefind's page list has no id`);
    ids.push(reader.text());
    for (let f = 1; f < fields; f += 1) reader.skip();
  }
  return ids;
}
