import type { ArticleText } from './article-text';
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
  node: Text;
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
  const accepted: MarkRange[] = [];
  for (const range of [...mentions, ...quotes]) {
    if (accepted.some((other) => range.start < other.end && other.start < range.end)) continue;
    accepted.push(range);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/** The occurrence of `quote` nearest to the mention, searching its paragraph's neighbourhood. */
function locateQuote(text: string, quote: string, near: number): number {
  if (!quote.trim()) return -1;
  const before = text.lastIndexOf(quote, near);
  const after = text.indexOf(quote, near);
  if (before < 0) return after;
  if (after < 0) return before;
  return near - before <= after - near ? before : after;
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
  for (let i = 0; i + 2 < pieces.length; i += 3) {
    const textAt = pieces[i] as number;
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

/** Cuts per text node for each range, using the offsets map. */
function nodeCuts(mapped: ArticleText, ranges: MarkRange[]): NodeCut[] {
  const cuts: NodeCut[] = [];
  for (const run of mapped.runs) {
    const { pieces } = run;
    const first = pieces[0];
    const lastStart = pieces[pieces.length - 3];
    const lastLength = pieces[pieces.length - 1];
    if (first === undefined || lastStart === undefined || lastLength === undefined) continue;
    const runEnd = lastStart + lastLength;
    for (const range of ranges) {
      if (range.end <= first || range.start >= runEnd) continue;
      const cut = cutInRun(mapped.text, pieces, range.start, range.end);
      if (cut)
        cuts.push({ node: run.node, from: cut[0], to: cut[1], attributes: range.attributes });
    }
  }
  return cuts;
}

/** Wraps [from, to) of a text node in a mark, leaving the rest of the node where it was. */
function wrap(cut: NodeCut): void {
  const { node, from, to } = cut;
  const doc = node.ownerDocument;
  const parent = node.parentNode;
  if (!parent) return;
  const data = node.data;
  const mark = doc.createElement('mark');
  for (const [name, value] of Object.entries(cut.attributes)) mark.setAttribute(name, value);
  mark.appendChild(doc.createTextNode(data.slice(from, to)));
  const next = node.nextSibling;
  if (to < data.length) parent.insertBefore(doc.createTextNode(data.slice(to)), next);
  parent.insertBefore(mark, node.nextSibling);
  node.data = data.slice(0, from);
}

/**
 * Marks the sources in the DOM the text was built from (`mapped` comes from buildArticleText on
 * the same element, unchanged since). Works in place on that element: build-article.ts passes the
 * sanitized tree, so the marks are our markup only (see sanitize.ts).
 */
export function highlightSources(mapped: ArticleText, sources: Source[]): void {
  const cuts = nodeCuts(mapped, markRanges(mapped.text, sources));
  // Right to left inside each node: cutting the tail off keeps the earlier offsets valid.
  const byNode = new Map<Text, NodeCut[]>();
  for (const cut of cuts) byNode.set(cut.node, [...(byNode.get(cut.node) ?? []), cut]);
  for (const nodeCutsList of byNode.values()) {
    nodeCutsList.sort((a, b) => b.from - a.from);
    for (const cut of nodeCutsList) wrap(cut);
  }
}
