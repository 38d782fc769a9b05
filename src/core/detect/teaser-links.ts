/**
 * Headline-length links outside the story body. Home pages, section fronts, tag pages and
 * search results are made of them; an article has a few (related stories, most read).
 */

/** Links read per page: enough for the largest home pages, bounds 100k-node pages. */
const MAX_LINKS = 2500;

export interface TeaserLinks {
  count: number;
  /** Characters of headline link text. */
  length: number;
}

/** Count links whose text is headline-long (minChars and more) and that lie outside `body`. */
export function countTeaserLinks(
  doc: Document,
  body: Element | null,
  minChars: number,
): TeaserLinks {
  const links = doc.getElementsByTagName('a');
  let count = 0;
  let length = 0;
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const a = links[i];
    if (!a) continue;
    const n = (a.textContent ?? '').trim().length;
    if (n < minChars || n > 300) continue;
    if (body && body.contains(a)) continue;
    count++;
    length += n;
  }
  return { count, length };
}
