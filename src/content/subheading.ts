/** Roughly one line of a heading; longer blocks are paragraphs. */
export const maxHeadingLength = 100;

const closingMarks = /[»«“”"›‹‘’')\]]+$/u;

/**
 * An abbreviation's full stop, which ends no sentence: "Dr.", "St.", "Nr.", "z.", "bzw.", "ca.";
 * not the last word of a sentence ("Sie hören auf. Mit welchem Film …?", "Apropos Väter. Wie
 * viele …?"), whatever its length or letters.
 */
const abbreviation =
  /(?<!\p{L})(\p{Lu}\p{Ll}{0,2}|\p{Ll}|bzw|ca|vgl|evtl|inkl|usw|etc|resp|sog|geb|gest|Prof)\.\s/gu;

/**
 * A block is a subheading when it is short, one sentence, and does not end with a sentence mark
 * (`.`, `!`, `:`), closing quotation marks aside. A short question is a subheading when a
 * paragraph follows it. A heading needs something after it to head.
 */
export function isSubheading(text: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  if (text.length >= maxHeadingLength || !/^[\p{L}\p{N}«„"“‹]/u.test(text)) return false;
  const end = text.replace(closingMarks, '');
  if (/[.!:;,…–-]$/u.test(end)) return false;
  if (/[.!?]["»“”›]*\s+\p{Lu}/u.test(text.replace(abbreviation, ' '))) return false;
  if (end.endsWith('?')) return !isSubheading(next, ' ') || next.length >= maxHeadingLength;
  return true;
}
