import { german } from './cues-de';
import { english } from './cues-en';
import { french } from './cues-fr';
import { CodeUnitClass, isSurrogate } from './code-unit-class';
import type { LanguageTable } from './language-table';

const TABLES: readonly LanguageTable[] = [english, german, french];

/**
 * Function words of languages without cue tables (none of them in the tables' own lists): an
 * Italian page full of English product names ("Never say die") must not read as English and get
 * English guesses. When one of these languages outvotes every table, there are no sources.
 */
const OTHER_LANGUAGES: readonly ReadonlySet<string>[] = [
  /* it */ 'il di che e è della del sono non gli alla nel anche più questo questa una per lo si da nella come ma dei delle al',
  /* es */ 'el los las del por con para una es se lo como pero más sus y en al su fue este',
  /* pt */ 'o os da do das dos não uma com para em por mais são ao e é no na se foi mas como',
  /* id */ 'yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena',
  /* nl */ 'het een niet op te zijn voor met ook aan er maar',
].map((list) => new Set(list.split(' ')));

/** Words sampled to guess the language: enough for a vote, cheap on a 1 MB text. */
const SAMPLE_WORDS = 3000;

/** A language that votes: one with a cue table, or one without (table null). */
interface Voter {
  table: LanguageTable | null;
}

/** Each stopword with the languages that list it: one lookup per word, not one per language. */
const STOPWORD_VOTERS = new Map<string, Voter[]>();
const voters: [Voter, ReadonlySet<string>][] = [
  ...TABLES.map((table): [Voter, ReadonlySet<string>] => [{ table }, table.stopwords]),
  ...OTHER_LANGUAGES.map((words): [Voter, ReadonlySet<string>] => [{ table: null }, words]),
];
for (const [voter, stopwords] of voters) {
  for (const word of stopwords) {
    const listed = STOPWORD_VOTERS.get(word);
    if (listed) listed.push(voter);
    else STOPWORD_VOTERS.set(word, [voter]);
  }
}

/** The longest stopword: a longer word cannot be one, so it is counted without being looked up. */
const LONGEST_STOPWORD = Math.max(...[...STOPWORD_VOTERS.keys()].map((word) => word.length));

/**
 * A word of letters a-z as a number (base 27), or -1 for a word with any other character. Short
 * words are looked up by this number: no substring and no string hash for each of them.
 */
function asciiKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code < 0x61 || code > 0x7a) return -1;
    key = key * 27 + (code - 0x60);
  }
  return key;
}

/** The stopwords of letters a-z by their asciiKey (the others are looked up as strings). */
const STOPWORD_KEYS = new Map<number, Voter[]>();
for (const [word, tables] of STOPWORD_VOTERS) {
  const key = asciiKey(word, 0, word.length);
  if (key >= 0) STOPWORD_KEYS.set(key, tables);
}

/** The languages listing the word text[start..end) as a stopword. */
function stopwordVoters(text: string, start: number, end: number): readonly Voter[] {
  const key = asciiKey(text, start, end);
  const tables = key >= 0 ? STOPWORD_KEYS.get(key) : STOPWORD_VOTERS.get(text.slice(start, end));
  return tables ?? [];
}

const LETTER = /\p{L}/uy;
const LETTERS = new CodeUnitClass(/^\p{L}$/u);

/**
 * The end of the run of letters (what `\p{L}+` matches) that starts at `at`; `at` itself for none.
 * Every character of the sample is read here: ASCII is decided by its code, the rest of the BMP by a
 * table; only surrogate pairs run the regex.
 */
function letterRunEnd(text: string, at: number): number {
  let end = at;
  for (;;) {
    const code = text.charCodeAt(end);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) {
      end++;
      continue;
    }
    // An ASCII non-letter, or the end of the text (NaN).
    if (!(code >= 0x80)) return end;
    if (!isSurrogate(code)) {
      if (!LETTERS.has(code)) return end;
      end++;
      continue;
    }
    LETTER.lastIndex = end;
    if (!LETTER.test(text)) return end;
    end = LETTER.lastIndex;
  }
}

/**
 * The table whose stopwords are most frequent in the text, or null when none is clearly present
 * (a language without cue tables yields no sources rather than English guesses).
 */
export function detectLanguage(text: string): LanguageTable | null {
  const counts = new Map<Voter, number>();
  const sample = text.slice(0, SAMPLE_WORDS * 8).toLowerCase();
  // Every word of the sample counts towards the rate below; only the first SAMPLE_WORDS vote.
  let words = 0;
  let i = 0;
  while (i < sample.length) {
    const end = letterRunEnd(sample, i);
    if (end === i) {
      i++;
      continue;
    }
    if (words < SAMPLE_WORDS && end - i <= LONGEST_STOPWORD) {
      for (const voter of stopwordVoters(sample, i, end)) {
        counts.set(voter, (counts.get(voter) ?? 0) + 1);
      }
    }
    words++;
    i = end;
  }
  let best: Voter | null = null;
  let bestCount = 0;
  for (const [voter, count] of counts) {
    if (count > bestCount) {
      best = voter;
      bestCount = count;
    }
  }
  // A sentence or two may hold a single stopword; a long text needs them at a steady rate.
  if (words < 40) return best ? best.table : english;
  return best && bestCount >= words * 0.05 ? best.table : null;
}
