import { classifyProperName } from './classify-kind';
import type { LanguageTable } from './language-table';
import { isPossessive, PARTICLES } from './phrase-heads';
import type { Token } from './tokenize';

/** Longest subject or object phrase read, in tokens; longer runs are clauses, not names. */
const MAX_PHRASE = 16;

/** Words after which a preposition still belongs to the phrase ("people familiar with ..."). */
const LINKING = new Set(
  'familiar close briefed published involved knowledgeable led based working'.split(' '),
);

/**
 * Participles that tie a document to its publisher, place and date: "a paper published Wednesday
 * in the journal Nature", "a study published last year by researchers at Stanford University".
 */
export const PUBLISHED = new Set(
  (
    'published released conducted commissioned compiled issued presented posted seen obtained ' +
    'reviewed viewed completed prepared filed dated'
  ).split(' '),
);

const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|last|this|next|earlier|\d+)$/;
const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** True when the token cannot be part of a source phrase. */
export function isBoundary(token: Token | undefined, table: LanguageTable): boolean {
  if (!token) return true;
  if (token.quote !== -1) return true;
  if (!token.isWord) return token.text !== '&';
  if (table.clauseWords.has(token.lower) && !token.cap) return true;
  if (token.cap && table.clauseWords.has(token.lower) && token.lower !== 'who') return true;
  return table.verbs.has(token.lower) && !token.cap;
}

function isHeadNoun(word: string, table: LanguageTable): boolean {
  return (
    table.anonymousHeads.has(word) ||
    table.organizationHeads.has(word) ||
    table.documentHeads.has(word)
  );
}

/** The capitalised run (with inner "of"/"for"/"the") that ends at `end`, as its first index. */
function capRunStart(tokens: readonly Token[], end: number): number {
  let i = end;
  while (i - 1 >= 0) {
    const prev = tokens[i - 1];
    if (!prev || prev.quote !== -1 || !prev.isWord) break;
    if (prev.cap || (/^(of|for|the)$/.test(prev.lower) && tokens[i - 2]?.cap)) i--;
    else break;
  }
  return i;
}

/** Lower-case roles written right after a body's name ("Health and Social Care spokesperson"). */
const ROLE_AFTER_NAME =
  /^(spokes(?:person|man|woman|people)|officials?|ministers?|secretary|sources?)$/;

/**
 * An "and" inside one name, not between two sources: "National Oceanic and Atmospheric
 * Administration" (the words after "and" finish an organization's name the words before do not),
 * "Centers for Disease Control and Prevention" (one word after "and" closes an "X for Y" name).
 * "The Wrap and Deadline" and "Apple and Microsoft" stay two names.
 */
export function andInsideName(tokens: readonly Token[], i: number): boolean {
  const and = tokens[i];
  if (!and || and.lower !== 'and' || and.cap || !tokens[i - 1]?.cap || !tokens[i + 1]?.cap) {
    return false;
  }
  let rightEnd = i + 1;
  while (tokens[rightEnd + 1]?.cap && tokens[rightEnd + 1]?.quote === -1) rightEnd++;
  const left = tokens.slice(capRunStart(tokens, i - 1), i).map((t) => t.text);
  const right = tokens.slice(i + 1, rightEnd + 1).map((t) => t.text);
  const content = left.filter((w) => !/^(the|The)$/.test(w));
  if (content.length < 2) return false;
  const leftLast = content[content.length - 1] ?? '';
  const rightIsOrg = classifyProperName(right) === 'organization';
  if (rightIsOrg && classifyProperName([leftLast]) !== 'organization' && right.length > 1) {
    return true;
  }
  const ofName = content.some((w) => w === 'of' || w === 'for');
  // "A Department of Health and Social Care spokesperson": a role after the name closes it.
  const role = ROLE_AFTER_NAME.test(tokens[rightEnd + 1]?.text ?? '');
  if (ofName && role && right.length <= 3) return true;
  return ofName && right.length === 1 && classifyProperName([leftLast]) === null;
}

/**
 * "attendees and speakers", "The House and Senate budget committees": an "and" that joins two
 * unnamed heads, or two modifiers of one plural head, inside a single source.
 */
function andInsideSource(
  tokens: readonly Token[],
  i: number,
  headEnd: number,
  table: LanguageTable,
  asObject: boolean,
): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after || tokens[i]?.lower !== 'and') return false;
  if (andInsideName(tokens, i)) return true;
  if (!before.cap && !after.cap) {
    // Only as an object ("according to attendees and speakers"); as subjects, "both analysts and
    // sources in the camp told" are two sources (find-attributions credits both).
    return (
      asObject && table.anonymousHeads.has(before.lower) && table.anonymousHeads.has(after.lower)
    );
  }
  // "the Russian and Syrian defense ministries", not "Holcomb and GOP legislative leaders".
  const head = tokens[headEnd];
  if (!before.cap || !after.cap || !head || head.cap || !/s$/.test(head.lower)) return false;
  if (!table.determiners.has(tokens[i - 2]?.lower ?? '')) return false;
  return isHeadNoun(head.lower, table);
}

/** Are tokens[from..to] all capitalised words (a name)? */
function capitalsUpTo(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!tokens[k]?.cap) return false;
  return true;
}

/** Index of the first token of the phrase that ends at `end`, read leftwards; -1 if none. */
export function readLeft(tokens: readonly Token[], end: number, table: LanguageTable): number {
  let start = end + 1;
  const first = tokens[end];
  // "In a Tumblr post at the time she described": a pronoun is the whole subject.
  if (first && (table.personPronouns.has(first.lower) || table.thingPronouns.has(first.lower))) {
    return end;
  }
  for (let i = end; i >= 0 && end - i < MAX_PHRASE; i--) {
    const t = tokens[i];
    if (!t || t.sentence !== first?.sentence) break;
    // "A report by X found": "report" is a noun here, not a verb that ends the phrase; "Videos
    // posted on social media showed": a participle after a document, not a verb.
    const after = tokens[i - 1]?.lower ?? '';
    // "A district consultant's report presented to the board found": an owner before it too.
    const noun =
      table.verbs.has(t.lower) &&
      (table.determiners.has(after) ||
        (PUBLISHED.has(t.lower) && table.documentHeads.has(after)) ||
        (table.documentHeads.has(t.lower) && /\p{L}[’']s$/u.test(tokens[i - 1]?.text ?? '')));
    if (isBoundary(t, table) && !noun && !andInsideSource(tokens, i, end, table, false)) break;
    // "Look at what Lena Ortiz said": the subject starts after "what" when a name runs from there
    // to the verb; "people familiar with how the White House operates said" holds its clause.
    if (
      table.objectClauseWords.has(t.lower) &&
      !t.cap &&
      i < end &&
      capitalsUpTo(tokens, i + 1, end)
    ) {
      break;
    }
    start = i;
  }
  if (start > end) return -1;
  // A phrase that runs into the limit is a clause, not a subject.
  if (end - start + 1 >= MAX_PHRASE) return -1;
  return start;
}

function startsLinkedModifier(tokens: readonly Token[], i: number, table: LanguageTable): boolean {
  const prep = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prep || !prev || !next || !table.prepositions.has(prep.lower)) return false;
  if (TIME_WORDS.test(next.lower) || next.quote !== -1 || !next.isWord) return false;
  if (LINKING.has(prev.lower) || PUBLISHED.has(prev.lower)) return true;
  if (isHeadNoun(prev.lower, table)) return true;
  // "Bank of America", "le ministère des Finances": a preposition before a capitalised name.
  return next.cap && /^(of|for|de|des|du|der)$/.test(prep.lower);
}

/**
 * Words that may follow a capitalised word inside one phrase: prepositions, roles and heads
 * ("Apple analyst Ming-Chi Kuo", "the BBC interviewer"). Any other lower-case word after a name
 * ends it: "the Legislative Fiscal Office released Wednesday", "told BBC Radio Lancashire the
 * players", "le préfet Laurent Mercier lors d'un point presse".
 */
function continuesAfterName(t: Token, table: LanguageTable): boolean {
  const w = t.lower;
  return (
    table.prepositions.has(w) ||
    table.titles.has(w) ||
    isHeadNoun(w, table) ||
    table.mediaStaff.has(w) ||
    table.mediaDescriptors.has(w) ||
    table.organizationDescriptors.has(w) ||
    LINKING.has(w)
  );
}

/**
 * "a former VA contracting officer", "Texas business filings": a lower-case modifier between a
 * name and the head noun it qualifies.
 */
function modifiesHead(tokens: readonly Token[], i: number, table: LanguageTable): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || next.quote !== -1 || !t.isWord) return false;
  const w = t.lower;
  // "Luiz Inácio Lula da Silva", "Ursula von der Leyen": a particle inside a person's name.
  if (PARTICLES.has(w) && (next.cap || (PARTICLES.has(next.lower) && tokens[i + 2]?.cap))) {
    return true;
  }
  if (table.determiners.has(w) || table.prepositions.has(w) || table.phraseEnders.has(w)) {
    return false;
  }
  if (table.clauseWords.has(w) || table.possessives.has(w) || next.cap) return false;
  return isHeadNoun(next.lower, table) || table.titles.has(next.lower);
}

/**
 * "the Canadian philosopher Marshall McLuhan", "the British novelist Zadie Smith": a role noun
 * (an open class, recognised by its ending) between a capitalised modifier and a full name.
 */
function roleBeforeName(tokens: readonly Token[], i: number, table: LanguageTable): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  // A first and a last name follow: "over Zoom", "devant Matignon" are a place, not a person.
  if (!t || !next?.cap || !tokens[i + 2]?.cap || next.quote !== -1 || !t.isWord) return false;
  if (table.phraseEnders.has(t.lower) || table.verbs.has(t.lower)) return false;
  if (table.prepositions.has(t.lower) || table.clauseWords.has(t.lower)) return false;
  // "the Canadian philosopher", "a British novelist": not "Olivier Véran devant Emmanuel Macron".
  const determiner = tokens[i - 2];
  if (!determiner || determiner.cap || !table.determiners.has(determiner.lower)) return false;
  return /(?:er|or|ist|ian|ant|ent)$/.test(t.lower);
}

/** Index of the last token of the phrase that starts at `start`, read rightwards; -1 if none. */
export function readRight(tokens: readonly Token[], start: number, table: LanguageTable): number {
  let end = start - 1;
  const first = tokens[start];
  // Inside "briefed on talks with ..." or "published Wednesday in ...": modifiers chain on.
  let linked: RegExp | null = null;
  for (let i = start; i < tokens.length && i - start < MAX_PHRASE; i++) {
    const t = tokens[i];
    if (!t || t.sentence !== first?.sentence) break;
    const prev = tokens[i - 1];
    // "according to a report published in March by Ofcom": after an article, a noun.
    const noun =
      table.documentHeads.has(t.lower) && table.determiners.has(prev?.lower ?? '') && i > start;
    if (isBoundary(t, table) && !noun) {
      if (i > start && andInsideSource(tokens, i, i + 1, table, true)) continue;
      break;
    }
    const afterPublished = i > start && PUBLISHED.has(prev?.lower ?? '');
    // "said Google’s recently named chief executive Sundar Pichai": a possessive never ends the
    // phrase, so an adverb right after one qualifies what follows instead of ending it.
    const qualifiesAfterPossessive =
      i > start &&
      isPossessive(prev?.text ?? '') &&
      table.adverbs.test(t.lower) &&
      tokens[i + 1]?.isWord === true;
    // "la ministre de la santé", "une étude de l'Insee": an article right after a preposition.
    const ofThe =
      table.prepositions.has(prev?.lower ?? '') &&
      table.determiners.has(t.lower) &&
      tokens[i + 1]?.isWord === true;
    if (
      !t.cap &&
      table.phraseEnders.has(t.lower) &&
      i > start &&
      !ofThe &&
      !qualifiesAfterPossessive
    ) {
      // "published in March by Ofcom": the date, then the publisher.
      const dated = PUBLISHED.has(prev?.lower ?? '') && /^(in|on)$/.test(t.lower);
      const chained =
        linked?.test(t.lower) && (dated || !TIME_WORDS.test(tokens[i + 1]?.lower ?? ''));
      if (!chained && !startsLinkedModifier(tokens, i, table)) break;
    }
    if (i > start && TIME_WORDS.test(t.lower) && !t.cap && !afterPublished) break;
    // German capitalises nouns: a lower-case word after a name ends the phrase ("dem Hafenamt gestiegen").
    if (table.capitalisedNouns && !t.cap && prev?.cap && i > start) {
      if (!startsLinkedModifier(tokens, i, table)) break;
    }
    if (!table.capitalisedNouns && i > start && prev?.cap && !t.cap) {
      if (
        !qualifiesAfterPossessive &&
        !continuesAfterName(t, table) &&
        !modifiesHead(tokens, i, table) &&
        !roleBeforeName(tokens, i, table)
      )
        break;
    }
    if (i > start && WEEKDAY.test(t.lower) && !afterPublished) break;
    if (PUBLISHED.has(t.lower)) linked = /^(with|in|by|at)$/;
    else if (LINKING.has(t.lower)) linked = /^with$/;
    end = i;
  }
  return end;
}
