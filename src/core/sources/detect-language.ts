import { german } from './cues-de';
import { english } from './cues-en';
import { french } from './cues-fr';
import type { LanguageTable } from './language-table';

const TABLES: readonly LanguageTable[] = [english, german, french];

/** Words sampled to guess the language: enough for a vote, cheap on a 1 MB text. */
const SAMPLE_WORDS = 3000;

/**
 * The table whose stopwords are most frequent in the text, or null when none is clearly present
 * (a language without cue tables yields no sources rather than English guesses).
 */
export function detectLanguage(text: string): LanguageTable | null {
  const counts = new Map<LanguageTable, number>();
  const words =
    text
      .slice(0, SAMPLE_WORDS * 8)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  for (const word of words.slice(0, SAMPLE_WORDS)) {
    for (const table of TABLES) {
      if (table.stopwords.has(word)) counts.set(table, (counts.get(table) ?? 0) + 1);
    }
  }
  let best: LanguageTable | null = null;
  let bestCount = 0;
  for (const [table, count] of counts) {
    if (count > bestCount) {
      best = table;
      bestCount = count;
    }
  }
  // A sentence or two may hold a single stopword; a long text needs them at a steady rate.
  if (words.length < 40) return best ?? english;
  return bestCount >= words.length * 0.05 ? best : null;
}
