const transliterations: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  Ä: 'ae',
  Ö: 'oe',
  Ü: 'ue',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  þ: 'th',
};

const maxSlugLength = 80;

/**
 * A URL segment from a text: lower-case ASCII, German umlauts transliterated (ä → ae), other
 * accents dropped, words joined by '-'. Cut at a word boundary to at most 80 characters.
 */
export function slugify(text: string): string {
  const ascii = text
    .replace(/[äöüßÄÖÜẞæœøđłþ]/g, (c) => transliterations[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxSlugLength && slug) break;
    slug = next.slice(0, maxSlugLength);
  }
  return slug;
}

/**
 * Makes slugs unique in order: the second "wahl" becomes "wahl-2", and so on. `fallback` names
 * a slug for a text that has no letters or digits at all.
 */
export function uniqueSlugs(
  texts: readonly string[],
  fallback: (index: number) => string,
  reserved: readonly string[] = [],
): string[] {
  const taken = new Set(reserved);
  return texts.map((text, index) => {
    const base = slugify(text) || fallback(index);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}
