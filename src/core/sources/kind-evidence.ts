import type { SourceKind } from '../types';
import { bare } from './bare-word';
import { classifyProperName } from './classify-kind';
import type { LanguageTable } from './language-table';
import { nameOccurrences, type Occurrence } from './name-occurrences';

/** Places a name is read at: enough votes, and a bounded cost for a name written everywhere. */
const MAX_OCCURRENCES = 40;

/** How far after a mention the next pronoun still refers to it, in characters. */
const PRONOUN_WINDOW = 160;

/** Votes for one kind over another, gathered from every place the article writes a name. */
interface Votes {
  person: number;
  organization: number;
  media: number;
}

function best(votes: Votes): SourceKind | null {
  const top = Math.max(votes.person, votes.organization, votes.media);
  if (top === 0) return null;
  if (votes.media === top) return 'media';
  if (votes.organization === top && votes.organization > votes.person) return 'organization';
  return votes.person === top ? 'person' : null;
}

/**
 * A word that opens its sentence ("Because Dempsey…") says nothing about the name after it; a
 * period after a title ("Gov. Kristi Noem") ends no sentence.
 */
function opensSentence(text: string, at: number, table: LanguageTable): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  if (at === 0 || /(?:[!?:”"]\s+|\n\s*)$/.test(before)) return true;
  const abbreviation = /(\S+)\.\s+$/.exec(before)?.[1];
  if (abbreviation === undefined) return false;
  return !table.titles.has(bare(abbreviation)) && !/^\p{Lu}$/u.test(abbreviation);
}

/**
 * What the article says about a name wherever it writes it (quotes blanked out): the word before
 * it ("label Big Machine", "publication DigiTimes", "Gov. Kristi Noem", "Feliciano Lopez"), the
 * words after it ("Nissan North America Inc.") and the first pronoun after it ("he" or "it").
 * Returns the kind the word evidence favours, else the pronouns' verdict, else null.
 */
export function kindEvidence(
  plain: string,
  core: readonly string[],
  table: LanguageTable,
): { strong: SourceKind | null; pronoun: SourceKind | null } {
  const strong: Votes = { person: 0, organization: 0, media: 0 };
  const weak: Votes = { person: 0, organization: 0, media: 0 };
  const words = core.map((w) => w.replace(/[’']s$/, ''));
  // No name to look for: "" alone (the one-word name "'s") or no words.
  if (words.length === 0 || (words.length === 1 && words[0] === '')) {
    return { strong: null, pronoun: null };
  }
  for (const m of nameOccurrences(plain, words, MAX_OCCURRENCES)) {
    const head = /(\S+)\s$/u.exec(plain.slice(Math.max(0, m.index - 40), m.index));
    const prev = head?.[1] ?? '';
    const prevAt = m.index - prev.length - 1;
    // "The contractor, Lone Star Clinical Staffing, denied": a described apposition.
    const described = /(?:^|\s)(?:the|a|an|its|their)\s+(\p{Ll}+),\s$/iu.exec(
      plain.slice(Math.max(0, m.index - 40), m.index),
    )?.[1];
    const prevBare = described ?? bare(prev);
    if (table.mediaDescriptors.has(prevBare)) strong.media++;
    else if (table.organizationDescriptors.has(prevBare)) strong.organization++;
    else if (table.titles.has(prevBare) && /^\p{Lu}/u.test(prev)) strong.person++;
    else if (
      core.length === 1 &&
      !table.capitalisedNouns &&
      /^\p{Lu}\p{Ll}+$/u.test(prev) &&
      !table.capitalisedFunctionWords.has(prevBare) &&
      !opensSentence(plain, prevAt, table) &&
      classifyProperName([prev]) === null
    ) {
      strong.person++;
    }
    const tail = plain.slice(m.index + m.length, m.index + m.length + 60);
    // "Tomas Berg, who leads the fishermen's association, said": "who" is said of people only.
    const relative = /^\s*,\s*(\p{L}+)/u.exec(tail)?.[1]?.toLowerCase();
    if (relative && table.personRelatives.has(relative)) strong.person++;
    const run = /^((?:\s+(?:&|\p{Lu}[\p{L}.&-]*))+)/u.exec(tail)?.[1]?.trim().split(/\s+/) ?? [];
    if (run.length && classifyProperName([...core, ...run]) === 'organization') {
      strong.organization++;
    }
    const pronoun = /\b(he|she|his|her|him|it|its)\b/i.exec(
      tail.length ? plainAfter(plain, m) : '',
    );
    if (pronoun) {
      if (/^it/i.test(pronoun[1] ?? '')) weak.organization++;
      else weak.person++;
    }
  }
  return { strong: best(strong), pronoun: best(weak) };
}

function plainAfter(plain: string, m: Occurrence): string {
  const from = m.index + m.length;
  return plain.slice(from, from + PRONOUN_WINDOW);
}
