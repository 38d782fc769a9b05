/**
 * What read-aloud speaks: the article body as paragraphs, each cut into sentences, each sentence
 * a DOM Range over the body's own text nodes (so it can be highlighted without changing the DOM).
 */
export interface SpokenSentence {
  text: string;
  range: Range;
}

export interface SpokenParagraph {
  element: Element;
  sentences: SpokenSentence[];
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, dd, dt, pre, td, th';

/** Sentence boundaries [start, end) in `text`, by Intl.Segmenter where the browser has it. */
export function sentenceSpans(text: string, lang: string | null): [number, number][] {
  const spans: [number, number][] = [];
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Segmenter) {
    let locale: string | undefined;
    try {
      locale = lang ? Intl.getCanonicalLocales(lang)[0] : undefined;
    } catch {
      locale = undefined;
    }
    for (const part of new Segmenter(locale, { granularity: 'sentence' }).segment(text)) {
      spans.push([part.index, part.index + part.segment.length]);
    }
  } else {
    for (const match of text.matchAll(/[^.!?。！？]+(?:[.!?。！？]+["'”’)\]]*\s*|$)/gu)) {
      spans.push([match.index, match.index + match[0].length]);
    }
  }
  // Trim the spaces each sentence carries, and drop the empty ones.
  return spans
    .map(([start, end]): [number, number] => {
      const part = text.slice(start, end);
      const lead = part.length - part.trimStart().length;
      const trail = part.length - part.trimEnd().length;
      return [start + lead, end - trail];
    })
    .filter(([start, end]) => end > start);
}

function textNodesOf(element: Element): Text[] {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** Maps an offset in the concatenated text of `nodes` to a (node, offset) position. */
function positionAt(nodes: Text[], offset: number, preferNext: boolean): [Text, number] {
  let seen = 0;
  for (const node of nodes) {
    const length = node.data.length;
    if (offset < seen + length || (offset === seen + length && !preferNext)) {
      return [node, offset - seen];
    }
    seen += length;
  }
  const last = nodes[nodes.length - 1]!;
  return [last, last.data.length];
}

/** The paragraphs of `body` worth reading aloud, in reading order, each cut into sentences. */
export function spokenParagraphs(body: Element, lang: string | null): SpokenParagraph[] {
  const doc = body.ownerDocument;
  const blocks = [...body.querySelectorAll(BLOCKS)].filter(
    // A quote made of paragraphs is read paragraph by paragraph, not twice.
    (block) => !block.querySelector(BLOCKS) && (block.textContent ?? '').trim() !== '',
  );
  return blocks.map((element) => {
    const nodes = textNodesOf(element);
    const text = nodes.map((node) => node.data).join('');
    const sentences = sentenceSpans(text, lang).map(([start, end]) => {
      const range = doc.createRange();
      range.setStart(...positionAt(nodes, start, true));
      range.setEnd(...positionAt(nodes, end, false));
      return { text: text.slice(start, end), range };
    });
    return { element, sentences };
  });
}
