import type { LanguageTable } from './language-table';
import { nameOccurrences } from './name-occurrences';

/** Places a surname is looked at: far more than any article writes one name. */
const MAX_OCCURRENCES = 200;

/** One or two capitalised words ending right where a surname starts ("Feliciano ", "P.J. "). */
const WORDS_BEFORE = /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}\p{M}’'.-]*\s+){1,2})$/u;

/** A word that cannot be a first name: a title, a function word opening a sentence, an owner. */
function notAFirstName(word: string, table: LanguageTable): boolean {
  const lower = word.toLowerCase();
  return (
    table.titles.has(lower.replace(/\.$/, '')) ||
    table.stopwords.has(lower) ||
    table.clauseWords.has(lower) ||
    table.capitalisedFunctionWords.has(lower) ||
    table.determiners.has(lower) ||
    /[’']s$/.test(word) ||
    // A first name is written "Feliciano" or "P.J.", not "VIZZION CONCEPT" (a product's name).
    !/^(?:\p{Lu}[\p{Ll}\p{M}’'-]+|(?:\p{Lu}\.)+)$/u.test(word)
  );
}

/** The full names in `text` that end in `surname` ("Feliciano Lopez" for "Lopez"), titles left out. */
function fullNamesEndingIn(surname: string, text: string, table: LanguageTable): Set<string> {
  const names = new Set<string>();
  for (const { index } of nameOccurrences(text, [surname], MAX_OCCURRENCES)) {
    // Two words of at most a few dozen characters each: the name's start lies in this stretch.
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, index - 80), index));
    if (!before) continue;
    const words = (before[1] ?? '').trim().split(/\s+/);
    while (words.length && notAFirstName(words[0] ?? '', table)) words.shift();
    if (words.length && !words.some((word) => notAFirstName(word, table))) {
      names.add([...words, surname].join(' '));
    }
  }
  return names;
}

/**
 * "Lopez said" in a story that introduced "Feliciano Lopez" before citing him: the name of a person
 * cited only by surname, as the text gives it in full, when exactly one full name ends in that
 * surname (two Lopezes keep the surname alone). Languages that capitalise nouns keep the surname:
 * "Kanzler Scholz" would pass for a first name there.
 */
export function fullestName(core: readonly string[], text: string, table: LanguageTable): string[] {
  const surname = core[0];
  if (core.length !== 1 || !surname || table.capitalisedNouns) return [...core];
  if (!/^\p{Lu}[\p{L}\p{M}’'-]+$/u.test(surname)) return [...core];
  const names = fullNamesEndingIn(surname, text, table);
  const [only] = names;
  return names.size === 1 && only ? only.split(' ') : [...core];
}
