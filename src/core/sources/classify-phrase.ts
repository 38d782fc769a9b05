import type { SourceKind } from '../types';
import { classifyProperName } from './classify-kind';
import type { LanguageTable } from './language-table';
import type { Token } from './tokenize';

/** A phrase that may name a source, before grouping. */
export interface Phrase {
  start: number;
  end: number;
  text: string;
  /** 'name': a proper or unnamed source; 'pronoun': he/she/it; 'descriptor': "the company". */
  role: 'name' | 'pronoun' | 'descriptor';
  /** null: a proper name whose kind only grouping or context can tell. */
  kind: SourceKind | null;
  /** The name without titles ("Jens Stoltenberg"), or the descriptor's head ("secretary general"). */
  core: string[];
  /** The head noun of an unnamed source or document ("officials"), for "the officials" later. */
  head?: string;
  /** For pronouns and titles: the name they stand for, when the text before names it. */
  antecedent?: Phrase | null;
}

/** Words that attach a modifier to an unnamed source's head ("people familiar with"). */
const LINKING = new Set('familiar close briefed knowledgeable involved who that based'.split(' '));

const PARTICLES = new Set('van von der de da di del la le du dos bin al el ibn y'.split(' '));

function bare(word: string): string {
  return word
    .toLowerCase()
    .replace(/[’']s?$/, '')
    .replace(/\.$/, '');
}

function isPossessive(word: string): boolean {
  return /[’']s?$/.test(word) && word.length > 2;
}

function isAcronym(word: string): boolean {
  return /^\p{Lu}[\p{Lu}.&]+$/u.test(word.replace(/[’']s$/, ''));
}

function span(
  tokens: readonly Token[],
  a: number,
  b: number,
  text: string,
): [number, number, string] {
  const start = tokens[a]?.start ?? 0;
  const end = tokens[b]?.end ?? start;
  return [start, end, text.slice(start, end)];
}

/** Where the head of a phrase ends: before its first modifying preposition. */
function headEnd(tokens: readonly Token[], a: number, b: number, table: LanguageTable): number {
  for (let i = a + 1; i <= b; i++) {
    const t = tokens[i];
    if (!t || t.cap) continue;
    // "people familiar with the talks", "two people briefed on the call".
    if (LINKING.has(t.lower) && i > a) return i - 1;
    if (!table.prepositions.has(t.lower)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const inName =
      prev?.cap && next?.cap && (t.lower === 'of' || t.lower === 'for') && !isPossessive(prev.text);
    const orgLike = inName && classifyProperName([prev?.text ?? '']) === 'organization';
    if (!orgLike) return i - 1;
  }
  return b;
}

/** Strips titles, roles and owners from the front of a name run. */
function coreName(run: readonly string[], table: LanguageTable): string[] {
  let from = 0;
  run.forEach((word, i) => {
    if (i === run.length - 1) return;
    if (table.titles.has(bare(word)) || isPossessive(word) || isAcronym(word)) from = i + 1;
  });
  return run.slice(from);
}

/**
 * Reads the phrase in tokens[a..b] as a source: a named entity (with titles), an unnamed source
 * ("a NATO official"), a document, a descriptor that refers back ("the Secretary General"), or a
 * pronoun. Returns null for anything else ("the stabbing").
 */
export function classifyPhrase(
  tokens: readonly Token[],
  a: number,
  b: number,
  text: string,
  table: LanguageTable,
): Phrase | null {
  while (a <= b && !tokens[a]?.isWord) a++;
  while (b >= a && !tokens[b]?.isWord) b--;
  if (a > b) return null;
  const first = tokens[a];
  if (!first) return null;
  if (a === b && table.personPronouns.has(first.lower)) {
    return { ...phraseAt(tokens, a, b, text), role: 'pronoun', kind: 'person', core: [] };
  }
  if (a === b && table.thingPronouns.has(first.lower)) {
    return { ...phraseAt(tokens, a, b, text), role: 'pronoun', kind: null, core: [] };
  }
  let h = headEnd(tokens, a, b, table);
  // "the researchers' calculations": the owner is the source.
  for (let i = a; i < h; i++) {
    const t = tokens[i];
    const last = tokens[h];
    if (t && last && isPossessive(t.text) && !last.cap && !isHead(last.lower, table)) {
      h = i;
      b = i;
      break;
    }
  }
  const last = tokens[h];
  if (!last) return null;
  const lastBare = bare(last.text);
  const determinerOnly = (from: number): boolean => {
    for (let i = from; i < h; i++) {
      const t = tokens[i];
      if (!t || (!table.determiners.has(t.lower) && !table.possessives.has(t.lower))) return false;
    }
    return true;
  };
  if (!last.cap || headOpeningSentence(tokens, h, table)) {
    if (table.nonSources.has(lastBare)) return null;
    const outlet = outletBehind(tokens, a, h, table);
    if (outlet)
      return { ...phraseAt(tokens, a, b, text), role: 'name', kind: 'media', core: outlet };
    const leadsWithThe = first.lower === 'the' || isPossessive(first.text);
    if (table.titles.has(lastBare) && leadsWithThe && h - a <= 3) {
      return {
        ...phraseAt(tokens, a, h, text),
        role: 'descriptor',
        kind: 'person',
        core: [lastBare],
      };
    }
    let kind: SourceKind | null = null;
    if (table.anonymousHeads.has(lastBare)) kind = 'anonymous';
    else if (table.documentHeads.has(lastBare)) kind = 'document';
    else if (table.organizationHeads.has(lastBare)) kind = 'organization';
    if (!kind) return null;
    const bareDescriptor = first.lower === 'the' && determinerOnly(a + 1) && b === h;
    // "His office said": a person's own office is a body of its own, not "the office" before.
    const owned =
      /^(office|administration|campaign|government)$/.test(lastBare) &&
      h === a + 1 &&
      /^(his|her|their)$/.test(first.lower);
    if (owned) {
      const whole = phraseAt(tokens, a, b, text);
      return { ...whole, role: 'name', kind, core: [whole.text], head: lastBare };
    }
    if (bareDescriptor || (determinerOnly(a) && kind !== 'anonymous' && b === h)) {
      const head = lastBare;
      return { ...phraseAt(tokens, a, b, text), role: 'descriptor', kind, core: [lastBare], head };
    }
    if (kind === 'organization' && h === a && lastBare !== 'police') return null;
    // "lead researcher and NASA scientist X said": a bare singular role is a title, not a source.
    const opener = first.lower;
    const determined =
      table.determiners.has(opener) ||
      table.possessives.has(opener) ||
      /^\d/.test(opener) ||
      first.cap;
    const plural = /s$/.test(lastBare) || /^(people|staff|personnel)$/.test(lastBare);
    if (kind === 'anonymous' && !determined && !plural) return null;
    const whole = phraseAt(tokens, a, b, text);
    return { ...whole, role: 'name', kind, core: [whole.text], head: lastBare };
  }
  // A proper name: the run of capitalised words that ends the head.
  let r = h;
  while (r - 1 >= a) {
    const prev = tokens[r - 1];
    const cur = tokens[r];
    if (!prev || !prev.isWord) break;
    if (prev.cap || prev.text === '&' || (PARTICLES.has(prev.lower) && cur?.cap && r - 1 > a)) {
      if (table.capitalisedFunctionWords.has(prev.lower) && prev.lower !== 'the') break;
      r--;
      continue;
    }
    break;
  }
  while (r < h && table.capitalisedFunctionWords.has(tokens[r]?.lower ?? '')) r++;
  const runTokens = tokens.slice(r, h + 1);
  const run = runTokens.map((t) => t.text);
  const withoutThe = run[0]?.toLowerCase() === 'the' ? run.slice(1) : run;
  if (withoutThe.length === 0) return null;
  const opensWithThe = tokens[r - 1]?.lower === 'the' || run[0]?.toLowerCase() === 'the';
  const titleLast = table.titles.has(bare(withoutThe[withoutThe.length - 1] ?? ''));
  // "the Secretary General", "The Port Commissioner": a title standing for a person named before.
  // "The Hollywood Reporter" is an outlet, though "reporter" is also a title.
  const outletName = classifyProperName(withoutThe) === 'media';
  if (
    !outletName &&
    (withoutThe.every((w) => table.titles.has(bare(w))) ||
      (opensWithThe && titleLast && withoutThe.length <= 3 && h === b))
  ) {
    const core = withoutThe.map(bare).filter((w) => table.titles.has(w));
    const from = tokens[r - 1]?.lower === 'the' ? r - 1 : r;
    return { ...phraseAt(tokens, from, h, text), role: 'descriptor', kind: 'person', core };
  }
  if (table.capitalisedFunctionWords.has(withoutThe[0]?.toLowerCase() ?? '') && run.length === 1) {
    return null;
  }
  const core = coreName(withoutThe, table);
  let kind = classifyProperName(core);
  const fullKind = classifyProperName(withoutThe);
  if (fullKind === 'media' || (kind !== 'person' && fullKind === 'organization')) kind = fullKind;
  // "Mr. Trump", "Coach Fleck": a title makes a one-word name a person.
  const titled = withoutThe
    .slice(0, withoutThe.length - core.length)
    .some((w) => table.titles.has(bare(w)));
  if (kind === null && titled) kind = 'person';
  if (kind === 'organization' || kind === 'media') {
    const from = tokens[r - 1]?.lower === 'the' ? r - 1 : r;
    return {
      ...phraseAt(tokens, Math.min(from, lead(tokens, a, r, table)), b, text),
      role: 'name',
      kind,
      core: withoutThe,
    };
  }
  return { ...phraseAt(tokens, lead(tokens, a, r, table), b, text), role: 'name', kind, core };
}

/**
 * "An Associated Press journalist", "the BBC interviewer", "the Independent newspaper": the outlet
 * named before its staff or its paper is the source. Returns the outlet's name words.
 */
function outletBehind(
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
function lead(tokens: readonly Token[], a: number, r: number, table: LanguageTable): number {
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
function headOpeningSentence(tokens: readonly Token[], i: number, table: LanguageTable): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || table.capitalisedNouns || (prev && prev.sentence === t.sentence)) return false;
  if (tokens[i + 1]?.cap) return false;
  return isHead(bare(t.text), table);
}

function isHead(word: string, table: LanguageTable): boolean {
  return (
    table.anonymousHeads.has(word) ||
    table.documentHeads.has(word) ||
    table.organizationHeads.has(word)
  );
}

function phraseAt(
  tokens: readonly Token[],
  a: number,
  b: number,
  text: string,
): { start: number; end: number; text: string } {
  const [start, end, slice] = span(tokens, a, b, text);
  return { start, end, text: slice };
}
