/** The external links the article cites, grouped by domain, most-linked domain first. */
import type { ArticleLink } from '../core/types';
import { el } from './element';

export function renderLinksPanel(doc: Document, links: ArticleLink[]): HTMLElement | null {
  const byDomain = new Map<string, ArticleLink[]>();
  for (const link of links) {
    if (!link.external || !/^https?:/i.test(link.href)) continue;
    const list = byDomain.get(link.domain) ?? [];
    if (!list.some((known) => known.href === link.href)) list.push(link);
    byDomain.set(link.domain, list);
  }
  if (byDomain.size === 0) return null;
  const groups = [...byDomain].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  );
  return el(doc, 'section', { class: 'sl-links', 'aria-labelledby': 'sl-links-title' }, [
    el(doc, 'h2', {
      id: 'sl-links-title',
      class: 'sl-panel-title',
      text: `Links out (${byDomain.size} sites)`,
    }),
    ...groups.map(([domain, list]) =>
      el(doc, 'details', { class: 'sl-link-group' }, [
        el(doc, 'summary', { text: `${domain} (${list.length})` }),
        el(
          doc,
          'ul',
          {},
          list.map((link) =>
            el(doc, 'li', {}, [
              el(doc, 'a', {
                href: link.href,
                target: '_blank',
                rel: 'noopener noreferrer',
                text: link.text.trim() || link.href,
              }),
            ]),
          ),
        ),
      ]),
    ),
  ]);
}
