import { bare } from './bare-word';
import { classifyProperName, isPlaceName } from './classify-kind';
import type { Phrase } from './classify-phrase';
import type { LanguageTable } from './language-table';
import type { Token } from './tokenize';

// Where a phrase's head and name lie: the parts classify-phrase.ts reads a source from.

/** Words that attach a modifier to an unnamed source's head ("people familiar with"). */
const LINKING = new Set(
  (
    'familiar close briefed knowledgeable involved who that based published released posted ' +
    'conducted commissioned compiled issued presented showing representing seen obtained ' +
    'reviewed viewed completed prepared filed dated'
  ).split(' '),
);

export const PARTICLES = new Set(
  'van von der de da di del la le du dos bin al el ibn y'.split(' '),
);

export function isPossessive(word: string): boolean {
  return /[’']s?$/.test(word) && word.length > 2;
}

function isAcronym(word: string): boolean {
  return /^\p{Lu}[\p{Lu}.&]+$/u.test(word.replace(/[’']s$/, ''));
}

/** Where the head of a phrase ends: before its first modifying preposition. */
export function headEnd(
  tokens: readonly Token[],
  a: number,
  b: number,
  table: LanguageTable,
): number {
  for (let i = a + 1; i <= b; i++) {
    const t = tokens[i];
    if (!t || t.cap) continue;
    // "people familiar with the talks", "two people briefed on the call".
    if (LINKING.has(t.lower) && i > a) return i - 1;
    if (!table.prepositions.has(t.lower)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // "Bank of America", "NASA's Office of the Inspector General", "the U.S. Attorney's Office for
    // the Western District of New York": an organization's name goes on after "of"/"for".
    const named = next?.cap || (next?.lower === 'the' && tokens[i + 2]?.cap);
    const inName =
      prev?.cap && named && (t.lower === 'of' || t.lower === 'for') && !isPossessive(prev.text);
    const before = tokens
      .slice(a, i)
      .filter((w) => w.cap)
      .map((w) => w.text);
    const orgLike = inName && classifyProperName(before) === 'organization';
    if (!orgLike) return i - 1;
  }
  return b;
}

/** Strips titles, roles and owners from the front of a name run. */
export function coreName(run: readonly string[], table: LanguageTable): string[] {
  let from = 0;
  run.forEach((word, i) => {
    if (i === run.length - 1) return;
    // "Dianna E. Anderson", "Patrick W. Carlineo": a middle initial after a first name.
    const initial =
      i > from && /^\p{Lu}\.$/u.test(word) && !table.titles.has(bare(run[i - 1] ?? ''));
    if (initial) return;
    if (table.titles.has(bare(word)) || isPossessive(word) || isAcronym(word)) from = i + 1;
  });
  return run.slice(from);
}

/**
 * "China’s ambassador to Britain Liu Xiaming": a title, its place, then the person's name. Returns
 * the name's words when the head ends in a title and a place or title separates it from the name.
 */
export function nameAfterTitle(
  tokens: readonly Token[],
  a: number,
  b: number,
  h: number,
  table: LanguageTable,
): string[] | null {
  if (h >= b || !tokens[b]?.cap || !table.titles.has(bare(tokens[h]?.text ?? ''))) return null;
  let s = b;
  while (s - 1 > h && tokens[s - 1]?.cap) s--;
  const run = tokens.slice(s, b + 1).map((t) => t.text);
  let k = 0;
  while (
    k < run.length - 2 &&
    (isPlaceName([run[k] ?? '']) || table.titles.has(bare(run[k] ?? '')))
  ) {
    k++;
  }
  // "ambassador to Chile Eirik Haug": a place of one word after the preposition, known or not.
  if (k === 0 && run.length >= 3 && table.prepositions.has(tokens[s - 1]?.lower ?? '')) k = 1;
  const name = run.slice(k);
  if (k === 0 || name.length < 2 || classifyProperName(name) !== 'person') return null;
  return a <= h ? name : null;
}

/**
 * "An Associated Press journalist", "the BBC interviewer", "the Independent newspaper": the outlet
 * named before its staff or its paper is the source. Returns the outlet's name words.
 */
export function outletBehind(
  tokens: readonly Token[],
  a: number,
  h: number,
  table: LanguageTable,
): string[] | null {
  const head = tokens[h];
  if (!head || !table.mediaStaff.has(head.lower)) return null;
  let from = a;
  while (from < h && table.determiners.has(tokens[from]?.lower ?? '')) from++;
  const run = tokens.slice(from, h);
  if (run.length === 0 || !run.every((t) => t.cap)) return null;
  const words = run.map((t) => t.text);
  const kind = classifyProperName(words);
  const paper = !table.titles.has(head.lower) && !/^journalist|^correspondent/.test(head.lower);
  return kind === 'media' || (paper && kind === null) ? words : null;
}

/** First token of a name's mention: its descriptors ("Wild coach"), not a leading adverb. */
export function lead(tokens: readonly Token[], a: number, r: number, table: LanguageTable): number {
  let i = a;
  while (i < r) {
    const t = tokens[i];
    if (!t || !(table.capitalisedFunctionWords.has(t.lower) || /^\d+$/.test(t.lower))) break;
    i++;
  }
  return i;
}

/**
 * "Authorities say…", "Executives across the world say…", "Traders cited…": a head noun that is
 * capitalised only because it opens the sentence is still a common noun.
 */
export function headOpeningSentence(
  tokens: readonly Token[],
  i: number,
  table: LanguageTable,
): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || table.capitalisedNouns || (prev && prev.sentence === t.sentence)) return false;
  if (tokens[i + 1]?.cap) return false;
  return isHead(bare(t.text), table);
}

export function isHead(word: string, table: LanguageTable): boolean {
  return (
    table.anonymousHeads.has(word) ||
    table.documentHeads.has(word) ||
    table.organizationHeads.has(word)
  );
}

/** What a phrase was read as: the fields of a Phrase besides its place in the text. */
export type Reading = Pick<Phrase, 'role' | 'kind' | 'core' | 'head'>;

/**
 * The phrase tokens[a..b] read as `reading`. Built with Object.assign, not `{ ...span, role }`:
 * V8 in Node 20 builds an object spread followed by more properties some 50 times slower, and that
 * spread was the costliest line of the finder's profile.
 */
export function phraseAt(
  tokens: readonly Token[],
  a: number,
  b: number,
  text: string,
  reading: Reading,
): Phrase {
  const start = tokens[a]?.start ?? 0;
  const end = tokens[b]?.end ?? start;
  return Object.assign({ start, end, text: text.slice(start, end) }, reading);
}
