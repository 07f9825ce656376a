import type { ContentProblem } from './model';

export type DecodeResult = { ok: true; text: string } | { ok: false; error: ContentProblem };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Reads a source file's bytes as UTF-8. A file that is not valid UTF-8 is an error on the line
 * of its first bad byte, so the author can find it.
 */
export function decodeSource(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    return {
      ok: false,
      error: {
        line: lineOfFirstInvalidByte(bytes),
        message: 'the file is not valid UTF-8 text (save it with UTF-8 encoding)',
      },
    };
  }
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        strictUtf8.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
