import type { Mention, Source } from '../types';
import { attachQuotes } from './attach-quotes';
import { decideKind } from './decide-kind';
import { detectLanguage } from './detect-language';
import { findAttributions, type Attribution } from './find-attributions';
import { findQuotes, type QuoteSpan } from './find-quotes';
import { groupMentions, type SourceGroup } from './group-mentions';
import { kindEvidence } from './kind-evidence';
import { mergeRoleHolders } from './merge-role-holders';
import { fullestName } from './fullest-name';
import type { LanguageTable } from './language-table';
import { ownOutletMatcher } from './own-outlet';
import { tokenize } from './tokenize';

/**
 * Characters analysed: about 20,000 words, several times the longest news article, so a pasted
 * book or a runaway page costs a bounded time (offsets stay valid: only the tail is left out).
 */
const MAX_ANALYSED = 120_000;

export interface FindSourcesOptions {
  /** The article's own URL: its outlet is never a cited source. */
  url?: string | null;
  /** The article's own site name, for the same reason. */
  siteName?: string | null;
}

function mentionsOf(
  group: SourceGroup,
  quotes: ReturnType<typeof attachQuotes>,
  text: string,
): Mention[] {
  const mentions: Mention[] = [];
  const seen = new Set<string>();
  const byMember = new Map<Attribution, string[]>();
  for (const l of quotes) {
    if (l.group !== group || !l.member) continue;
    const list = byMember.get(l.member) ?? [];
    list.push(text.slice(l.quote.contentStart, l.quote.contentEnd));
    byMember.set(l.member, list);
  }
  for (const a of group.members) {
    const key = `${a.start}:${a.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const mention: Mention = { text: a.text, cue: a.cue, start: a.start, end: a.end };
    const quoted = byMember.get(a) ?? [];
    if (quoted.length) mention.quote = quoted.join(' … ');
    mentions.push(mention);
  }
  for (const link of quotes) {
    if (link.member || link.group !== group) continue;
    const { contentStart: start, contentEnd: end } = link.quote;
    const words = text.slice(start, end);
    mentions.push({ text: words, cue: 'quote', quote: words, start, end });
  }
  return mentions.sort((x, y) => x.start - y.start);
}

/** Verbs of speech proper: "she told reporters", not "she wrote a song". */
const SPEECH = /^(said|says|told|tells|added|adds|asked|explained|insisted|argued|warned|stated)$/;

/** The text with quoted words blanked (same offsets): a speaker's own "it" says nothing of them. */
function blankQuotes(text: string, quotes: readonly QuoteSpan[]): string {
  let out = '';
  let at = 0;
  for (const q of quotes) {
    out += text.slice(at, q.contentStart) + ' '.repeat(q.contentEnd - q.contentStart);
    at = q.contentEnd;
  }
  return out + text.slice(at);
}

/** "told Benioff": an outlet guessed from "told X" whom the article names as a person. */
function guessedPerson(group: SourceGroup, plain: string, table: LanguageTable): boolean {
  return kindEvidence(plain, group.core, table).strong === 'person';
}

/**
 * Finds the sources an article cites: people, organizations, news outlets, documents and unnamed
 * sources whose words or claims the text reports, each with its mentions (offsets into `text`).
 *
 * @param input the article's plain text, paragraphs separated by blank lines
 * @param options the article's own URL and site name, whose outlet is not a cited source
 * @returns sources in order of first mention; empty for text in a language without cue tables.
 *   Only the first 120,000 characters are read.
 */
export function findSources(input: string, options: FindSourcesOptions = {}): Source[] {
  if (typeof input !== 'string' || input.trim() === '') return [];
  const text = input.length > MAX_ANALYSED ? input.slice(0, MAX_ANALYSED) : input;
  const table = detectLanguage(text);
  if (!table) return [];
  const quotes = findQuotes(text);
  const tokens = tokenize(text, quotes);
  const attributions = findAttributions(tokens, text, table);
  const isOwn = ownOutletMatcher(options.url, options.siteName);
  const grouped = groupMentions(attributions, text).filter(
    (g) => !g.members.some((m) => m.role === 'name' && isOwn(m.text)) && !isOwn(g.core.join(' ')),
  );
  const groups = mergeRoleHolders(grouped, table);
  const links = attachQuotes(quotes, tokens, groups, text);
  const plain = blankQuotes(text, quotes);
  const sources: Source[] = [];
  for (const group of groups) {
    if (
      // "The governor, who …, said" counts when the text named the governor before ("Gov. Ana
      // Pike"); a bare "he said" does not.
      !group.members.some(
        (m) =>
          m.role === 'name' ||
          m.kind === 'anonymous' ||
          m.kind === 'document' ||
          (m.role === 'descriptor' && m.antecedent) ||
          // "Marcus Tate, who finished with 22 points, was more pointed. … he told": a full name
          // the pronoun stands for.
          (m.role === 'pronoun' && (m.antecedent?.core.length ?? 0) > 1 && SPEECH.test(m.cue)),
      )
    )
      continue;
    if (group.members.every((m) => m.outletGuess) && guessedPerson(group, plain, table)) continue;
    const mentions = mentionsOf(group, links, text);
    const first = mentions[0];
    if (!first) continue;
    const kind = decideKind(group, plain, table);
    const name = kind === 'person' ? fullestName(group.core, text, table) : group.core;
    sources.push({ id: '', name: name.join(' '), kind, mentions });
  }
  sources.sort((x, y) => (x.mentions[0]?.start ?? 0) - (y.mentions[0]?.start ?? 0));
  for (const [i, s] of sources.entries()) s.id = `s${i + 1}`;
  return sources;
}
