/**
 * Words for the search index, the same on the writing side (when an article is saved) and the
 * reading side (each keystroke in the library's search box), so that "Müller", "MULLER" and
 * "muller" meet. Words are runs of Unicode letters and digits; runs in scripts written without
 * spaces (Chinese, Japanese) go through Intl.Segmenter, which knows their word boundaries.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Scripts where one character is already a meaningful search unit. */
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Terms longer than this are noise (URLs, hashes) and would bloat the index. */
const MAX_TERM = 40;

/** Lower case, no diacritics, no apostrophes: the form both the index and queries use. */
export function normalizeTerm(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’ʼ]/g, '')
    .toLowerCase();
}

/** Whether a normalised term is worth indexing: two characters or more, or one ideograph. */
function keep(term: string): boolean {
  if (!term || term.length > MAX_TERM) return false;
  return term.length >= 2 || IDEOGRAPHIC.test(term) || /\p{N}/u.test(term);
}

/** Runs of letters and digits, apostrophes inside words included ("NATO's", "l'école"). */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’ʼ][\p{L}\p{N}\p{M}]+)*/gu;

function pushTerms(word: string, out: string[]): void {
  if (IDEOGRAPHIC.test(word)) {
    // No spaces between words in these scripts: let the segmenter find them.
    for (const { segment, isWordLike } of segmenter.segment(word)) {
      const term = isWordLike ? normalizeTerm(segment) : '';
      if (keep(term)) out.push(term);
    }
    return;
  }
  // "NATO's" is found by "nato"; "l'école" and "O'Brien" by "ecole" and "brien" as well.
  const parts = word.replace(/['’ʼ]s$/iu, '').split(/['’ʼ]/);
  const joined = normalizeTerm(parts.join(''));
  if (keep(joined)) out.push(joined);
  if (parts.length > 1) {
    for (const part of parts) {
      const term = normalizeTerm(part);
      if (keep(term) && term !== joined) out.push(term);
    }
  }
}

/** The words of `text`, normalised, in order (with repeats). */
export function searchTokens(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) pushTerms(match[0], out);
  return out;
}

/** The distinct terms of several texts, for one article's index entry. */
export function distinctTerms(texts: readonly string[], limit = 20_000): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const term of searchTokens(text)) {
      terms.add(term);
      if (terms.size >= limit) return [...terms];
    }
  }
  return [...terms];
}

/**
 * A query as the index reads it: the words typed, and whether the last one is still being typed
 * (no space after it yet), in which case it matches as a prefix.
 */
export function parseQuery(query: string): { terms: string[]; lastIsPrefix: boolean } {
  const terms = [...new Set(searchTokens(query))];
  const lastIsPrefix = terms.length > 0 && /[\p{L}\p{N}]$/u.test(query);
  return { terms, lastIsPrefix };
}
