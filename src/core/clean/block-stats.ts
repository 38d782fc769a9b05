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

interface Measured {
  text?: string;
  linkDensity?: number;
}

/** The memo of the cleaning run in progress; null outside one (then nothing is cached). */
let memo: WeakMap<Element, Measured> | null = null;

/** Runs `work` with measurements memoised; cleaning is synchronous, so runs never overlap. */
export function withMeasurementMemo(work: () => void): void {
  memo = new WeakMap();
  try {
    work();
  } finally {
    memo = null;
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
  el.remove();
}

/** Whitespace-collapsed text of an element. */
export function textOf(el: Element): string {
  const entry = measured(el);
  entry.text ??= (el.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
  return entry.text;
}

/** Number of words; characters of unspaced scripts count as words too. */
export function wordsIn(text: string): number {
  const unspaced =
    text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/g)?.length ?? 0;
  const spaced = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return unspaced > spaced ? Math.ceil(unspaced / 2) : spaced;
}

/** Share of the element's text that sits inside links (0..1). */
export function linkDensity(el: Element): number {
  const entry = measured(el);
  if (entry.linkDensity !== undefined) return entry.linkDensity;
  const total = textOf(el).length;
  let linked = 0;
  if (total > 0) for (const a of Array.from(el.querySelectorAll('a'))) linked += textOf(a).length;
  entry.linkDensity = total === 0 ? 0 : Math.min(1, linked / total);
  return entry.linkDensity;
}

/**
 * The paragraph-level blocks of `body` in reading order: block elements that hold text directly
 * (a <p>, an <li>, a <div> with inline content), never their block ancestors.
 */
export function leafBlocks(body: Element): Element[] {
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
  return found;
}

/** Does a block read like body prose: long enough and ending a sentence? */
export function isProse(el: Element): boolean {
  const text = textOf(el);
  return wordsIn(text) >= 12 && linkDensity(el) < 0.5 && /[.!?。！？…"”»'’)]$/.test(text);
}

/** Removes `el` and then any ancestors inside `body` left without text or media. */
export function removeBlock(el: Element, body: Element): void {
  let parent = el.parentElement;
  detach(el);
  while (
    parent &&
    parent !== body &&
    !textOf(parent) &&
    !parent.querySelector('img,picture,video,iframe')
  ) {
    const next = parent.parentElement;
    detach(parent);
    parent = next;
  }
}
