import { CAPTION_ATTRIBUTE } from './mark-captions';
import { leafBlocks, linkDensity, removeBlock, textOf, wordsIn } from './block-stats';

/**
 * Text the reader would see twice: pull quotes that repeat a sentence of the body, captions
 * repeated as a paragraph, and blocks duplicated inside the body. The copy that carries the
 * body text stays. Fixtures: repeats--pull-quote, repeats--caption-as-text.
 */
const PULL_QUOTE = /pull-?quote|pullout|highlight-?quote|quote-?box/i;

const key = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function dropRepeatedBlocks(body: Element): void {
  const blocks = leafBlocks(body);
  const captions = new Set<string>();
  for (const el of Array.from(body.querySelectorAll(`[${CAPTION_ATTRIBUTE}]`)))
    captions.add(key(textOf(el)));

  const bodyKeys: string[] = [];
  const seen = new Set<string>();
  for (const block of blocks) {
    if (block.closest(`[${CAPTION_ATTRIBUTE}]`)) continue;
    const text = key(textOf(block));
    if (!text) continue;
    // Interviews repeat questions and stat tables repeat lines: only repeated link blocks
    // (promos) count as duplicates.
    if (captions.has(text) || (seen.has(text) && linkDensity(block) >= 0.5)) {
      removeBlock(block, body);
      continue;
    }
    seen.add(text);
    if (!isPullQuote(block)) bodyKeys.push(text);
  }
  const joined = bodyKeys.join(' \n ');
  for (const block of blocks) {
    if (!body.contains(block) || !isPullQuote(block)) continue;
    const text = key(textOf(block)).replace(/^\W+|\W+$/g, '');
    if (wordsIn(text) >= 4 && joined.includes(text)) {
      const box = block.closest('aside,blockquote,[class*="quote"],[class*="Quote"]') ?? block;
      removeBlock(box.contains(block) && box !== body ? box : block, body);
    }
  }
}

function isPullQuote(block: Element): boolean {
  const box = block.closest('aside,blockquote,[class],[id]');
  if (!box) return false;
  const name = `${box.getAttribute('class') ?? ''} ${box.getAttribute('id') ?? ''}`;
  return (
    PULL_QUOTE.test(name) ||
    box.tagName.toUpperCase() === 'ASIDE' ||
    box.tagName.toUpperCase() === 'BLOCKQUOTE'
  );
}
