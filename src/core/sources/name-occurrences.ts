import { letterOrDigitAt, previousCharStart } from './letters-and-digits';
import { isWhiteSpace } from '../white-space';

/** Where a name is written: the offset of its first word and the length up to its last. */
export interface Occurrence {
  index: number;
  length: number;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words the direct search reads exactly as the regex would: no spaces, no surrogates, not empty. */
const PLAIN_WORD = /^[^\s\uD800-\uDFFF]+$/;

/**
 * The first `limit` places where `words` are written as whole words, in order, separated by any
 * white space: what `(?<![\p{L}\p{N}])w1\s+w2…(?![\p{L}\p{N}])` (flags `gu`) finds. kindEvidence
 * asks this for every source over the whole article; `indexOf` on the first word and a check of
 * the rest avoid compiling a regex per name and running its look-behind at every character.
 */
export function nameOccurrences(
  text: string,
  words: readonly string[],
  limit: number,
): Occurrence[] {
  if (!words.every((w) => PLAIN_WORD.test(w))) return regexOccurrences(text, words, limit);
  const first = words[0] ?? '';
  const found: Occurrence[] = [];
  let from = 0;
  while (found.length < limit) {
    const at = text.indexOf(first, from);
    if (at < 0) break;
    const end =
      at > 0 && letterOrDigitAt(text, previousCharStart(text, at))
        ? -1
        : matchRest(text, at + first.length, words);
    if (end < 0) {
      from = at + 1;
      continue;
    }
    found.push({ index: at, length: end - at });
    from = end;
  }
  return found;
}

/** The end of words[1..] read from `at` (each after white space) and a word boundary, or -1. */
function matchRest(text: string, at: number, words: readonly string[]): number {
  let p = at;
  for (let k = 1; k < words.length; k++) {
    const word = words[k] ?? '';
    const spaceStart = p;
    while (isWhiteSpace(text.charCodeAt(p))) p++;
    if (p === spaceStart || !text.startsWith(word, p)) return -1;
    p += word.length;
  }
  return letterOrDigitAt(text, p) ? -1 : p;
}

/** The same search by regex, for words the direct search does not handle. */
function regexOccurrences(text: string, words: readonly string[], limit: number): Occurrence[] {
  const name = words.map(escape).join('\\s+');
  const find = new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'gu');
  const found: Occurrence[] = [];
  for (let m = find.exec(text); m && found.length < limit; m = find.exec(text)) {
    found.push({ index: m.index, length: m[0].length });
  }
  return found;
}
