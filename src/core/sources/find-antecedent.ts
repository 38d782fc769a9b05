import { classifyPhrase, type Phrase } from './classify-phrase';
import type { LanguageTable } from './language-table';
import type { Token } from './tokenize';

/** How far back a pronoun or "the president" may look for the name it stands for, in tokens. */
const LOOK_BACK = 150;

function bare(word: string): string {
  return word
    .toLowerCase()
    .replace(/[’']s?$/, '')
    .replace(/\.$/, '');
}

/** The capitalised run that starts at token i, as [start, end], skipping owners ("Swift's"). */
function runAt(tokens: readonly Token[], i: number, table: LanguageTable): [number, number] | null {
  let end = i;
  while (
    tokens[end + 1]?.cap &&
    tokens[end + 1]?.quote === -1 &&
    !/[’']s?$/.test(tokens[end]?.text ?? '')
  )
    end++;
  const first = tokens[i];
  if (!first?.cap || table.capitalisedFunctionWords.has(first.lower)) return null;
  return [i, end];
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
  for (let i = before - 1; i >= 0 && before - i < LOOK_BACK; i--) {
    const t = tokens[i];
    if (!t || t.quote !== -1 || !t.isWord) continue;
    if (anchor && anchor.paragraph - t.paragraph > 1) return null;
    if (title) {
      if (bare(t.text) !== title[title.length - 1] || !tokens[i + 1]?.cap) continue;
      const run = runAt(tokens, i + 1, table);
      const found = run ? personAt(tokens, [i, run[1]], text, table) : null;
      if (found && found.core.length > 0) return found;
      continue;
    }
    const prev = tokens[i - 1];
    const opensSentence =
      !prev || prev.sentence !== t.sentence || /^(but|and|then)$/.test(prev.lower);
    if (!opensSentence || !t.cap) continue;
    const run = runAt(tokens, i, table);
    const found = run ? personAt(tokens, run, text, table) : null;
    if (found) return found;
  }
  return null;
}
