import { classifyPhrase, type Phrase } from './classify-phrase';
import { findAntecedent } from './find-antecedent';
import type { LanguageTable } from './language-table';
import { isBoundary, readLeft, readRight } from './read-phrase';
import { readToldObject } from './told-outlet';
import { findsThings, FINDING, readsAsReport } from './verb-use';
import type { Token } from './tokenize';

/** A phrase the text attributes something to, with the cue that says so. */
export interface Attribution extends Phrase {
  cue: string;
  /** Token index of the cue, to tie quotes in the same sentence to the speaker. */
  cueToken: number;
  /** True for speakers of reporting verbs (quotes attach to them); false for "according to" etc. */
  speaker: boolean;
  /** Only a news outlet counts here ("told CNN", not "told Benioff"). */
  mediaOnly: boolean;
  /** An outlet only by its place after "told": the article may show it is a person. */
  outletGuess?: boolean;
}

/** Verb forms that are also nouns ("a report", "an estimate"). */
const NOUNISH = new Set(['report', 'note', 'estimate', 'claim', 'reply', 'warn', 'ask']);

interface Context {
  tokens: readonly Token[];
  text: string;
  table: LanguageTable;
  out: Attribution[];
}

function add(
  ctx: Context,
  a: number,
  b: number,
  cue: string,
  cueToken: number,
  speaker: boolean,
  mediaOnly = false,
  textEnd = -1,
): boolean {
  if (a < 0 || b < a) return false;
  const phrase = classifyPhrase(ctx.tokens, a, b, ctx.text, ctx.table);
  if (!phrase) return false;
  if (FINDING.has(cue) && !findsThings(phrase)) return false;
  if (phrase.role === 'pronoun' && phrase.kind === 'person') {
    phrase.antecedent = findAntecedent(ctx.tokens, a, ctx.text, ctx.table, null);
  } else if (phrase.role === 'descriptor' && phrase.kind === 'person') {
    phrase.antecedent = findAntecedent(ctx.tokens, a, ctx.text, ctx.table, phrase.core);
  }
  if (textEnd > b && phrase.role === 'name') {
    phrase.end = ctx.tokens[textEnd]?.end ?? phrase.end;
    phrase.text = ctx.text.slice(phrase.start, phrase.end);
  }
  ctx.out.push({ ...phrase, cue, cueToken, speaker, mediaOnly });
  // "Republican Gov. Eric Holcomb and leaders of the Legislature said": both sides speak.
  const before = ctx.tokens[a - 1];
  if (before?.lower === 'and' && phrase.role === 'name') {
    const start = readLeft(ctx.tokens, a - 2, ctx.table);
    const other = start >= 0 ? classifyPhrase(ctx.tokens, start, a - 2, ctx.text, ctx.table) : null;
    if (other?.role === 'name') ctx.out.push({ ...other, cue, cueToken, speaker, mediaOnly });
  }
  return true;
}

/** Matches a multi-word cue at token i; returns the number of tokens it spans. */
function matchPhrase(tokens: readonly Token[], i: number, phrase: string): number {
  const parts = phrase.split(' ');
  for (let k = 0; k < parts.length; k++) {
    const t = tokens[i + k];
    if (!t || t.quote !== -1 || t.lower !== parts[k]) return 0;
  }
  return parts.length;
}

/** "according to X", "citing X", "in an interview with X", "data from X". */
function prefixCue(ctx: Context, i: number): number {
  const { tokens, table } = ctx;
  for (const cue of table.prefixCues) {
    const n = matchPhrase(tokens, i, cue);
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
    const end = readRight(tokens, start, table);
    // "reached India via Bangladesh": "via" and one word credits only an outlet; "via Brian
    // Batko of the Pittsburgh Post-Gazette" names a reporter.
    const oneWord = !tokens[start + 1]?.cap;
    const mediaOnly = cue.startsWith('in an interview') || (cue === 'via' && oneWord);
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
function documentByCue(ctx: Context, i: number): void {
  const { tokens, table } = ctx;
  const head = tokens[i];
  const prep = tokens[i + 1];
  const next = tokens[i + 2];
  if (!head || !prep || !next || head.cap || !table.documentHeads.has(head.lower)) return;
  if (prep.lower !== 'by' && prep.lower !== 'from') return;
  if (!next.cap && next.lower !== 'the') return;
  const end = readRight(tokens, i + 2, table);
  const ok = add(ctx, i + 2, end, `${head.lower} ${prep.lower}`, i, false);
  const and = tokens[end + 1];
  if (ok && and?.lower === 'and' && tokens[end + 2]?.cap) {
    add(ctx, end + 2, readRight(tokens, end + 2, table), `${head.lower} ${prep.lower}`, i, false);
  }
}

/** Skips auxiliaries and adverbs left of a verb ("has also previously said"). */
function skipAuxiliaries(ctx: Context, j: number): number {
  const { tokens, table } = ctx;
  while (j >= 0) {
    const t = tokens[j];
    if (!t || t.quote !== -1 || !t.isWord || t.cap) break;
    if (table.auxiliaries.has(t.lower) || /ly$/.test(t.lower)) j--;
    else break;
  }
  return j;
}

/** "X, who ..., said" / "X, a professor at Y, said": the subject before the parenthetical. */
function subjectBeforeAside(ctx: Context, comma: number): number[] | null {
  const { tokens, table } = ctx;
  let k = comma - 1;
  let hops = 0;
  // "The group that owns her music, Big Machine, says": a name right before the comma.
  const near = readLeft(tokens, comma - 1, table);
  const beforeComma = tokens[near - 2];
  if (
    near >= 0 &&
    tokens[near - 1]?.text === ',' &&
    tokens[near]?.cap &&
    beforeComma &&
    !beforeComma.cap
  ) {
    const named = classifyPhrase(tokens, near, comma - 1, ctx.text, table);
    if (named?.role === 'name' && named.kind !== 'anonymous' && named.kind !== 'document') {
      return [near, comma - 1];
    }
  }
  let fallback: number[] | null = null;
  while (k >= 0 && hops < 3) {
    let j = k;
    while (j >= 0 && tokens[j]?.isWord && tokens[j]?.quote === -1 && k - j < 30) j--;
    const sep = tokens[j];
    if (!sep || sep.text !== ',' || sep.quote !== -1) break;
    const start = readLeft(tokens, j - 1, table);
    if (start >= 0 && tokens[start]?.sentence === tokens[comma]?.sentence) {
      const subject = classifyPhrase(tokens, start, j - 1, ctx.text, table);
      if (subject && subject.role === 'name' && subject.kind !== 'document') {
        // "Cmdr. Sean Robertson, a spokesperson for X, the Y, told": prefer the name.
        if (subject.kind !== 'anonymous') return [start, j - 1];
        fallback ??= [start, j - 1];
      }
    }
    k = j - 1;
    hops++;
  }
  return fallback;
}

/** A reporting verb: its subject on the left, or after it ("…,” said X). */
function verbCue(ctx: Context, i: number): void {
  const { tokens, table } = ctx;
  const verb = tokens[i];
  if (!verb) return;
  const before = tokens[i - 1];
  // "declined to comment", "the report", "his claims": not a reporting verb here.
  if (before && (before.lower === 'to' || table.determiners.has(before.lower))) return;
  if (before && table.possessives.has(before.lower)) return;
  if (before?.lower === 'been' || before?.lower === 'being') return;
  // "a Tumblr post", "an estimate": a noun, not a verb, after an indefinite article.
  // "the ministry’s claim is", "the Russian claims are": nouns, not verbs.
  if (before && /[’']s?$/.test(before.text) && before.text.length > 2) return;
  if (/^(is|are|was|were)$/.test(tokens[i + 1]?.lower ?? '')) return;
  if (!readsAsReport(verb.lower, tokens[i + 1])) return;
  if (NOUNISH.has(verb.lower)) {
    const start = readLeft(tokens, i - 1, table);
    if (start >= 0 && /^(a|an)$/.test(tokens[start]?.lower ?? '')) return;
  }
  const cue = verb.lower;
  const j = skipAuxiliaries(ctx, i - 1);
  const left = tokens[j];
  let spoke = false;
  if (left && left.isWord && left.quote === -1 && !isBoundary(left, table)) {
    const start = readLeft(tokens, j, table);
    spoke = add(ctx, start, j, cue, i, true);
    const opener = tokens[start - 1];
    // "analysts who have done the calculations say": the subject precedes the relative clause.
    if (!spoke && opener && /^(who|that)$/.test(opener.lower) && tokens[start - 2]?.isWord) {
      const s2 = readLeft(tokens, start - 2, table);
      spoke = add(ctx, s2, start - 2, cue, i, true, false, j);
    }
    // "Kurinji Selvaraj, a research analyst at the X think tank told CBS News".
    if (!spoke && opener?.text === ',') {
      const subject = subjectBeforeAside(ctx, start - 1);
      if (subject) spoke = add(ctx, subject[0] ?? -1, subject[1] ?? -1, cue, i, true);
    }
  } else if (left?.text === ',' && left.quote === -1 && !table.participles.has(cue)) {
    const subject = subjectBeforeAside(ctx, j);
    if (subject) spoke = add(ctx, subject[0] ?? -1, subject[1] ?? -1, cue, i, true);
  }
  const invertible = table.invertible.has(cue);
  if (!spoke && invertible && (!left || !left.isWord || left.quote !== -1)) {
    const start = i + 1;
    const next = tokens[start];
    if (next && next.isWord && next.quote === -1 && next.lower !== 'that') {
      spoke = add(ctx, start, readRight(tokens, start, table), cue, i, true);
    }
  }
  if (table.toldVerbs.has(cue)) {
    // "told CNN", "told the Argus Leader": the outlet that carried the words, also when the
    // speaker's long description hid the subject ("X, a research analyst at Y, told CBS News").
    const start = i + 1;
    if (tokens[start]?.isWord && tokens[start]?.quote === -1) {
      const object = readToldObject(tokens, start, ctx.text, table);
      if (object && (spoke || object.kind === 'media')) {
        ctx.out.push({ ...object, cue, cueToken: i, speaker: false, mediaOnly: true });
      }
    }
  }
}

/** "X zufolge": the source precedes the cue. */
function suffixCue(ctx: Context, i: number): void {
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
  const ctx: Context = { tokens, text, table, out: [] };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !t.isWord || t.quote !== -1) continue;
    const skip = prefixCue(ctx, i);
    if (skip) {
      i += skip - 1;
      continue;
    }
    documentByCue(ctx, i);
    suffixCue(ctx, i);
    if (table.verbs.has(t.lower) && !t.cap) verbCue(ctx, i);
  }
  return ctx.out;
}
