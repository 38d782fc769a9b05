import type { LanguageTable } from './language-table';
import { isBoundary, readRight } from './read-phrase';
import type { Token } from './tokenize';

/** Finite verbs that end what a document shows ("… in Mediterranean sardines was criticised"). */
const FINITE = /^(is|are|was|were|has|have|had|will|would|can|could|may|might|that|which)$/;

/** How far a construction's parts may lie apart, in tokens. */
const REACH = 16;

/**
 * "with forecasters warning that", "with its president, Lorena Castillo, warning that": the subject
 * of a reporting participle in an absolute clause. Of an apposition, the name is the speaker.
 */
export function absoluteSubject(
  tokens: readonly Token[],
  i: number,
  table: LanguageTable,
): [number, number] | null {
  const sentence = tokens[i]?.sentence;
  for (let k = i - 1; k >= 0 && i - k <= REACH; k--) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || t.quote !== -1) return null;
    if (table.absoluteWith.has(t.lower) && !t.cap) {
      const parts: [number, number][] = [];
      let from = k + 1;
      for (let m = k + 1; m < i; m++) {
        if (tokens[m]?.text !== ',') continue;
        if (m - 1 >= from) parts.push([from, m - 1]);
        from = m + 1;
      }
      if (i - 1 >= from) parts.push([from, i - 1]);
      const last = parts[parts.length - 1];
      if (parts.length > 1 && last && tokens[last[0]]?.cap) return last;
      return parts[0] ?? null;
    }
    if (t.isWord ? isBoundary(t, table) : t.text !== ',' && t.text !== '&') return null;
  }
  return null;
}

/**
 * "turned to Twitter to say", "took to Twitter last month to describe": the index of the verb of
 * turning to a channel, whose subject is the speaker; -1 when the infinitive is something else
 * ("declined to comment").
 */
export function channelVerbBefore(
  tokens: readonly Token[],
  i: number,
  table: LanguageTable,
): number {
  if (tokens[i - 1]?.lower !== 'to') return -1;
  for (let k = i - 2; k >= 0 && i - k <= 8; k--) {
    const t = tokens[k];
    if (!t || t.quote !== -1 || !t.isWord || t.sentence !== tokens[i]?.sentence) return -1;
    if (table.channelVerbs.has(t.lower) && /^(to|on)$/.test(tokens[k + 1]?.lower ?? '')) return k;
  }
  return -1;
}

/**
 * "Halvorsen Foods cut its forecast on Wednesday, saying ...": a participle after a comma reports
 * for the subject that opens the sentence, when the sentence opens with one.
 */
export function sentenceSubject(
  tokens: readonly Token[],
  i: number,
  table: LanguageTable,
): [number, number] | null {
  const sentence = tokens[i]?.sentence;
  let s = i;
  while (s - 1 >= 0 && tokens[s - 1]?.sentence === sentence && i - s < 40) s--;
  const first = tokens[s];
  if (!first || tokens[s - 1]?.sentence === sentence || first.quote !== -1 || !first.cap) {
    return null;
  }
  if (table.capitalisedFunctionWords.has(first.lower) && !table.personPronouns.has(first.lower)) {
    if (first.lower !== 'the') return null;
  }
  // "BUFFALO, N.Y. — Hours before…", "New York, NY – With…": a dateline, not a subject.
  for (let k = s; k < s + 8 && k < i; k++) if (/^[—–-]$/.test(tokens[k]?.text ?? '')) return null;
  if (/^\p{Lu}{3,}$/u.test(first.text) && tokens[s + 1]?.text === ',') return null;
  const end = readRight(tokens, s, table);
  return end >= s ? [s, end] : null;
}

/**
 * "a study showing Indiana as the state with the lowest increases": the last token of the clause
 * that says what a document shows, which the labels count as part of its name.
 */
export function shownClauseEnd(tokens: readonly Token[], i: number, table: LanguageTable): number {
  let end = i;
  for (let k = i + 1; k < tokens.length && k - i < 25; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== tokens[i]?.sentence || t.quote !== -1) break;
    if (!t.isWord && t.text !== '%' && t.text !== '$') break;
    if (table.verbs.has(t.lower) || FINITE.test(t.lower)) break;
    end = k;
  }
  return end;
}
