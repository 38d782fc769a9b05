/** One row of the library list: a checkbox, the title (opens the article), and what it is. */
import type { ArticleSummary } from '../platform/library/saved-article';
import { el } from '../ui/element';

const dates = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
});

export function articleHref(id: string): string {
  return `#article=${encodeURIComponent(id)}`;
}

export function describeSummary(summary: ArticleSummary): string {
  const minutes = Math.max(1, Math.round(summary.readingMinutes));
  const sources =
    summary.sourceCount === 1 ? '1 source' : `${summary.sourceCount.toLocaleString()} sources`;
  return [summary.site, dates.format(summary.savedAt), `${minutes} min read`, sources]
    .filter(Boolean)
    .join(' · ');
}

export function renderListRow(
  doc: Document,
  summary: ArticleSummary,
  selected: boolean,
  onToggle: (id: string, selected: boolean) => void,
): HTMLElement {
  const box = el(doc, 'input', {
    type: 'checkbox',
    class: 'lib-row-select',
    'aria-label': `Select “${summary.title}”`,
  });
  box.checked = selected;
  box.addEventListener('change', () => onToggle(summary.id, box.checked));
  return el(doc, 'div', { class: 'lib-row', role: 'listitem', 'data-id': summary.id }, [
    box,
    el(doc, 'div', { class: 'lib-row-text' }, [
      el(doc, 'a', { class: 'lib-row-title', href: articleHref(summary.id), text: summary.title }),
      el(doc, 'p', { class: 'lib-row-meta', text: describeSummary(summary) }),
    ]),
  ]);
}
