import type { Attribution } from './find-attributions';
import type { QuoteSpan } from './find-quotes';
import type { SourceGroup } from './group-mentions';
import { lowerBound } from './lower-bound';
import type { Token } from './tokenize';

/** A direct quote tied to a source: on a speaker's mention, or floating after one. */
export interface QuoteLink {
  group: SourceGroup;
  quote: QuoteSpan;
  /** The speaker's mention in the same sentence, if any; floating quotes have none. */
  member?: Attribution;
}

/** Floating quotes shorter than this are labels ("a “gas chamber”"), not speech. */
const MIN_FLOATING_WORDS = 4;

/** How far a floating quote may sit from its speaker's last attribution, in paragraphs. */
const MAX_FLOATING_PARAGRAPHS = 2;

/**
 * Ties each quote to a speaker: a speaker in the same sentence, else the speaker right after the
 * closing mark, else (a quote standing alone) the speaker of the quote before it, as long as no
 * other attribution came between them.
 */
export function attachQuotes(
  quotes: readonly QuoteSpan[],
  tokens: readonly Token[],
  groups: readonly SourceGroup[],
  text: string,
): QuoteLink[] {
  type Speaker = { a: Attribution; g: SourceGroup; sentence: number; at: number };
  const speakers: Speaker[] = [];
  for (const g of groups) {
    for (const a of g.members) {
      const t = tokens[a.cueToken];
      if (a.speaker && t) speakers.push({ a, g, sentence: t.sentence, at: t.start });
    }
  }
  speakers.sort((x, y) => x.at - y.at);
  // Indexes keep this linear-logarithmic on long texts (a megabyte holds thousands of quotes).
  const bySentence = new Map<number, Speaker[]>();
  for (const s of speakers) {
    const list = bySentence.get(s.sentence);
    if (list) list.push(s);
    else bySentence.set(s.sentence, [s]);
  }
  const byStart = [...speakers].sort((x, y) => x.a.start - y.a.start);
  const firstToken = new Map<number, number>();
  tokens.forEach((t, i) => {
    if (t.quote !== -1 && !firstToken.has(t.quote)) firstToken.set(t.quote, i);
  });
  const links: QuoteLink[] = [];
  quotes.forEach((quote, index) => {
    const index0 = firstToken.get(index) ?? -1;
    const open = tokens[index0];
    if (!open) return;
    let best: Speaker | undefined;
    for (const s of bySentence.get(open.sentence) ?? []) {
      if (!best || Math.abs(s.at - quote.start) < Math.abs(best.at - quote.start)) best = s;
    }
    // "“Can I give it to James?” Brooke asked": the speaker follows the closing mark.
    const after =
      byStart[lowerBound(byStart.length, (k) => (byStart[k]?.a.start ?? 0) >= quote.end)];
    if (!best && after && after.a.start - quote.end < 4) best = after;
    if (best) {
      links.push({ group: best.g, quote, member: best.a });
      return;
    }
    const words = text.slice(quote.contentStart, quote.contentEnd).split(/\s+/).length;
    // Only a quote that opens its paragraph floats; one inside a sentence is a label.
    const opensParagraph = index0 <= 0 || tokens[index0 - 1]?.paragraph !== open.paragraph;
    if (words < MIN_FLOATING_WORDS || !opensParagraph) return;
    const last =
      speakers[lowerBound(speakers.length, (k) => (speakers[k]?.at ?? 0) >= quote.start) - 1];
    const lastParagraph = last ? (tokens[last.a.cueToken]?.paragraph ?? -1) : -1;
    if (last && open.paragraph - lastParagraph <= MAX_FLOATING_PARAGRAPHS) {
      links.push({ group: last.g, quote });
    }
  });
  return links;
}
