import type { ArticleText } from './article-text';
import { lowerBound } from './sources/lower-bound';
import type { Source } from './types';

/**
 * Puts the sources into the article HTML: every mention's words are wrapped in
 * <mark class="sl-mark sl-kind-KIND" data-source-id data-kind data-cue>, and a direct quote's
 * words in <mark class="sl-mark sl-quote" data-kind="quote"> tied to the same source id.
 * Offsets refer to article.text; the map built by article-text.ts leads back to the DOM text
 * nodes. A range that crosses element boundaries becomes one mark per text node, so the HTML
 * structure is never broken.
 */

interface MarkRange {
  start: number;
  end: number;
  attributes: Record<string, string>;
}

/** Where one text node must be cut: [from, to) in node.data. */
interface NodeCut {
  from: number;
  to: number;
  attributes: Record<string, string>;
}

/** The ranges to mark: mentions first, then quotes where they do not overlap a mention. */
function markRanges(text: string, sources: Source[]): MarkRange[] {
  const mentions: MarkRange[] = [];
  const quotes: MarkRange[] = [];
  for (const source of sources) {
    for (const mention of source.mentions) {
      if (mention.end <= mention.start || mention.end > text.length) continue;
      mentions.push({
        start: mention.start,
        end: mention.end,
        attributes: {
          class: `sl-mark sl-kind-${source.kind}`,
          'data-source-id': source.id,
          'data-kind': source.kind,
          'data-cue': mention.cue,
        },
      });
      const quote = mention.quote ? locateQuote(text, mention.quote, mention.start) : -1;
      if (quote >= 0 && mention.quote) {
        quotes.push({
          start: quote,
          end: quote + mention.quote.length,
          attributes: {
            class: 'sl-mark sl-quote',
            'data-source-id': source.id,
            'data-kind': 'quote',
            'data-cue': mention.cue,
          },
        });
      }
    }
  }
  // The characters already inside an accepted range: a range is checked against its own length,
  // not against every range accepted before it (a long transcript has thousands of mentions).
  const taken = new Uint8Array(text.length);
  const accepted: MarkRange[] = [];
  for (const range of [...mentions, ...quotes]) {
    const start = Math.max(0, range.start);
    if (taken.subarray(start, range.end).includes(1)) continue;
    taken.fill(1, start, range.end);
    accepted.push(range);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/**
 * How far from its mention a quote is looked for, each way. attach-quotes.ts ties a quote to a
 * speaker in the same sentence or at most two paragraphs away; searching the whole text instead
 * made marking a long text with thousands of quoted mentions quadratic.
 */
const QUOTE_SEARCH_REACH = 10_000;

/** The occurrence of `quote` nearest to the mention, in the mention's neighbourhood. */
function locateQuote(text: string, quote: string, near: number): number {
  if (!quote.trim()) return -1;
  const from = Math.max(0, near - QUOTE_SEARCH_REACH);
  const around = text.slice(from, near + QUOTE_SEARCH_REACH + quote.length);
  const before = around.lastIndexOf(quote, near - from);
  const after = around.indexOf(quote, near - from);
  if (before < 0) return after < 0 ? -1 : from + after;
  if (after < 0) return from + before;
  return near - from - before <= after - (near - from) ? from + before : from + after;
}

/**
 * Where [start, end) of the article text lies in one run's node: from its first to its last
 * non-space character inside the range (a range's edge on a joining space does not take the
 * space along), or null when the run holds none of it.
 */
function cutInRun(
  text: string,
  pieces: number[],
  start: number,
  end: number,
): [number, number] | null {
  let from = -1;
  let to = -1;
  // The first piece (a triple) that ends after `start`: pieces are in text order.
  const firstPiece = lowerBound(
    pieces.length / 3,
    (k) => (pieces[k * 3] as number) + (pieces[k * 3 + 2] as number) > start,
  );
  for (let i = firstPiece * 3; i + 2 < pieces.length; i += 3) {
    const textAt = pieces[i] as number;
    if (textAt >= end) break;
    const nodeAt = pieces[i + 1] as number;
    const length = pieces[i + 2] as number;
    let first = Math.max(start, textAt);
    let last = Math.min(end, textAt + length) - 1;
    if (first > last) continue;
    if (text[first] === ' ') first++;
    if (text[last] === ' ') last--;
    if (first > last) continue;
    if (from < 0) from = nodeAt + (first - textAt);
    to = nodeAt + (last - textAt) + 1;
  }
  return from < 0 ? null : [from, to];
}

/**
 * The cuts of one run's text node, in order: only the ranges that reach into the run, found by
 * binary search (every run against every range was quadratic). The ranges are sorted and do not
 * overlap, so neither do the cuts.
 */
function runCuts(text: string, pieces: number[], ranges: MarkRange[]): NodeCut[] {
  const cuts: NodeCut[] = [];
  const first = pieces[0];
  const lastStart = pieces[pieces.length - 3];
  const lastLength = pieces[pieces.length - 1];
  if (first === undefined || lastStart === undefined || lastLength === undefined) return cuts;
  const runEnd = lastStart + lastLength;
  // The ranges are sorted and do not overlap, so their ends are in order too.
  const firstRange = lowerBound(ranges.length, (k) => (ranges[k] as MarkRange).end > first);
  for (let i = firstRange; i < ranges.length; i++) {
    const range = ranges[i] as MarkRange;
    if (range.start >= runEnd) break;
    const cut = cutInRun(text, pieces, range.start, range.end);
    if (cut) cuts.push({ from: cut[0], to: cut[1], attributes: range.attributes });
  }
  return cuts;
}

/**
 * Wraps each cut of one text node (in order, not overlapping) in a mark: the node keeps the text
 * before the first, and the marks and the text between and after them follow it. One pass over
 * the node's text: cutting a node one mark at a time copied its rest each time.
 */
function wrapAll(node: Text, cuts: NodeCut[]): void {
  const parent = node.parentNode;
  if (!parent) return;
  const doc = node.ownerDocument;
  const data = node.data;
  const next = node.nextSibling;
  const first = (cuts[0] as NodeCut).from;
  let at = first;
  for (const cut of cuts) {
    if (cut.from > at) parent.insertBefore(doc.createTextNode(data.slice(at, cut.from)), next);
    const mark = doc.createElement('mark');
    for (const [name, value] of Object.entries(cut.attributes)) mark.setAttribute(name, value);
    mark.appendChild(doc.createTextNode(data.slice(cut.from, cut.to)));
    parent.insertBefore(mark, next);
    at = cut.to;
  }
  if (at < data.length) parent.insertBefore(doc.createTextNode(data.slice(at)), next);
  node.data = data.slice(0, first);
}

/**
 * Marks the sources in the DOM the text was built from (`mapped` comes from buildArticleText on
 * the same element, unchanged since). Works in place on that element: build-article.ts passes the
 * sanitized tree, so the marks are our markup only (see sanitize.ts).
 */
export function highlightSources(mapped: ArticleText, sources: Source[]): void {
  const ranges = markRanges(mapped.text, sources);
  // Each run is a different text node, and the cuts depend on the map alone: wrapping one run's
  // node leaves the others' text and offsets as they were.
  for (const run of mapped.runs) {
    const cuts = runCuts(mapped.text, run.pieces, ranges);
    if (cuts.length > 0) wrapAll(run.node, cuts);
  }
}
