import type { LanguageTable } from './language-table';
import type { Token } from './tokenize';

/** Longest subject or object phrase read, in tokens; longer runs are clauses, not names. */
const MAX_PHRASE = 16;

/** Words after which a preposition still belongs to the phrase ("people familiar with ..."). */
const LINKING = new Set(
  'familiar close briefed published involved knowledgeable led based working'.split(' '),
);

const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|last|this|next|earlier|\d+)$/;

/** True when the token cannot be part of a source phrase. */
export function isBoundary(token: Token | undefined, table: LanguageTable): boolean {
  if (!token) return true;
  if (token.quote !== -1) return true;
  if (!token.isWord) return token.text !== '&';
  if (table.clauseWords.has(token.lower) && !token.cap) return true;
  if (token.cap && table.clauseWords.has(token.lower) && token.lower !== 'who') return true;
  return table.verbs.has(token.lower) && !token.cap;
}

/** Index of the first token of the phrase that ends at `end`, read leftwards; -1 if none. */
export function readLeft(tokens: readonly Token[], end: number, table: LanguageTable): number {
  let start = end + 1;
  const first = tokens[end];
  for (let i = end; i >= 0 && end - i < MAX_PHRASE; i--) {
    const t = tokens[i];
    if (!t || t.sentence !== first?.sentence) break;
    // "A report by X found": "report" is a noun here, not a verb that ends the phrase.
    const noun = table.verbs.has(t.lower) && table.determiners.has(tokens[i - 1]?.lower ?? '');
    if (isBoundary(t, table) && !noun) break;
    start = i;
  }
  if (start > end) return -1;
  // A phrase that runs into the limit is a clause, not a subject.
  if (end - start + 1 >= MAX_PHRASE) return -1;
  return start;
}

function startsLinkedModifier(tokens: readonly Token[], i: number, table: LanguageTable): boolean {
  const prep = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prep || !prev || !next || !table.prepositions.has(prep.lower)) return false;
  if (TIME_WORDS.test(next.lower) || next.quote !== -1 || !next.isWord) return false;
  if (LINKING.has(prev.lower)) return true;
  if (table.anonymousHeads.has(prev.lower) || table.documentHeads.has(prev.lower)) return true;
  // "Bank of America", "le ministère des Finances": a preposition before a capitalised name.
  return next.cap && /^(of|for|de|des|du|der)$/.test(prep.lower);
}

/** Index of the last token of the phrase that starts at `start`, read rightwards; -1 if none. */
export function readRight(tokens: readonly Token[], start: number, table: LanguageTable): number {
  let end = start - 1;
  const first = tokens[start];
  for (let i = start; i < tokens.length && i - start < MAX_PHRASE; i++) {
    const t = tokens[i];
    if (!t || t.sentence !== first?.sentence) break;
    if (isBoundary(t, table)) break;
    if (!t.cap && table.phraseEnders.has(t.lower) && i > start) {
      if (!startsLinkedModifier(tokens, i, table)) break;
    }
    if (i > start && TIME_WORDS.test(t.lower) && !t.cap) break;
    // German capitalises nouns: a lower-case word after a name ends the phrase ("dem Hafenamt gestiegen").
    const prev = tokens[i - 1];
    if (table.capitalisedNouns && !t.cap && prev?.cap && i > start) break;
    if (i > start && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(t.lower)) {
      break;
    }
    end = i;
  }
  return end;
}
