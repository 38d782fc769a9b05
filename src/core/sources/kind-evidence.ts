import type { SourceKind } from '../types';
import { classifyProperName } from './classify-kind';
import type { LanguageTable } from './language-table';

/** How far after a mention the next pronoun still refers to it, in characters. */
const PRONOUN_WINDOW = 160;

/** Votes for one kind over another, gathered from every place the article writes a name. */
interface Votes {
  person: number;
  organization: number;
  media: number;
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function bare(word: string): string {
  return word
    .toLowerCase()
    .replace(/[’']s?$/, '')
    .replace(/\.$/, '');
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
  const name = core.map((w) => escape(w.replace(/[’']s$/, ''))).join('\\s+');
  if (!name) return { strong: null, pronoun: null };
  const find = new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'gu');
  let count = 0;
  for (let m = find.exec(plain); m && count < 40; m = find.exec(plain), count++) {
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
    const tail = plain.slice(m.index + m[0].length, m.index + m[0].length + 60);
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

function plainAfter(plain: string, m: RegExpExecArray): string {
  const from = m.index + m[0].length;
  return plain.slice(from, from + PRONOUN_WINDOW);
}
