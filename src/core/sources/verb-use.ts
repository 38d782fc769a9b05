import type { Phrase } from './classify-phrase';
import type { LanguageTable } from './language-table';
import type { Token } from './tokenize';

/** Verbs of finding: studies and bodies "found", people who "found the car" only acted. */
export const FINDING = new Set(
  'found finds show shows showed showing indicated indicates concluded proved proves'.split(' '),
);
const RESEARCHERS = /^(researchers|scientists|authors|economists|analysts|experts|investigators)$/;

export function findsThings(phrase: Phrase): boolean {
  if (phrase.kind === 'document' || phrase.kind === 'organization' || phrase.kind === 'media')
    return true;
  return phrase.kind === 'anonymous' && RESEARCHERS.test(phrase.head ?? '');
}

/** Verbs that name or describe something: they report only with words to quote ("called it "a disgrace""). */
const NAMING =
  /^(call|calls|called|dub|dubs|dubbed|describe|describes|described|brand|branded|label|labeled|labelled)$/;

/**
 * Verbs that put out a document: "NASA's Office of the Inspector General released two reports".
 * A set, not a regex: it is asked for nearly every lower-case word of the text.
 */
const PUBLISHING = new Set(
  'release releases released issue issues issued publish publishes published'.split(' '),
);

/**
 * "released two highly critical reports", "issued a statement": a publishing verb whose object,
 * within a few words, is a document, so its subject is a source.
 */
export function publishesDocument(
  tokens: readonly Token[],
  i: number,
  table: LanguageTable,
): boolean {
  if (!PUBLISHING.has(tokens[i]?.lower ?? '')) return false;
  for (let k = i + 1; k <= i + 4; k++) {
    const t = tokens[k];
    if (!t || !t.isWord || t.quote !== -1) return false;
    if (table.documentHeads.has(t.lower)) return true;
    if (table.auxiliaries.has(t.lower) || table.verbs.has(t.lower)) return false;
  }
  return false;
}

/**
 * "called the unit “a drag”", "described the defeat as": a naming verb reports when an object and
 * then quoted words (or "as") follow; "called for", "called 911", "a script called “Wild Rose”"
 * and "was dubbed" report nothing.
 */
function namesWithWords(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  const next = tokens[i + 1];
  if (/^(was|were|is|are|be|so)$/.test(before) || !next || next.quote !== -1) return false;
  if (/^(for|on|off|up|in|back|out|\d.*)$/.test(next.lower)) return false;
  for (let k = i + 2; k <= i + 11; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== tokens[i]?.sentence) return false;
    if (t.quote !== -1) return true;
    if (t.lower === 'as' && /^describ/.test(tokens[i]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * Verb uses that report nothing: "were said to have" (hearsay about, not from, the subject),
 * "agreed to inject", "responded by hitting", "added 20.72 points", "TV shows from Pixar".
 */
export function readsAsReport(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i]?.lower ?? '';
  const after = tokens[i + 1]?.lower ?? '';
  // "(Watergate, remember, took two years)": a parenthetical aside, not a report.
  if (tokens[i - 1]?.text === ',' && tokens[i + 1]?.text === ',') return false;
  if (NAMING.test(verb)) return namesWithWords(tokens, i);
  // "had forecast a decline"; "beat forecasts" is a noun.
  if (verb === 'forecast') return /^(had|has|have|will|would)$/.test(tokens[i - 1]?.lower ?? '');
  // "has ruled out Taliban involvement", "the judge ruled that".
  if (/^rul/.test(verb)) return after === 'out' || after === 'that';
  if (verb === 'said' && after === 'to') return false;
  if (/^(agreed|promised|pledged)$/.test(verb) && after === 'to') return false;
  // "responded by hitting"; "did not respond to a request for comment" says nothing.
  if (/^respond/.test(verb) && (after === 'by' || after === 'to')) return false;
  // Phrasal reporting verbs: "pointed out that", "chimed in".
  if (/^point/.test(verb) && after !== 'out') return false;
  if (verb === 'chimed' && after !== 'in') return false;
  // "added 20.72 points", "conceded 38 goals": a count, not words.
  if (/^(add|conced)/.test(verb) && /^(\d|to$)/.test(after)) return false;
  if (
    /^(shows|reports|posts|tweets|notes|claims|estimates|forecasts)$/.test(verb) &&
    /^(from|of)$/.test(after)
  )
    return false;
  return true;
}
