import { classifyPhrase, type Phrase } from './classify-phrase';
import { classifyProperName } from './classify-kind';
import type { LanguageTable } from './language-table';
import { readRight } from './read-phrase';
import type { Token } from './tokenize';

/** What may follow an outlet told something: "told Ruptly that…", "told Gizmodo by email". */
const AFTER_OUTLET = /^(?:[.:,;]|that|in|by|on|last|earlier|this|over|via)$/;

/** The object of "told": a phrase, and whether it is an outlet only by its place in the text. */
export type ToldObject = Phrase & { outletGuess: boolean };

/**
 * The news outlet after "told", if it is one: a known or outlet-like name ("told CNN", "told the
 * Hollywood Reporter"), or a name that is no organization and reads as an outlet here: "told the
 * Argus Leader" (people take no article), "told Ruptly that…" (one unknown word closing the
 * phrase). Guesses are dropped later when the article shows the name is a person's ("Marc Benioff").
 */
export function readToldObject(
  tokens: readonly Token[],
  start: number,
  text: string,
  table: LanguageTable,
): ToldObject | null {
  const end = readRight(tokens, start, table);
  if (end < start) return null;
  const phrase = classifyPhrase(tokens, start, end, text, table);
  // Object.assign, not `{ ...phrase, outletGuess }`: see phraseAt in phrase-heads.ts.
  const fallback = phrase ? Object.assign({}, phrase, { outletGuess: false }) : null;
  if (phrase?.kind === 'media' || table.capitalisedNouns) return fallback;
  const the = tokens[start]?.lower === 'the';
  const from = the ? start + 1 : start;
  let last = from - 1;
  while (tokens[last + 1]?.cap && last + 1 <= end) last++;
  const words = tokens.slice(from, last + 1).map((t) => t.text);
  if (words.length === 0 || last !== end) return fallback;
  if (words.some((w) => table.capitalisedFunctionWords.has(w.toLowerCase()))) return fallback;
  if (words.every((w) => table.titles.has(w.toLowerCase().replace(/\.$/, '')))) return fallback;
  const kind = classifyProperName(words);
  if (kind !== null && kind !== 'person') return fallback;
  if (!the && (words.length !== 1 || !AFTER_OUTLET.test(tokens[end + 1]?.lower ?? '.'))) {
    return fallback;
  }
  const first = tokens[start];
  const lastToken = tokens[end];
  if (!first || !lastToken) return fallback;
  return {
    start: first.start,
    end: lastToken.end,
    text: text.slice(first.start, lastToken.end),
    role: 'name',
    kind: 'media',
    core: words,
    outletGuess: true,
  };
}
