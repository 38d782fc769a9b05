import { add, type AttributionContext } from './attribution';
import { classifyPhrase } from './classify-phrase';
import type { LanguageTable } from './language-table';
import { PUBLISHED, readLeft, readRight } from './read-phrase';
import { readToldObject } from './told-outlet';
import type { Token } from './tokenize';
import { tweetSignatures } from './tweet-signatures';
import { verbCue } from './verb-cue';
import { publishesDocument } from './verb-use';

import type { Attribution } from './attribution';

export type { Attribution };

/** A prefix cue and its words. */
interface PrefixCue {
  cue: string;
  parts: readonly string[];
}

/**
 * Each table's prefix cues by their first word, split once: every word of the text is checked for a
 * cue, and only the cues opening with that word can match it. Each list keeps the table's order
 * (longest first), so the first cue that matches is the one the table ranks first.
 */
const cuesByFirstWord = new WeakMap<LanguageTable, Map<string, PrefixCue[]>>();

function prefixCueIndex(table: LanguageTable): ReadonlyMap<string, readonly PrefixCue[]> {
  let map = cuesByFirstWord.get(table);
  if (!map) {
    map = new Map();
    for (const cue of table.prefixCues) {
      const parts = cue.split(' ');
      const first = parts[0] ?? '';
      const list = map.get(first) ?? [];
      list.push({ cue, parts });
      map.set(first, list);
    }
    cuesByFirstWord.set(table, map);
  }
  return map;
}

/** Matches a multi-word cue at token i; returns the number of tokens it spans. */
function matchPhrase(tokens: readonly Token[], i: number, parts: readonly string[]): number {
  if (tokens[i]?.lower !== parts[0]) return 0;
  for (let k = 0; k < parts.length; k++) {
    const t = tokens[i + k];
    if (!t || t.quote !== -1 || t.lower !== parts[k]) return 0;
  }
  return parts.length;
}

/**
 * Does a verb close the clause that token `end` is in, within a few words? "wie die Stadt
 * mitteilt,", "wie Reuters unter Berufung auf Kreise berichtete.": German puts it last, in lower
 * case. "Dokumente wie Arztbriefe oder Befunde aus …", "ähnlich wie IHR, eine Gruppe" have none.
 */
function reportingVerbAfter(tokens: readonly Token[], end: number, table: LanguageTable): boolean {
  for (let k = end + 1; k <= end + 10; k++) {
    const t = tokens[k];
    if (!t) return false;
    // "wie die Zeitung „Bild“ berichtete": a quoted name inside the clause.
    if (t.quote !== -1) continue;
    if (table.verbs.has(t.lower)) return true;
    const next = tokens[k + 1];
    const clauseEnds = !next || next.sentence !== t.sentence || next.text === ',';
    if (clauseEnds) return t.isWord && !t.cap;
  }
  return false;
}

/** "according to X", "citing X", "in an interview with X", "data from X". */
function prefixCue(
  ctx: AttributionContext,
  i: number,
  cues: ReadonlyMap<string, readonly PrefixCue[]>,
): number {
  const { tokens, table } = ctx;
  const candidates = cues.get(tokens[i]?.lower ?? '');
  if (!candidates) return 0;
  for (const { cue, parts } of candidates) {
    const n = matchPhrase(tokens, i, parts);
    if (!n) continue;
    const start = i + n;
    const next = tokens[start];
    if (!next || !next.isWord) return 0;
    // "per cent", "via satellite": only a name or a determined phrase follows these as a cue.
    const short = cue === 'per' || cue === 'via' || cue === 'laut' || cue === 'wie';
    if (short && !next.cap && !table.determiners.has(next.lower)) return 0;
    // "according to data from MarketAxess": the "data from" cue names the publisher.
    const after = tokens[start + 1]?.lower ?? '';
    if (
      table.documentHeads.has(next.lower) &&
      /^(from|by)$/.test(after) &&
      tokens[start + 2]?.cap
    ) {
      return n;
    }
    const channel = table.channelCues.has(cue);
    // "Weber said in an interview with Handelsblatt": after a speaker, the outlet that carried it.
    if (channel && table.verbs.has(tokens[i - 1]?.lower ?? '')) {
      const object = readToldObject(tokens, start, ctx.text, table);
      if (object) {
        ctx.out.push(
          Object.assign({}, object, { cue, cueToken: i, speaker: false, mediaOnly: true }),
        );
        return n;
      }
    }
    const end = readRight(tokens, start, table);
    // "wie der Spiegel berichtet": only a reporting verb after the phrase makes "wie" a cue;
    // "Dokumente wie Arztbriefe" and "ähnlich wie IHR" give examples and comparisons.
    if (cue === 'wie' && !reportingVerbAfter(tokens, end, table)) return n;
    // "reached India via Bangladesh": "via" and one word credits only an outlet; "via Brian
    // Batko of the Pittsburgh Post-Gazette" names a reporter.
    const oneWord = !tokens[start + 1]?.cap;
    const mediaOnly = channel || (cue === 'via' && oneWord);
    const ok = add(ctx, start, end, cue, i, false, mediaOnly);
    // "reports from The Wrap and Deadline": a coordinated second source.
    const and = tokens[end + 1];
    if (ok && and?.lower === 'and' && tokens[end + 2]?.cap) {
      add(ctx, end + 2, readRight(tokens, end + 2, table), cue, i, false);
    }
    return n;
  }
  return 0;
}

/** "report by X", "data from X", "poll by X" after any determiner and adjectives. */
function documentByCue(ctx: AttributionContext, i: number): void {
  const { tokens, table } = ctx;
  const head = tokens[i];
  // "Figures from the Office for National Statistics show": capitalised only as the sentence opens.
  const opensSentence = tokens[i - 1]?.sentence !== head?.sentence;
  if (!head || (head.cap && !opensSentence) || !table.documentHeads.has(head.lower)) return;
  // "a report released last week by Harvard University's Joint Center": skip the participle.
  let p = i + 1;
  // "a report last month in The Wall Street Journal": the time it came out.
  while (p < i + 3 && /^(last|this|earlier|week|month|year)$/.test(tokens[p]?.lower ?? '')) p++;
  const published = PUBLISHED.has(tokens[p]?.lower ?? '');
  if (published) {
    p++;
    // "published last week by", "published in March by", "released on Monday by".
    const dated = (k: number): boolean =>
      /^(last|this|on|earlier|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{4})$/.test(
        tokens[k]?.lower ?? '',
      ) ||
      (tokens[k]?.lower === 'in' && dated(k + 1));
    while (p < i + 5 && dated(p)) p++;
  }
  const prep = tokens[p];
  const next = tokens[p + 1];
  if (!prep || !next) return;
  // "a report … in The Wall Street Journal" credits the outlet; "a paper published in the
  // journal Nature" only says where it appeared.
  const inOutlet =
    prep.lower === 'in' &&
    !published &&
    classifyPhrase(tokens, p + 1, readRight(tokens, p + 1, table), ctx.text, table)?.kind ===
      'media';
  if (prep.lower !== 'by' && prep.lower !== 'from' && !inOutlet) return;
  if (!next.cap && next.lower !== 'the') return;
  const end = readRight(tokens, p + 1, table);
  const ok = add(ctx, p + 1, end, `${head.lower} ${prep.lower}`, i, false);
  const and = tokens[end + 1];
  if (ok && and?.lower === 'and' && tokens[end + 2]?.cap) {
    add(ctx, end + 2, readRight(tokens, end + 2, table), `${head.lower} ${prep.lower}`, i, false);
  }
}

/** "X zufolge": the source precedes the cue. */
function suffixCue(ctx: AttributionContext, i: number): void {
  const { tokens, table } = ctx;
  const t = tokens[i];
  if (!t || !table.suffixCues.includes(t.lower)) return;
  add(ctx, readLeft(tokens, i - 1, table), i - 1, t.lower, i, false);
}

/** Finds every cue in the text and the phrase it attributes to. One pass over the tokens. */
export function findAttributions(
  tokens: readonly Token[],
  text: string,
  table: LanguageTable,
): Attribution[] {
  const ctx: AttributionContext = { tokens, text, table, out: [] };
  const cues = prefixCueIndex(table);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !t.isWord || t.quote !== -1) continue;
    const skip = prefixCue(ctx, i, cues);
    if (skip) {
      i += skip - 1;
      continue;
    }
    documentByCue(ctx, i);
    suffixCue(ctx, i);
    if (t.cap) continue;
    if (table.verbs.has(t.lower) || publishesDocument(tokens, i, table)) verbCue(ctx, i);
  }
  tweetSignatures(ctx);
  return ctx.out;
}
