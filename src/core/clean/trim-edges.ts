import { isProse, leafBlocks, linkDensity, removeBlock, textOf, wordsOf } from './block-stats';
import { CAPTION_ATTRIBUTE } from './mark-captions';
import { findAncestor, tagOf } from './element-walk';
import { wordKey } from './words';
import { appealScore, isAdLabel, isLeadInLabel, mentionsCookies } from './boilerplate-words';
import type { CleaningContext } from './cleaning-rule';
import { BIO_OR_CONTACT, BYLINE, DATE_LABEL, DATE_OR_TIME } from './page-furniture-patterns';

/**
 * Page furniture before the first and after the last paragraph of the story. From each edge,
 * blocks are removed while they look like furniture, and the walk stops at the first block that
 * reads like body text, so the story itself is never reached.
 * Fixtures: edges--breadcrumb-kicker-dateline, edges--bio-and-appeals.
 */
export function trimEdges(body: Element, context: CleaningContext): void {
  const blocks = leafBlocks(body);
  const title = wordKey(context.title);
  for (const block of blocks) {
    if (!isLeadingFurniture(block, title)) break;
    removeBlock(block, body);
  }
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i] as Element;
    if (!body.contains(block)) break;
    if (!isTrailingFurniture(block)) break;
    removeBlock(block, body);
  }
}

const isFigureOrCaption = (el: Element): boolean =>
  tagOf(el) === 'FIGURE' || el.hasAttribute(CAPTION_ATTRIBUTE);

/** Breadcrumbs, section kickers, the repeated headline, bylines and date lines. */
function isLeadingFurniture(block: Element, title: string): boolean {
  const text = textOf(block);
  const words = wordsOf(block);
  if (findAncestor(block, isFigureOrCaption)) return true;
  if (title && wordKey(text) === title) return true;
  if (isAdLabel(text)) return true;
  if (words <= 8 && linkDensity(block) >= 0.5) return true;
  if (words <= 3 && !/[.!?。]$/.test(text)) return true;
  if (words <= 14 && (BYLINE.test(text) || DATE_LABEL.test(text))) return true;
  if (words <= 12 && DATE_OR_TIME.test(text) && !/[.!?。]$/.test(text)) return true;
  return false;
}

/** Related links, appeals, bios, contact lines, cookie notices, labels. */
function isTrailingFurniture(block: Element): boolean {
  const text = textOf(block);
  const words = wordsOf(block);
  if (linkDensity(block) >= 0.5) return true;
  if (isLeadInLabel(text) || isAdLabel(text)) return true;
  const appeals = appealScore(text);
  if (appeals >= 2 || (appeals >= 1 && words < 40)) return true;
  if (words < 60 && (BIO_OR_CONTACT.test(text) || mentionsCookies(text))) return true;
  if (words <= 4 && !/[.!?。]$/.test(text) && !isProse(block)) return true;
  return false;
}
