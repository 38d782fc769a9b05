import { classifyPhrase, type Phrase } from './classify-phrase';
import { findAntecedent } from './find-antecedent';
import { isPossessive } from './phrase-heads';
import type { LanguageTable } from './language-table';
import { readLeft } from './read-phrase';
import { findsThings, FINDING } from './verb-use';
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

const PUBLISHER_DATA =
  /^(?:(?:the|a|an|new|separate|latest|recent|\d{4})\s+)*(?:data|figures|statistics|records|numbers|survey|poll|report)\s+(?:\S+\s+){0,3}?(?:from|by)\s+(?:the\s+)?\p{Lu}/iu;

/** What the cue readers share: the text, its tokens, its language and the list they fill. */
export interface AttributionContext {
  tokens: readonly Token[];
  text: string;
  table: LanguageTable;
  out: Attribution[];
}

/** The noun a phrase read as its owner leaves out ("flexibility" of "the MEB's flexibility"). */
function ownedNoun(tokens: readonly Token[], b: number, phrase: Phrase): string | null {
  let last = b;
  while (last >= 0 && !tokens[last]?.isWord) last--;
  const noun = tokens[last];
  if (!noun || phrase.end >= noun.end || !isPossessive(phrase.text)) return null;
  return noun.lower;
}

/**
 * Records that the phrase tokens[a..b] is credited by `cue` (at token `cueToken`): classifies it,
 * ties pronouns and titles to the names they stand for, and credits "X and Y said" to both.
 * Returns false when the phrase is no source, so callers may try another reading.
 */
export function add(
  ctx: AttributionContext,
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
  if (FINDING.has(cue)) {
    if (!findsThings(phrase)) return false;
    // "The platform's flexibility shows": read as its owner, the phrase credits the owner only
    // with what owners find ("the agency's calculations show").
    const owned = ownedNoun(ctx.tokens, b, phrase);
    if (owned !== null && !ctx.table.findingNouns.has(owned)) return false;
  }
  // "data from the National Association of Realtors show": the publisher is the source (the
  // "data from" cue credits it); the figures themselves are not a separate one.
  if (phrase.kind === 'document' && PUBLISHER_DATA.test(phrase.text)) return true;
  if (phrase.role === 'pronoun' && phrase.kind === 'person') {
    phrase.antecedent = findAntecedent(ctx.tokens, a, ctx.text, ctx.table, null);
  } else if (phrase.role === 'descriptor' && phrase.kind === 'person') {
    phrase.antecedent = findAntecedent(ctx.tokens, a, ctx.text, ctx.table, phrase.core);
  }
  if (textEnd > b && (phrase.role === 'name' || phrase.kind === 'document')) {
    phrase.end = ctx.tokens[textEnd]?.end ?? phrase.end;
    phrase.text = ctx.text.slice(phrase.start, phrase.end);
    // "a study showing Indiana as …": the document is named by what it shows.
    if (phrase.kind === 'document') Object.assign(phrase, { role: 'name', core: [phrase.text] });
  }
  // Object.assign, not `{ ...phrase, cue }`: see phraseAt in phrase-heads.ts.
  ctx.out.push(Object.assign({}, phrase, { cue, cueToken, speaker, mediaOnly }));
  // "Republican Gov. Eric Holcomb and leaders of the Legislature said": both sides speak.
  const before = ctx.tokens[a - 1];
  // "both independent analysts and sources in the camp told": two unnamed sources.
  if (before?.lower === 'and' && phrase.role === 'name') {
    const start = readLeft(ctx.tokens, a - 2, ctx.table);
    const other = start >= 0 ? classifyPhrase(ctx.tokens, start, a - 2, ctx.text, ctx.table) : null;
    const both = other?.kind === 'anonymous' ? phrase.kind === 'anonymous' : true;
    if (other?.role === 'name' && both) {
      ctx.out.push(Object.assign({}, other, { cue, cueToken, speaker, mediaOnly }));
    }
  }
  return true;
}
