import type { QuoteSpan } from './find-quotes';

/** A word or punctuation mark with its offsets in the article text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Starts with a capital letter (or is an @handle). */
  cap: boolean;
  /** Index of the quote this token lies in (marks included), or -1. */
  quote: number;
  /** Index of the sentence, counted over the whole text. */
  sentence: number;
  /** Index of the paragraph. */
  paragraph: number;
}

/** Abbreviations whose period does not end a sentence ("Gov. Eric Holcomb", "Nissan Inc."). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gov sen rep st jr sr inc co corp ltd no vs gen col lt sgt cmdr adm capt ' +
    'maj rev hon pres atty supt dept univ mt ft jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'calif fla mass penn ill wash ariz colo conn mich minn wis tenn okla ore nev va md ga ala'
  ).split(' '),
);

// "9,000 people" is one word: a thousands separator must not read as a clause boundary
// ("Nexa, which employs about 9,000 people in Europe, said").
const WORD = /[@#]?[\p{L}\p{N}]+(?:['’\-‐.&][\p{L}\p{N}]+|(?<=\p{N}),\p{N}{3}(?!\p{N}))*/uy;

function endsAbbreviation(word: string): boolean {
  // "U.S.", "a.m." but not "PowerOutage.us." at the end of a sentence.
  return (
    /^(\p{L}\.)+\p{L}$/u.test(word) ||
    /^\p{Lu}$/u.test(word) ||
    ABBREVIATIONS.has(word.toLowerCase())
  );
}

/**
 * Splits text into tokens with offsets, marking quotes, sentences and paragraphs. Linear in the
 * text: one sticky regex per word, no backtracking.
 */
export function tokenize(text: string, quotes: readonly QuoteSpan[]): Token[] {
  const tokens: Token[] = [];
  let quoteIndex = 0;
  let sentence = 0;
  let paragraph = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) {
      if (ch === '\n' && text[i + 1] === '\n') {
        paragraph++;
        sentence++;
      }
      i++;
      continue;
    }
    while (quoteIndex < quotes.length && (quotes[quoteIndex]?.end ?? 0) <= i) quoteIndex++;
    const q = quotes[quoteIndex];
    const inQuote = q !== undefined && q.start <= i && i < q.end ? quoteIndex : -1;
    WORD.lastIndex = i;
    const match = WORD.exec(text);
    let end = i + 1;
    let isWord = false;
    if (match) {
      end = i + match[0].length;
      isWord = true;
      if (text[end] === '.' && endsAbbreviation(match[0]) && /[\p{L}]/u.test(match[0])) end++;
    }
    const word = text.slice(i, end);
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      start: i,
      end,
      isWord,
      cap: isWord && /^[@\p{Lu}]/u.test(word),
      quote: inQuote,
      sentence,
      paragraph,
    });
    if (!isWord && inQuote === -1 && /[.!?]/.test(ch)) sentence++;
    // A closing mark after ".", "!" or "?" ends the sentence too: “... work.” Next sentence.
    if (!isWord && q && inQuote !== -1 && end === q.end && /[.!?]/.test(text[i - 1] ?? '')) {
      sentence++;
    }
    i = end;
  }
  return tokens;
}
