import type { Attribution } from './find-attributions';
import type { QuoteSpan } from './find-quotes';
import type { SourceGroup } from './group-mentions';
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
  const speakers: { a: Attribution; g: SourceGroup; sentence: number; at: number }[] = [];
  for (const g of groups) {
    for (const a of g.members) {
      const t = tokens[a.cueToken];
      if (a.speaker && t) speakers.push({ a, g, sentence: t.sentence, at: t.start });
    }
  }
  speakers.sort((x, y) => x.at - y.at);
  const firstToken = new Map<number, Token>();
  for (const t of tokens)
    if (t.quote !== -1 && !firstToken.has(t.quote)) firstToken.set(t.quote, t);
  const links: QuoteLink[] = [];
  quotes.forEach((quote, index) => {
    const open = firstToken.get(index);
    if (!open) return;
    let best: (typeof speakers)[number] | undefined;
    for (const s of speakers) {
      if (s.sentence !== open.sentence) continue;
      if (!best || Math.abs(s.at - quote.start) < Math.abs(best.at - quote.start)) best = s;
    }
    // "“Can I give it to James?” Brooke asked": the speaker follows the closing mark.
    best ??= speakers.find((s) => s.a.start >= quote.end && s.a.start - quote.end < 4);
    if (best) {
      links.push({ group: best.g, quote, member: best.a });
      return;
    }
    const words = text.slice(quote.contentStart, quote.contentEnd).split(/\s+/).length;
    // Only a quote that opens its paragraph floats; one inside a sentence is a label.
    const index0 = tokens.indexOf(open);
    const opensParagraph = index0 <= 0 || tokens[index0 - 1]?.paragraph !== open.paragraph;
    if (words < MIN_FLOATING_WORDS || !opensParagraph) return;
    let last: (typeof speakers)[number] | undefined;
    for (const s of speakers) if (s.at < quote.start) last = s;
    const lastParagraph = last ? (tokens[last.a.cueToken]?.paragraph ?? -1) : -1;
    if (last && open.paragraph - lastParagraph <= MAX_FLOATING_PARAGRAPHS) {
      links.push({ group: last.g, quote });
    }
  });
  return links;
}
