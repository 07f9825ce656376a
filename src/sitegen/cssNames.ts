import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * Short class names for CSS Modules in production builds: `_` and five base-36 characters from a
 * hash of the file and the class, so the server and client builds agree without sharing state.
 * The article page repeats its class names often; the long `_paragraph_63zvu_9` kind cost about
 * 0.25 KB of compressed HTML before the lead's paragraph arrived. Two classes that hash alike fail
 * the build rather than share their styles.
 */
export function shortCssNames(root: string): (name: string, filename: string) => string {
  const taken = new Map<string, string>();
  return (name, filename) => {
    const key = `${path.relative(root, filename.replace(/\?.*$/, '')).split(path.sep).join('/')}:${name}`;
    const digest = createHash('sha256').update(key).digest();
    const short = `_${(digest.readUInt32BE(0) % 36 ** 5).toString(36).padStart(5, '0')}`;
    const owner = taken.get(short);
    if (owner !== undefined && owner !== key) {
      throw new Error(
        `CSS class names ${owner} and ${key} both shorten to ${short}; rename one of them.`,
      );
    }
    taken.set(short, key);
    return short;
  };
}
