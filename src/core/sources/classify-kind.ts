import type { SourceKind } from '../types';
import { lowerCase } from './lower-case';
import { findOutlet } from './media-outlets';
import { PLACE_NAMES } from './place-names';

/** Last words that make a proper name an outlet: "Pittsburgh Post-Gazette", "Daily Ledger". */
const MEDIA_ENDINGS = new Set(
  (
    'news times post journal herald gazette tribune telegraph magazine daily reporter chronicle ' +
    'inquirer examiner observer wire press tv radio broadcasting newspaper review courier ' +
    'dispatch bulletin register sentinel star-tribune post-gazette zeitung allgemeine presse ' +
    'nachrichten rundschau kurier tagesspiegel monde figaro parisien ledger'
  ).split(' '),
);

/** Words that make a proper name an organization ("Interior Ministry", "Nissan North America Inc."). */
const ORGANIZATION_WORDS = new Set(
  (
    'ministry department office agency council commission committee association union ' +
    'university college institute inc inc. corp corp. co co. company ltd ltd. llc plc group ' +
    'police court party bank government army navy military forces force foundation ' +
    'organization organisation center centre bureau service services administration authority ' +
    'league federation club fc securities capital partners holdings technologies labs ' +
    'laboratory embassy pentagon kremlin congress senate parliament assembly board fund ' +
    'reserve institution society systems motors airlines energy pharmaceuticals studios ' +
    'productions entertainment records church museum school hospital clinic coalition ' +
    'alliance nations taliban secretariat cabinet chamber exchange observatory equities ' +
    'corporation industries international investments bancorp trust command guard ' +
    'commission regierung ministerium polizei bundesregierung gouvernement ministère foods ' +
    'brands united rovers athletic wanderers networks solutions software robotics association ' +
    'institut verband verein gewerkschaft préfecture'
  ).split(' '),
);

/**
 * Lower case, without an owner's "'s" or a French elided article ("l'Élysée"). Not bare-word.ts's
 * bare(): that one keeps the article and drops a closing period, for the title and descriptor lists.
 */
function nameWord(word: string): string {
  const lower = lowerCase(word);
  // Both suffix and prefix hold an apostrophe: most words have none and keep their lower case.
  if (!lower.includes("'") && !lower.includes('’')) return lower;
  return lower.replace(/[’']s?$/, '').replace(/^[ld][’']/, '');
}

/**
 * German compounds end in the organization word: "Fahrgastverband", "Bundesinnenministerium",
 * also in the genitive ("des Kraftfahrt-Bundesamts").
 */
const COMPOUND_ORGANIZATION =
  /\p{Ll}(verband|verein|institut|gewerkschaft|ministerium|behörde|konzern|gesellschaft|amt)(e?s)?$/u;

/** An acronym such as NATO or NASA (not "I", not a Roman numeral suffix). */
function isAcronym(word: string): boolean {
  return /^\p{Lu}[\p{Lu}.&]+$/u.test(word.replace(/[’']s$/, '')) && !/^[IVX]+$/.test(word);
}

/** A name made only of places that stand for governments ("Germany", "Washington"). */
export function isPlaceName(words: readonly string[]): boolean {
  const content = words.filter((w) => nameWord(w) !== 'the').map(nameWord);
  if (!content.length) return false;
  // "South Dakota", "Hong Kong": one place of several words; "US and EU": each a place.
  return PLACE_NAMES.has(content.join(' ')) || content.every((w) => PLACE_NAMES.has(w));
}

/**
 * Names already classified, by their words joined with spaces (each entry keeps the words, so a
 * word holding a space can never be mistaken for two). Phrase reading asks about the same names
 * over and over (every mention, every candidate span; about ten calls per distinct name on the
 * corpus), and the rules lower-case each word several times. Cleared when full.
 */
const classified = new Map<string, { words: readonly string[]; kind: SourceKind | null }>();
const MAX_CLASSIFIED = 2048;

/**
 * The kind of a proper name, or null when the name alone does not say (a one-word name may be a
 * surname or a company: grouping and context decide).
 */
export function classifyProperName(words: readonly string[]): SourceKind | null {
  const joined = words.join(' ');
  const known = classified.get(joined);
  if (known && sameWords(known.words, words)) return known.kind;
  const kind = kindOfWords(words, joined);
  if (classified.size >= MAX_CLASSIFIED) classified.clear();
  classified.set(joined, { words: words.slice(), kind });
  return kind;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, k) => w === b[k]);
}

/**
 * "eBay", "iFixit": a word that opens in lower case and goes on with a capital is a brand. Inner
 * capitals after a capital say nothing: FactSet, but also McDowell, RuPaul, LaToya.
 */
const BRAND_CASE = /^\p{Ll}\p{Lu}/u;

function kindOfWords(words: readonly string[], joined: string): SourceKind | null {
  if (findOutlet(joined)) return 'media';
  if (words.length === 1 && BRAND_CASE.test(words[0] ?? '')) return 'organization';
  const last = nameWord(words[words.length - 1] ?? '');
  if (words.length >= 2 && MEDIA_ENDINGS.has(last)) return 'media';
  // "Yonhap News Agency", "Kestrel News Service": a wire named for what it sends out (a "Press
  // Service" is a government's press office).
  const beforeLast = nameWord(words[words.length - 2] ?? '');
  if (/^(agency|service)$/.test(last) && beforeLast === 'news') return 'media';
  // "BBC Radio Lancashire", "CBS News Radio": a known outlet's station or programme.
  if (
    words.length >= 2 &&
    findOutlet(words[0] ?? '') &&
    words.some((w) => MEDIA_ENDINGS.has(nameWord(w)))
  ) {
    return 'media';
  }
  if (words.some((w) => ORGANIZATION_WORDS.has(nameWord(w)) || COMPOUND_ORGANIZATION.test(w))) {
    return 'organization';
  }
  // "Centers for Disease Control and Prevention": people's names do not hold "for", "of", "and".
  if (words.length >= 3 && words.some((w) => /^(of|for|and|&)$/.test(w))) return 'organization';
  const content = words.filter((w) => nameWord(w) !== 'the');
  if (
    content.length >= 1 &&
    (isPlaceName(content) || content.every((w) => PLACE_NAMES.has(nameWord(w)) || isAcronym(w)))
  ) {
    return 'organization';
  }
  if (content.length === 1 && isAcronym(content[0] ?? '')) return 'organization';
  if (content.length >= 1 && words.length > content.length) return 'organization';
  return content.length >= 2 ? 'person' : null;
}
