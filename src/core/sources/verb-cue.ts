import { subjectBeforeAside } from './aside-subject';
import { add, type AttributionContext } from './attribution';
import { classifyPhrase } from './classify-phrase';
import { isPossessive } from './phrase-heads';
import { isBoundary, PUBLISHED, readLeft, readRight } from './read-phrase';
import {
  absoluteSubject,
  channelVerbBefore,
  sentenceSubject,
  shownClauseEnd,
} from './speaker-constructions';
import { readToldObject } from './told-outlet';
import type { Token } from './tokenize';
import { FINDING, readsAsReport } from './verb-use';

/** Verbs documents use as often as people: "An internal audit …, a copy of which …, estimated". */
const DOCUMENT_VERBS = /^(estimat|recommend|conclud|say|said|state|note|warn|predict|project)/;

/** Verb forms that are also nouns ("a report", "an estimate"). */
const NOUNISH = new Set(['report', 'note', 'estimate', 'claim', 'reply', 'warn', 'ask']);

/** Skips auxiliaries and adverbs left of a verb ("has also previously said"). */
function skipAuxiliaries(ctx: AttributionContext, j: number): number {
  const { tokens, table } = ctx;
  while (j >= 0) {
    const t = tokens[j];
    if (!t || t.quote !== -1 || !t.isWord || t.cap) break;
    if (table.auxiliaries.has(t.lower) || table.adverbs.test(t.lower)) j--;
    else break;
  }
  return j;
}

/** The nearest comma left of token i in its sentence, or -1. */
function commaBefore(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0 && i - k < 40; k--) {
    const t = tokens[k];
    if (!t || t.sentence !== tokens[i]?.sentence) return -1;
    if (t.text === ',' && t.quote === -1) return k;
  }
  return -1;
}

function addRange(
  ctx: AttributionContext,
  range: [number, number] | null,
  cue: string,
  i: number,
): boolean {
  return range ? add(ctx, range[0], range[1], cue, i, true) : false;
}

/** The speaker left of a reporting verb whose nearest word on the left is token j. */
function speakerLeft(ctx: AttributionContext, j: number, i: number, cue: string): boolean {
  const { tokens, table } = ctx;
  const left = tokens[j];
  const documents = FINDING.has(cue) || DOCUMENT_VERBS.test(cue);
  if (left && left.isWord && left.quote === -1 && !isBoundary(left, table)) {
    const start = readLeft(tokens, j, table);
    if (add(ctx, start, j, cue, i, true)) return true;
    const opener = tokens[start - 1];
    // "analysts who have done the calculations say": the subject precedes the relative clause.
    if (opener && /^(who|that)$/.test(opener.lower) && tokens[start - 2]?.isWord) {
      const s2 = readLeft(tokens, start - 2, table);
      if (add(ctx, s2, start - 2, cue, i, true, false, j)) return true;
    }
    // "Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water think
    // tank told CBS News": the subject is the name the aside describes.
    const comma = opener?.text === ',' ? start - 1 : commaBefore(tokens, start);
    if (comma < 0) return false;
    const strict = opener?.text !== ',';
    return addRange(
      ctx,
      subjectBeforeAside(ctx, comma, { documents, appositiveOnly: strict }),
      cue,
      i,
    );
  }
  if (left?.text === ',' && left.quote === -1 && !table.participles.has(cue)) {
    return addRange(ctx, subjectBeforeAside(ctx, j, { documents }), cue, i);
  }
  // "Research from my6sense, which is enabling …, and has proved", "He paused and said": a second
  // predicate shares the subject of the first.
  if (left?.lower === 'and' && left.quote === -1 && !table.participles.has(cue)) {
    const comma = commaBefore(tokens, j);
    const aside =
      comma >= 0 ? subjectBeforeAside(ctx, comma, { documents, appositiveOnly: true }) : null;
    return addRange(ctx, aside ?? sentenceSubject(tokens, i, table), cue, i);
  }
  return false;
}

/** "said the study's lead author, Solveig Nordahl, a fisheries ecologist": the name after a role. */
function invertedSpeaker(ctx: AttributionContext, i: number, cue: string): boolean {
  const { tokens, table } = ctx;
  const start = i + 1;
  const next = tokens[start];
  if (!next || !next.isWord || next.quote !== -1 || next.lower === 'that') return false;
  const end = readRight(tokens, start, table);
  const named = tokens[end + 2];
  if (tokens[end + 1]?.text === ',' && named?.cap && named.quote === -1) {
    const role = classifyPhrase(tokens, start, end, ctx.text, table);
    // "a annoncé le procureur de la République de Lyon, Thomas Vial".
    const titled = table.titles.has(tokens[start + 1]?.lower ?? '') && !tokens[start + 1]?.cap;
    const roleOnly = !role || role.role === 'descriptor' || role.kind === 'anonymous';
    if (titled || roleOnly || role.kind === 'document') {
      const nameEnd = readRight(tokens, end + 2, table);
      const name = classifyPhrase(tokens, end + 2, nameEnd, ctx.text, table);
      if (name?.role === 'name' && (name.kind === 'person' || name.kind === null)) {
        return add(ctx, end + 2, nameEnd, cue, i, true);
      }
    }
  }
  return add(ctx, start, end, cue, i, true);
}

/** Does a person or an unnamed source follow the verb at i ("said Raj Patel", "so Kröger")? */
function speakerAfter(ctx: AttributionContext, i: number): boolean {
  const { tokens, table } = ctx;
  const next = tokens[i + 1];
  if (!next || !next.isWord || next.quote !== -1) return false;
  const named = next.cap && !table.capitalisedFunctionWords.has(next.lower);
  if (!named && !table.determiners.has(next.lower)) return false;
  const end = readRight(tokens, i + 1, table);
  // "said the Legislature had ignored her request": the subject of what was said.
  const after = tokens[end + 1];
  if (after?.isWord && (table.auxiliaries.has(after.lower) || table.verbs.has(after.lower))) {
    return false;
  }
  const phrase = classifyPhrase(tokens, i + 1, end, ctx.text, table);
  const kind = phrase?.kind;
  return phrase?.role === 'name' && (kind === 'person' || kind === 'anonymous' || kind === null);
}

/** A reporting verb: its subject on the left, or after it ("…,” said X). */
export function verbCue(ctx: AttributionContext, i: number): void {
  const { tokens, table } = ctx;
  const verb = tokens[i];
  if (!verb) return;
  const before = tokens[i - 1];
  const channel = channelVerbBefore(tokens, i, table);
  // "declined to comment", "the report", "his claims": not a reporting verb here.
  if (before && before.lower === 'to' && channel < 0) return;
  if (before && table.determiners.has(before.lower)) return;
  if (before && table.possessives.has(before.lower)) return;
  if (before?.lower === 'been' || before?.lower === 'being') return;
  // "eliminates that by adding a small clock": a participle after a preposition names an action.
  if (before && table.participles.has(verb.lower) && table.prepositions.has(before.lower)) return;
  // "Videos posted on social media showed": a participle describing a document.
  if (PUBLISHED.has(verb.lower) && before && table.documentHeads.has(before.lower)) return;
  // "a Tumblr post", "an estimate": a noun, not a verb, after an indefinite article.
  // "the ministry’s claim is", "the Russian claims are": nouns, not verbs.
  if (before && isPossessive(before.text)) return;
  if (/^(is|are|was|were)$/.test(tokens[i + 1]?.lower ?? '')) return;
  // "The figures were reported by …": a passive; its subject reported nothing ("said by phone"
  // is no passive).
  if (
    tokens[i + 1]?.lower === table.passiveAgent &&
    table.passiveAuxiliaries.has(before?.lower ?? '')
  )
    return;
  // "nachdem das Gericht den Haushalt für verfassungswidrig erklärt hatte": a verb-final clause,
  // whose words on the left are its object.
  if (
    table.capitalisedNouns &&
    /^(hatte|hatten|hat|habe|haben|wurde|wurden|worden|sei|ist|war)$/.test(
      tokens[i + 1]?.lower ?? '',
    )
  )
    return;
  if (!readsAsReport(tokens, i)) return;
  if (NOUNISH.has(verb.lower)) {
    const start = readLeft(tokens, i - 1, table);
    if (start >= 0 && /^(a|an)$/.test(tokens[start]?.lower ?? '')) return;
  }
  const cue = verb.lower;
  let j = skipAuxiliaries(ctx, (channel >= 0 ? channel : i) - 1);
  // "Das Institut der deutschen Wirtschaft (IW) schätzt": the short name in brackets is an aside.
  if (tokens[j]?.text === ')' && tokens[j - 2]?.text === '(' && tokens[j - 1]?.cap) j -= 3;
  const left = tokens[j];
  let spoke = false;
  if (table.participles.has(cue)) {
    // "with UNICEF warning that", "Halvorsen Foods cut its forecast, saying".
    spoke = addRange(ctx, absoluteSubject(tokens, i, table), cue, i);
    if (!spoke && left?.text === ',')
      spoke = addRange(ctx, sentenceSubject(tokens, i, table), cue, i);
  }
  if (cue === 'showing') {
    add(
      ctx,
      readLeft(tokens, i - 1, table),
      i - 1,
      cue,
      i,
      false,
      false,
      shownClauseEnd(tokens, i, table),
    );
    return;
  }
  const invertible = table.invertible.has(cue);
  // "…, so Kröger.", "Mitnahmeeffekte, sagte Jens Albrecht vom Institut": after a comma the
  // speaker may follow the verb, as after a quote.
  if (!spoke && invertible && left?.text === ',' && speakerAfter(ctx, i)) {
    spoke = invertedSpeaker(ctx, i, cue);
  }
  if (!spoke && !table.speakerAfterOnly.has(cue)) spoke = speakerLeft(ctx, j, i, cue);
  if (!spoke && invertible && (!left || !left.isWord || left.quote !== -1)) {
    spoke = invertedSpeaker(ctx, i, cue);
  }
  // "an analyst at Barclays who rates the stock “overweight,” wrote": a label closed the aside.
  if (
    !spoke &&
    left &&
    left.quote !== -1 &&
    /,\s*$/.test(ctx.text.slice(left.start - 2, left.start))
  ) {
    addRange(ctx, subjectBeforeAside(ctx, j, { appositiveOnly: true }), cue, i);
  }
  if (table.toldVerbs.has(cue)) {
    // "told CNN", "told the Argus Leader": the outlet that carried the words, also when the
    // speaker's long description hid the subject ("X, a research analyst at Y, told CBS News").
    const start = i + 1;
    if (tokens[start]?.isWord && tokens[start]?.quote === -1) {
      const object = readToldObject(tokens, start, ctx.text, table);
      if (object && (spoke || object.kind === 'media')) {
        ctx.out.push(
          Object.assign({}, object, { cue, cueToken: i, speaker: false, mediaOnly: true }),
        );
      }
    }
  }
}
