/**
 * Measurements the cleaning rules share: the text, words and link density of a block, and the
 * list of paragraph-level blocks of an article body in reading order.
 *
 * Every rule asks for the same texts again (leafBlocks, linkDensity and the rules each read
 * textContent, a subtree walk on every DOM), which made cleaning cost a third of Readability.
 * While cleanArticle runs, measurements are memoised per element; detach() is the one way
 * rules remove elements, and it forgets the ancestors whose text just changed.
 */
import { isBlock } from '../article-text';
import { findDescendant, findDescendants, tagOf } from './element-walk';
import { wordsIn } from './words';

interface Measured {
  text?: string;
  words?: number;
  linkDensity?: number;
}

/** The memo of the cleaning run in progress; null outside one (then nothing is cached). */
let memo: WeakMap<Element, Measured> | null = null;
/**
 * The last leafBlocks() answer and the detach count it was computed at. Five rules walk the
 * body for its blocks and most of them remove nothing, so the next one can reuse the list.
 */
let blocksCache: { body: Element; detached: number; blocks: readonly Element[] } | null = null;
/** The body's elements (see bodyElements) and the detach count they are current for. */
let elementsCache: { body: Element; detached: number; elements: readonly Element[] } | null = null;
let detachedCount = 0;

/** Runs `work` with measurements memoised; cleaning is synchronous, so runs never overlap. */
export function withMeasurementMemo(work: () => void): void {
  memo = new WeakMap();
  blocksCache = null;
  elementsCache = null;
  try {
    work();
  } finally {
    memo = null;
    blocksCache = null;
    elementsCache = null;
  }
}

const measured = (el: Element): Measured => {
  if (!memo) return {};
  let entry = memo.get(el);
  if (!entry) memo.set(el, (entry = {}));
  return entry;
};

/** Removes `el` from the body; the text of its ancestors changes, so their memo goes. */
export function detach(el: Element): void {
  for (let up = el.parentElement; up && memo; up = up.parentElement) memo.delete(up);
  detachedCount++;
  el.remove();
}

const anyElement = (): boolean => true;

/**
 * The elements inside `body` in document order, as body.querySelectorAll('*') lists them now.
 * Each rule used to run its own selector queries, and on linkedom every query matches the whole
 * body in JavaScript. One walk serves the run: no rule adds elements, so after removals the
 * list only loses the elements that left the body.
 */
export function bodyElements(body: Element): readonly Element[] {
  if (memo && elementsCache?.body === body) {
    if (elementsCache.detached !== detachedCount) {
      const elements = elementsCache.elements.filter((el) => body.contains(el));
      elementsCache = { body, detached: detachedCount, elements };
    }
    return elementsCache.elements;
  }
  const elements = findDescendants(body, anyElement);
  if (memo) elementsCache = { body, detached: detachedCount, elements };
  return elements;
}

/** Whitespace-collapsed text of an element. */
export function textOf(el: Element): string {
  const entry = measured(el);
  entry.text ??= (el.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
  return entry.text;
}

/** Number of words of an element's text (see words.ts). */
export function wordsOf(el: Element): number {
  const entry = measured(el);
  entry.words ??= wordsIn(textOf(el));
  return entry.words;
}

const isLink = (el: Element): boolean => tagOf(el) === 'A';

/** Share of the element's text that sits inside links (0..1). */
export function linkDensity(el: Element): number {
  const entry = measured(el);
  if (entry.linkDensity !== undefined) return entry.linkDensity;
  const total = textOf(el).length;
  let linked = 0;
  if (total > 0) for (const a of findDescendants(el, isLink)) linked += textOf(a).length;
  entry.linkDensity = total === 0 ? 0 : Math.min(1, linked / total);
  return entry.linkDensity;
}

/**
 * The paragraph-level blocks of `body` in reading order: block elements that hold text directly
 * (a <p>, an <li>, a <div> with inline content), never their block ancestors.
 */
export function leafBlocks(body: Element): readonly Element[] {
  if (memo && blocksCache?.body === body && blocksCache.detached === detachedCount) {
    return blocksCache.blocks;
  }
  const found: Element[] = [];
  const visit = (el: Element): void => {
    let hasBlockChild = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (isBlock(child)) hasBlockChild = true;
    }
    if (!hasBlockChild) {
      if (textOf(el)) found.push(el);
      return;
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (isBlock(child)) visit(child);
      else if (textOf(child)) found.push(child);
    }
  };
  visit(body);
  if (memo) blocksCache = { body, detached: detachedCount, blocks: found };
  return found;
}

/** Does a block read like body prose: long enough and ending a sentence? */
export function isProse(el: Element): boolean {
  const text = textOf(el);
  return wordsOf(el) >= 12 && linkDensity(el) < 0.5 && /[.!?。！？…"”»'’)]$/.test(text);
}

const MEDIA = new Set(['IMG', 'PICTURE', 'VIDEO', 'IFRAME']);
const isMedia = (el: Element): boolean => MEDIA.has(tagOf(el));

/** Is there an image, picture, video or frame inside the element? */
export const holdsMedia = (el: Element): boolean => findDescendant(el, isMedia) !== null;

/**
 * Does the element's text hold anything but whitespace (textOf(el) !== '')? Stops at the first
 * visible character: the parent asked about after a removal is often the whole story's wrapper.
 */
function hasText(el: Element): boolean {
  const known = memo?.get(el)?.text;
  if (known !== undefined) return known !== '';
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      if (/\S/.test((node as CharacterData).data)) return true;
    } else if (node.nodeType === 1 && hasText(node as Element)) {
      return true;
    }
  }
  return false;
}

/** Removes `el` and then any ancestors inside `body` left without text or media. */
export function removeBlock(el: Element, body: Element): void {
  let parent = el.parentElement;
  detach(el);
  while (parent && parent !== body && !hasText(parent) && !holdsMedia(parent)) {
    const next = parent.parentElement;
    detach(parent);
    parent = next;
  }
}
