import { CAPTION_ATTRIBUTE } from './mark-captions';
import { bodyElements, leafBlocks, linkDensity, removeBlock, textOf } from './block-stats';
import { findAncestor, tagOf } from './element-walk';
import { wordKey, wordsIn } from './words';

/**
 * Text the reader would see twice: pull quotes that repeat a sentence of the body, captions
 * repeated as a paragraph, and blocks duplicated inside the body. The copy that carries the
 * body text stays. Fixtures: repeats--pull-quote, repeats--caption-as-text.
 */
const PULL_QUOTE = /pull-?quote|pullout|highlight-?quote|quote-?box/i;

const isCaption = (el: Element): boolean => el.hasAttribute(CAPTION_ATTRIBUTE);

export function dropRepeatedBlocks(body: Element): void {
  const blocks = leafBlocks(body);
  const captionBoxes = bodyElements(body).filter(isCaption);
  const captions = new Set(captionBoxes.map((el) => wordKey(textOf(el))));
  // Is the block inside a caption? Most bodies hold none, and then no block needs the walk up.
  const bodyInCaption = findAncestor(body, isCaption) !== null;
  const inCaption = (block: Element): boolean =>
    bodyInCaption || (captionBoxes.length > 0 && findAncestor(block, isCaption) !== null);

  // Both passes ask it of the same blocks, whose ancestors do not change while they stay.
  const pullQuotes = new Map<Element, boolean>();
  const isPullQuoteBlock = (block: Element): boolean => {
    let known = pullQuotes.get(block);
    if (known === undefined) pullQuotes.set(block, (known = isPullQuote(block)));
    return known;
  };

  const bodyKeys: string[] = [];
  const seen = new Set<string>();
  for (const block of blocks) {
    if (inCaption(block)) continue;
    const text = wordKey(textOf(block));
    if (!text) continue;
    // Interviews repeat questions and stat tables repeat lines: only repeated link blocks
    // (promos) count as duplicates.
    if (captions.has(text) || (seen.has(text) && linkDensity(block) >= 0.5)) {
      removeBlock(block, body);
      continue;
    }
    seen.add(text);
    if (!isPullQuoteBlock(block)) bodyKeys.push(text);
  }
  const joined = bodyKeys.join(' \n ');
  for (const block of blocks) {
    if (!body.contains(block) || !isPullQuoteBlock(block)) continue;
    const text = wordKey(textOf(block)).replace(/^\W+|\W+$/g, '');
    if (wordsIn(text) >= 4 && joined.includes(text)) {
      const box = findAncestor(block, isQuoteBox) ?? block;
      removeBlock(box.contains(block) && box !== body ? box : block, body);
    }
  }
}

/** The element that makes a block a pull quote: `aside,blockquote,[class],[id]` nearest to it. */
const isNamedOrQuoteBox = (el: Element): boolean => {
  const tag = tagOf(el);
  return (
    tag === 'ASIDE' || tag === 'BLOCKQUOTE' || el.hasAttribute('class') || el.hasAttribute('id')
  );
};

/** The box to remove with a pull quote: `aside,blockquote,[class*="quote"],[class*="Quote"]`. */
const isQuoteBox = (el: Element): boolean => {
  const tag = tagOf(el);
  if (tag === 'ASIDE' || tag === 'BLOCKQUOTE') return true;
  const name = el.getAttribute('class');
  return name !== null && (name.includes('quote') || name.includes('Quote'));
};

function isPullQuote(block: Element): boolean {
  const box = findAncestor(block, isNamedOrQuoteBox);
  if (!box) return false;
  const name = `${box.getAttribute('class') ?? ''} ${box.getAttribute('id') ?? ''}`;
  return PULL_QUOTE.test(name) || tagOf(box) === 'ASIDE' || tagOf(box) === 'BLOCKQUOTE';
}
