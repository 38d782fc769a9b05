import {
  bodyElements,
  detach,
  isProse,
  leafBlocks,
  linkDensity,
  removeBlock,
  textOf,
  wordsOf,
} from './block-stats';
import { findDescendants, tagOf } from './element-walk';
import { registrableDomain } from '../metadata/registrable-domain';
import type { CleaningContext } from './cleaning-rule';
import { isLeadInLabel, startsWithLeadIn } from './boilerplate-words';

/**
 * "Read also" / "Related" / "More from" link lists and one-line teasers for other stories.
 * Evidence is structural first: a short lead-in label followed by link-heavy blocks, a line
 * that starts with such a label and is mostly a link, a list whose every item is a link, or a
 * paragraph that is nothing but one link to the same site.
 * Fixtures: related--read-also-list, related--inline-teaser.
 */
export function dropRelatedLinks(body: Element, { pageHost }: CleaningContext): void {
  const blocks = leafBlocks(body);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Element;
    if (!body.contains(block)) continue;
    const text = textOf(block);
    if (isLeadInLabel(text)) {
      // The label and the link-heavy blocks right after it.
      let j = i + 1;
      while (j < blocks.length && linkDensity(blocks[j] as Element) >= 0.5) j++;
      if (j > i + 1) {
        for (let k = i; k < j; k++) removeBlock(blocks[k] as Element, body);
        i = j - 1;
      }
      continue;
    }
    if (startsWithLeadIn(text) && (linkDensity(block) >= 0.3 || wordsOf(block) <= 14)) {
      removeBlock(block, body);
      continue;
    }
    if (isSameSiteTeaser(block, pageHost)) removeBlock(block, body);
  }
  const lastProse = lastWhere(leafBlocks(body), isProse);
  for (const list of bodyElements(body).filter(isList)) {
    if (!body.contains(list) || !isLinkList(list)) continue;
    // A link list inside the text may be the story's own list of sources: only lists after the
    // last paragraph, or lists of links to the site itself, are "more stories".
    const trailing = !lastProse || (lastProse.compareDocumentPosition(list) & 4) !== 0;
    if (trailing || allSameSite(list, pageHost)) detach(list);
  }
}

/** The last element of `list` that passes `test`: only the last paragraph is asked for. */
function lastWhere(list: readonly Element[], test: (el: Element) => boolean): Element | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i] as Element)) return list[i];
  return undefined;
}

const LISTS = new Set(['UL', 'OL']);
const isList = (el: Element): boolean => LISTS.has(tagOf(el));

const isHyperlink = (el: Element): boolean => tagOf(el) === 'A' && el.hasAttribute('href');

function allSameSite(el: Element, pageHost: string): boolean {
  const links = findDescendants(el, isHyperlink);
  return (
    links.length > 0 && links.every((link) => isSameSite(link.getAttribute('href') ?? '', pageHost))
  );
}

function isSameSite(href: string, pageHost: string): boolean {
  if (!pageHost || href.startsWith('#')) return false;
  try {
    return registrableDomain(new URL(href, `https://${pageHost}/`).hostname) === pageHost;
  } catch {
    return false;
  }
}

/** A paragraph made of one link to another page of the same site. */
function isSameSiteTeaser(block: Element, pageHost: string): boolean {
  if (!pageHost || wordsOf(block) < 3 || linkDensity(block) < 0.9) return false;
  const links = findDescendants(block, isHyperlink);
  if (links.length !== 1) return false;
  return isSameSite(links[0]?.getAttribute('href') ?? '', pageHost);
}

/** A list of at least two items where every item is essentially a link. */
function isLinkList(list: Element): boolean {
  const items = Array.from(list.children).filter((child) => child.tagName.toUpperCase() === 'LI');
  if (items.length < 2) return false;
  return (
    items.every((item) => textOf(item) === '' || linkDensity(item) >= 0.7) &&
    linkDensity(list) >= 0.7
  );
}
