/**
 * Word counts and reading time that work across scripts: languages written without spaces
 * (Chinese, Japanese, Thai...) are counted by characters, the others by words.
 */

/** Characters of scripts that do not separate words with spaces (all in the BMP: no u flag). */
const CHARACTER_COUNTED =
  /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f]/g;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words per minute for spaced scripts, characters per minute for the others. */
const WORDS_PER_MINUTE = 230;
const CHARACTERS_PER_MINUTE = 500;

export interface ReadingStats {
  wordCount: number;
  readingMinutes: number;
}

/** How often the global `pattern` matches `text`, without building the list of matches. */
function countMatches(pattern: RegExp, text: string): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.test(text)) count++;
  return count;
}

/** Word count (characters for unspaced scripts count as words) and minutes to read, at least 1. */
export function readingStats(text: string): ReadingStats {
  const characters = text.match(CHARACTER_COUNTED)?.length ?? 0;
  // Most articles have none: no copy of the whole text then.
  const spaced = characters > 0 ? text.replace(CHARACTER_COUNTED, ' ') : text;
  const words = countMatches(WORD, spaced);
  const minutes = words / WORDS_PER_MINUTE + characters / CHARACTERS_PER_MINUTE;
  return {
    wordCount: words + characters,
    readingMinutes: Math.max(1, Math.round(minutes)),
  };
}
