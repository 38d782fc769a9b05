import type { QuoteSpan } from './find-quotes';
import { lowerCase } from './lower-case';
import { wordEnd } from './word-end';
import { isWhiteSpace } from '../white-space';

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

/**
 * "U.S.", "a.m." but not "PowerOutage.us." at the end of a sentence. Asked at every sentence's
 * last word, so each regex runs only on words of its shape: dotted, or one character long.
 */
function endsAbbreviation(word: string): boolean {
  return (
    (word.includes('.') && /^(\p{L}\.)+\p{L}$/u.test(word)) ||
    (word.length <= 2 && /^\p{Lu}$/u.test(word)) ||
    ABBREVIATIONS.has(lowerCase(word))
  );
}

const STARTS_CAPITAL = /^[@\p{Lu}]/u;
const CODE_A = 0x41;
const CODE_Z = 0x5a;

const CODE_LOWER_A = 0x61;
const CODE_LOWER_Z = 0x7a;

/**
 * Starts with a capital letter or "@", or is a brand written with a lower-case prefix ("eBay",
 * "iFixit"); ASCII answers without a regex (most words are ASCII).
 */
function startsCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) {
    if (code === 0x40 || (code >= CODE_A && code <= CODE_Z)) return true;
    // "kWh", "mL": units, not brands; a brand goes on in lower case ("eBay", "iFixit").
    const isLower = (k: number): boolean => k >= CODE_LOWER_A && k <= CODE_LOWER_Z;
    const second = word.charCodeAt(1);
    return (
      isLower(code) &&
      second >= CODE_A &&
      second <= CODE_Z &&
      isLower(word.charCodeAt(2)) &&
      isLower(word.charCodeAt(3))
    );
  }
  return STARTS_CAPITAL.test(word);
}

/** "." "!" "?": marks that end a sentence outside quotes. */
function endsSentence(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f;
}

/**
 * Splits text into tokens with offsets, marking quotes, sentences and paragraphs. Linear in the
 * text, no backtracking; characters are tested by code, not by regex (this runs on every character
 * of every article).
 */
export function tokenize(text: string, quotes: readonly QuoteSpan[]): Token[] {
  const tokens: Token[] = [];
  let quoteIndex = 0;
  let sentence = 0;
  let paragraph = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isWhiteSpace(code)) {
      if (code === 0x0a && text.charCodeAt(i + 1) === 0x0a) {
        paragraph++;
        sentence++;
      }
      i++;
      continue;
    }
    while (quoteIndex < quotes.length && (quotes[quoteIndex]?.end ?? 0) <= i) quoteIndex++;
    const q = quotes[quoteIndex];
    const inQuote = q !== undefined && q.start <= i && i < q.end ? quoteIndex : -1;
    // "9,000 people" is one word: a thousands separator must not read as a clause boundary
    // ("Nexa, which employs about 9,000 people in Europe, said").
    const wordEndsAt = wordEnd(text, i);
    const isWord = wordEndsAt >= 0;
    let end = i + 1;
    if (isWord) {
      end = wordEndsAt;
      if (text.charCodeAt(end) === 0x2e) {
        const word = text.slice(i, end);
        if (endsAbbreviation(word) && /[\p{L}]/u.test(word)) end++;
      }
    }
    const word = text.slice(i, end);
    tokens.push({
      text: word,
      lower: lowerCase(word),
      start: i,
      end,
      isWord,
      cap: isWord && startsCapital(word),
      quote: inQuote,
      sentence,
      paragraph,
    });
    if (!isWord && inQuote === -1 && endsSentence(code)) sentence++;
    // A closing mark after ".", "!" or "?" ends the sentence too: “... work.” Next sentence.
    if (!isWord && q && inQuote !== -1 && end === q.end && endsSentence(text.charCodeAt(i - 1))) {
      sentence++;
    }
    i = end;
  }
  return tokens;
}
