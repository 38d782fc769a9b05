import { bare } from './bare-word';
import { classifyPhrase, type Phrase } from './classify-phrase';
import type { LanguageTable } from './language-table';
import { PARTICLES } from './phrase-heads';
import type { Token } from './tokenize';

/** How far back a pronoun may look for the name it stands for, in tokens. */
const LOOK_BACK = 150;

/** How far back "the president" may look for "President Donald Trump", in tokens. */
const TITLE_LOOK_BACK = 3000;

/** Names written with the title that grouping may choose from. */
const MAX_TITLED = 4;

/** Abbreviated titles written before names ("Gov. Ana Pike" is "the governor"). */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  gen: 'general',
  pres: 'president',
  supt: 'superintendent',
  atty: 'attorney',
  prof: 'professor',
};

/** "NetChoice's litigation director, Carla Mendez, welcomed": a name after a role that opens its sentence. */
function namedAfterRole(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== ',') return false;
  const sentence = tokens[i]?.sentence;
  for (let k = i - 2; k >= 0 && i - k <= 8; k--) {
    const t = tokens[k];
    if (!t || t.quote !== -1) return false;
    if (t.sentence !== sentence) return true;
    if (t.text === ',') return false;
  }
  return i <= 8;
}

/** The capitalised run that starts at token i, as [start, end], skipping owners ("Swift's"). */
function runAt(tokens: readonly Token[], i: number, table: LanguageTable): [number, number] | null {
  let end = i;
  const continues = (k: number): boolean =>
    tokens[k]?.quote === -1 &&
    (tokens[k]?.cap === true ||
      // "Luiz Inácio Lula da Silva": a particle inside the name.
      (PARTICLES.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.cap === true));
  while (continues(end + 1) && !/[’']s?$/.test(tokens[end]?.text ?? '')) end++;
  const first = tokens[i];
  if (!first?.cap || table.capitalisedFunctionWords.has(first.lower)) return null;
  return [i, end];
}

/**
 * "Meta spokesperson Liza Crenshaw told", "Board member Charles Whitcomb cast": a sentence that
 * opens with a body and a role names its person after the role.
 */
function roleHolder(
  tokens: readonly Token[],
  run: [number, number] | null,
  table: LanguageTable,
): [number, number] | null {
  if (!run) return null;
  let k = run[1] + 1;
  while (k - run[1] <= 3) {
    const t = tokens[k];
    if (!t || t.cap || t.quote !== -1) break;
    if (!table.titles.has(t.lower) && !table.anonymousHeads.has(t.lower)) break;
    k++;
  }
  if (k === run[1] + 1 || !tokens[k]?.cap) return run;
  return runAt(tokens, k, table) ?? run;
}

function personAt(
  tokens: readonly Token[],
  run: [number, number],
  text: string,
  table: LanguageTable,
): Phrase | null {
  const phrase = classifyPhrase(tokens, run[0], run[1], text, table);
  if (!phrase || phrase.role !== 'name') return null;
  return phrase.kind === 'person' || phrase.kind === null ? phrase : null;
}

/**
 * The person a pronoun ("He has denied…") or a title ("the president said") stands for: for a
 * title, the nearest earlier name written with that title ("US President Donald Trump"); for a
 * pronoun, the nearest earlier sentence that opens with a person's name.
 */
export function findAntecedent(
  tokens: readonly Token[],
  before: number,
  text: string,
  table: LanguageTable,
  title: readonly string[] | null,
): Phrase | null {
  const anchor = tokens[before];
  // A title is specific enough to look further back than a pronoun ("The president said").
  const reach = title ? TITLE_LOOK_BACK : LOOK_BACK;
  const wanted = title?.[title.length - 1];
  const titled: Phrase[] = [];
  for (let i = before - 1; i >= 0 && before - i < reach; i--) {
    const t = tokens[i];
    if (!t || t.quote !== -1 || !t.isWord) continue;
    if (!title && anchor && anchor.paragraph - t.paragraph > 1) return null;
    if (title) {
      // A name must follow: checked first, as it rules out most of the 3,000 tokens cheaply.
      if (!tokens[i + 1]?.cap) continue;
      const word = bare(t.text);
      if (word !== wanted && TITLE_ABBREVIATIONS[word] !== wanted) continue;
      const run = runAt(tokens, i + 1, table);
      const found = run ? personAt(tokens, [i, run[1]], text, table) : null;
      if (found && found.core.length > 0) titled.push(found);
      if (titled.length >= MAX_TITLED) break;
      continue;
    }
    const prev = tokens[i - 1];
    const opensSentence =
      !prev ||
      prev.sentence !== t.sentence ||
      // "…, but Smith said", not "Kanye West and Kim Kardashian".
      (/^(but|and|then)$/.test(prev.lower) &&
        (tokens[i - 2]?.text === ',' || tokens[i - 2]?.sentence !== t.sentence));
    if (!t.cap || (!opensSentence && !namedAfterRole(tokens, i))) continue;
    const run = roleHolder(tokens, runAt(tokens, i, table), table);
    const found = run ? personAt(tokens, run, text, table) : null;
    if (found && (opensSentence || found.kind === 'person')) return found;
  }
  // The nearest "Gov. X" first; the others let grouping prefer one the article cites.
  const nearest = titled[0];
  return nearest ? Object.assign({}, nearest, { candidates: titled.slice(1) }) : null;
}
