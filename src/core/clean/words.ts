/**
 * What the cleaning rules call words: runs of letters and digits (Unicode L and N), found in one
 * pass over the text. Counting words and keying blocks by their words ran Unicode-class regular
 * expressions over every paragraph (match arrays just to count, a replace per block) and was the
 * largest single cost of cleaning; a scan with a per-character table does the same work.
 */

/** Class of each UTF-16 code unit, filled on first sight: 0 unknown, 1 letter/digit, 2 other. */
const unitClass = new Uint8Array(0x10000);
for (let code = 0; code < 0x80; code++) {
  const letter = (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  unitClass[code] = letter || (code >= 0x30 && code <= 0x39) ? 1 : 2;
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** 1 for an ASCII letter or digit, else 0 (the table holds every ASCII unit from the start). */
const asciiWidth = (code: number): number => (unitClass[code] === 1 ? 1 : 0);

/**
 * Width in UTF-16 units (1 or 2) of the letter or digit at `i`, whose code unit is `code`, or 0
 * when the character there is neither. A surrogate pair is one character: letters outside the
 * BMP (CJK extensions) count. Callers test ASCII themselves, from the table, as the common case.
 */
function letterOrDigitWidth(text: string, i: number, code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) {
    const low = text.charCodeAt(i + 1);
    const paired = code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
    return paired && LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = unitClass[code] as number;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    unitClass[code] = known;
  }
  return known === 1 ? 1 : 0;
}

/** Kana, CJK ideographs, Hangul syllables and Thai: scripts written without spaces. */
const isUnspacedScript = (code: number): boolean =>
  (code >= 0x3040 && code <= 0x30ff) ||
  (code >= 0x3400 && code <= 0x9fff) ||
  (code >= 0xac00 && code <= 0xd7af) ||
  (code >= 0x0e00 && code <= 0x0e7f);

/**
 * Number of words; characters of unspaced scripts count one word per two when that gives more
 * words than the runs of letters do.
 */
export function wordsIn(text: string): number {
  let runs = 0;
  let unspaced = 0;
  let inWord = false;
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    const width = code < 0x80 ? asciiWidth(code) : letterOrDigitWidth(text, i, code);
    if (width > 0 && !inWord) runs++;
    inWord = width > 0;
    if (code >= 0x0e00 && isUnspacedScript(code)) unspaced++;
    i += width || 1;
  }
  return unspaced > runs ? Math.ceil(unspaced / 2) : runs;
}

/**
 * The words of `text` in lower case, joined by single spaces ("Read: the 'Bridge'!" gives
 * "read the bridge"): two texts with the same key read the same. Lower-cases first, as a
 * replace of non-letters over the lower-cased text would.
 */
export function wordKey(text: string): string {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length;) {
    const code = lower.charCodeAt(i);
    const width = code < 0x80 ? asciiWidth(code) : letterOrDigitWidth(lower, i, code);
    if (width > 0) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(lower.slice(start, i));
      start = -1;
    }
    i += width || 1;
  }
  if (start >= 0) words.push(lower.slice(start));
  return words.join(' ');
}
