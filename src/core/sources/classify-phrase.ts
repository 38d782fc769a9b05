import type { SourceKind } from '../types';
import { bare } from './bare-word';
import { classifyProperName } from './classify-kind';
import type { LanguageTable } from './language-table';
import { andInsideName } from './read-phrase';
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
  /** For titles: other, farther names written with the same title ("Gov. Eric Holcomb"). */
  candidates?: Phrase[];
}
import {
  coreName,
  headEnd,
  headOpeningSentence,
  isHead,
  isPossessive,
  lead,
  nameAfterTitle,
  outletBehind,
  PARTICLES,
  phraseAt,
} from './phrase-heads';

/** An unnamed source or a document, named by its own words ("two people familiar with the talks"). */
function namedByWords(
  tokens: readonly Token[],
  a: number,
  b: number,
  text: string,
  kind: SourceKind,
  head: string,
): Phrase {
  const phrase = phraseAt(tokens, a, b, text, { role: 'name', kind, core: [], head });
  phrase.core = [phrase.text];
  return phrase;
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
    return phraseAt(tokens, a, b, text, { role: 'pronoun', kind: 'person', core: [] });
  }
  // "in a research note": a prepositional phrase is no subject.
  if (!first.cap && table.prepositions.has(first.lower) && !table.determiners.has(first.lower)) {
    return null;
  }
  if (a === b && table.thingPronouns.has(first.lower)) {
    return phraseAt(tokens, a, b, text, { role: 'pronoun', kind: null, core: [] });
  }
  // "two of the people", "one of the study authors": the head follows the partitive "of".
  const partitive =
    (table.determiners.has(first.lower) || /^\d/.test(first.lower)) &&
    tokens[a + 1]?.lower === 'of' &&
    a + 2 <= b;
  let h = headEnd(tokens, partitive ? a + 2 : a, b, table);
  const tail = nameAfterTitle(tokens, a, b, h, table);
  if (tail) return phraseAt(tokens, a, b, text, { role: 'name', kind: 'person', core: tail });
  // "the researchers' calculations": the owner is the source (add() keeps it only for what an
  // owner finds). "the victim's mother" is a source of her own, unnamed.
  // "China's foreign minister" is a role holder, not China: a title stays the head.
  const headIsRole = table.titles.has(bare(tokens[h]?.text ?? ''));
  for (let i = a; i < h; i++) {
    const t = tokens[i];
    const last = tokens[h];
    if (
      t &&
      last &&
      isPossessive(t.text) &&
      !last.cap &&
      !isHead(last.lower, table) &&
      !headIsRole
    ) {
      if (table.relatives.has(last.lower) && h === b) {
        return namedByWords(tokens, a, b, text, 'anonymous', last.lower);
      }
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
  const germanHead = table.capitalisedNouns && isHead(lastBare, table);
  if (!last.cap || germanHead || headOpeningSentence(tokens, h, table)) {
    if (table.nonSources.has(lastBare)) return null;
    const outlet = outletBehind(tokens, a, h, table);
    if (outlet) return phraseAt(tokens, a, b, text, { role: 'name', kind: 'media', core: outlet });
    const leadsWithThe = first.lower === 'the' || isPossessive(first.text);
    // "Google's spokesman", "China's ambassador to Britain": the owner named right there makes
    // the role holder a source of their own, unnamed like "a Google spokesman" (not "the
    // spokesman", which refers back to one named before).
    if (table.titles.has(lastBare) && first.cap && isPossessive(first.text) && a < h) {
      return namedByWords(tokens, a, b, text, 'anonymous', lastBare);
    }
    if (table.titles.has(lastBare) && leadsWithThe && h - a <= 3) {
      return phraseAt(tokens, a, h, text, { role: 'descriptor', kind: 'person', core: [lastBare] });
    }
    let kind: SourceKind | null = null;
    if (table.anonymousHeads.has(lastBare)) kind = 'anonymous';
    else if (table.documentHeads.has(lastBare)) kind = 'document';
    else if (table.organizationHeads.has(lastBare)) kind = 'organization';
    // "the newspaper said", "the news agency said": an outlet named before, in other words; not
    // "the paper mill", "the network operator", "the monitoring network".
    const outletWords =
      (h === a + 1 && table.outletNouns.has(lastBare)) ||
      (h === a + 2 &&
        /^(agency|service)$/.test(lastBare) &&
        /^(news|wire)$/.test(tokens[a + 1]?.lower ?? ''));
    if (
      (kind === null || kind === 'organization') &&
      outletWords &&
      first.lower === 'the' &&
      b === h
    ) {
      // The head is kept for a body's own noun ("the network"), which stands as described when
      // no outlet was cited before (group-mentions.ts).
      const head = kind === 'organization' ? lastBare : undefined;
      return phraseAt(tokens, a, b, text, {
        role: 'descriptor',
        kind: 'media',
        core: [lastBare],
        head,
      });
    }
    if (!kind) return null;
    // "Ocean heat waves are shrinking fish, study finds": a headline's bare noun, no source.
    if (kind === 'document' && a === b && !first.cap && !/s$/.test(lastBare)) return null;
    const bareDescriptor = first.lower === 'the' && determinerOnly(a + 1) && b === h;
    // "His office said": a person's own office is a body of its own, not "the office" before.
    const owned =
      /^(office|administration|campaign|government)$/.test(lastBare) &&
      h === a + 1 &&
      /^(his|her|their)$/.test(first.lower);
    if (owned) return namedByWords(tokens, a, b, text, kind, lastBare);
    // "the former official", "the trade group", "two of the people": a definite phrase of lower-case
    // words refers back to a source named before.
    const definite =
      b === h &&
      (first.lower === 'the' || partitive) &&
      tokens.slice(a, h + 1).every((t) => (!t.cap || t === first) && !isPossessive(t.text));
    if (bareDescriptor || definite || (determinerOnly(a) && kind !== 'anonymous' && b === h)) {
      const head = lastBare;
      return phraseAt(tokens, a, b, text, { role: 'descriptor', kind, core: [lastBare], head });
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
    return namedByWords(tokens, a, b, text, kind, lastBare);
  }
  // A proper name: the run of capitalised words that ends the head.
  let r = h;
  while (r - 1 >= a) {
    const prev = tokens[r - 1];
    const cur = tokens[r];
    if (!prev || !prev.isWord) break;
    if (prev.lower === 'and' && andInsideName(tokens, r - 1) && r - 2 >= a) {
      r--;
      continue;
    }
    const ofFor = (k: number): boolean => /^(of|for)$/.test(tokens[k]?.lower ?? '');
    const inner =
      (ofFor(r - 1) && tokens[r - 2]?.cap) ||
      (prev.lower === 'the' && ofFor(r - 2) && tokens[r - 3]?.cap);
    if (inner && r - 2 >= a) {
      r--;
      continue;
    }
    // "Ursula von der Leyen": particles, one after another, inside a name.
    const inName = cur?.cap || PARTICLES.has(cur?.lower ?? '');
    if (prev.cap || prev.text === '&' || (PARTICLES.has(prev.lower) && inName && r - 1 > a)) {
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
  // "one neo-bank CEO", "a senior executive": an unnamed person by role.
  const allTitles = withoutThe.every((w) => table.titles.has(bare(w)));
  if (allTitles && /^(a|an|one|another)$/.test(first.lower) && !outletName) {
    return namedByWords(tokens, a, h, text, 'anonymous', bare(last.text));
  }
  if (
    !outletName &&
    (allTitles || (opensWithThe && titleLast && withoutThe.length <= 3 && h === b))
  ) {
    const core = withoutThe.map(bare).filter((w) => table.titles.has(w));
    const from = tokens[r - 1]?.lower === 'the' ? r - 1 : r;
    return phraseAt(tokens, from, h, text, { role: 'descriptor', kind: 'person', core });
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
  // "Die Deutsche Umwelthilfe erklärte", "la Fnac a annoncé": German and French give bodies an
  // article, never people.
  const article = tokens[r - 1]?.lower ?? '';
  if (
    kind !== 'media' &&
    table.lang !== 'en' &&
    /^(der|die|das|des|dem|den|le|la|les|l)$/.test(article) &&
    // "Der Grünen-Verkehrspolitiker Lukas Brandt": a role, then a person's name.
    withoutThe.length <= 2
  ) {
    kind = 'organization';
  }
  if (kind === 'organization' || kind === 'media') {
    const from = tokens[r - 1]?.lower === 'the' ? r - 1 : r;
    const start = Math.min(from, lead(tokens, a, r, table));
    return phraseAt(tokens, start, b, text, { role: 'name', kind, core: withoutThe });
  }
  return phraseAt(tokens, lead(tokens, a, r, table), b, text, { role: 'name', kind, core });
}
