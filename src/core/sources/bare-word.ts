import { lowerCase } from './lower-case';

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const LETTER_S = 0x73;
const PERIOD = 0x2e;

/**
 * A word lower-cased, without an owner's "'s" and a closing period: "Gov." -> "gov",
 * "NASA's" -> "nasa". Compared with the word lists (titles, descriptors) on every token looked at.
 */
export function bare(word: string): string {
  const lower = lowerCase(word);
  const last = lower.charCodeAt(lower.length - 1);
  // Only a word that ends in an apostrophe, "s" or "." has anything to strip (most words do not).
  if (last !== APOSTROPHE && last !== RIGHT_QUOTE && last !== LETTER_S && last !== PERIOD) {
    return lower;
  }
  return lower.replace(/[’']s?$/, '').replace(/\.$/, '');
}
