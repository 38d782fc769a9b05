/**
 * The sources panel: each distinct cited source with its kind and mention count, how many are
 * anonymous, kind filters, and "jump to the next mention" for each source.
 */
import type { Source, SourceKind } from '../core/types';
import { el } from './element';
import { KIND_ORDER, KIND_STYLES } from './source-kinds';

export interface SourcesPanel {
  element: HTMLElement;
  /** Scrolls to and focuses the next mention of a source; returns its 1-based position. */
  jumpTo(sourceId: string): number;
  destroy(): void;
}

function marksOf(body: HTMLElement, sourceId: string): HTMLElement[] {
  return [...body.querySelectorAll<HTMLElement>('mark.sl-mark')].filter(
    (mark) => mark.dataset.sourceId === sourceId && !mark.classList.contains('sl-quote'),
  );
}

export function renderSourcesPanel(
  doc: Document,
  sources: Source[],
  body: HTMLElement,
  root: HTMLElement,
): SourcesPanel {
  const position = new Map<string, number>();
  const hidden = new Set<SourceKind>();
  const anonymous = sources.filter((source) => source.kind === 'anonymous').length;
  const kindsPresent = KIND_ORDER.filter((kind) => sources.some((source) => source.kind === kind));

  const summary =
    sources.length === 0
      ? 'No cited sources found in this article.'
      : `${sources.length} cited source${sources.length === 1 ? '' : 's'}` +
        (anonymous ? `, ${anonymous} anonymous` : ', none anonymous');

  const filters = el(doc, 'div', {
    class: 'sl-kind-filters',
    role: 'group',
    'aria-label': 'Show kinds',
  });
  for (const kind of kindsPresent) {
    const button = el(
      doc,
      'button',
      {
        type: 'button',
        class: `sl-chip sl-kind-${kind}`,
        'aria-pressed': 'true',
        'data-kind': kind,
      },
      [
        el(doc, 'span', {
          class: 'sl-badge',
          'aria-hidden': 'true',
          text: KIND_STYLES[kind].badge,
        }),
        KIND_STYLES[kind].plural,
      ],
    );
    button.addEventListener('click', () => {
      const show = hidden.has(kind);
      if (show) hidden.delete(kind);
      else hidden.add(kind);
      button.setAttribute('aria-pressed', String(show));
      root.classList.toggle(`sl-hide-${kind}`, !show);
    });
    filters.append(button);
  }

  const status = el(doc, 'p', { class: 'sl-jump-status', 'aria-live': 'polite' });
  const list = el(doc, 'ol', { class: 'sl-source-list' });
  for (const source of sources) {
    const count = source.mentions.length;
    const button = el(
      doc,
      'button',
      {
        type: 'button',
        class: `sl-source sl-kind-${source.kind}`,
        'data-source-id': source.id,
        title: `Jump to the mentions of ${source.name}`,
      },
      [
        el(doc, 'span', {
          class: 'sl-badge',
          'aria-hidden': 'true',
          text: KIND_STYLES[source.kind].badge,
        }),
        el(doc, 'span', { class: 'sl-source-name', text: source.name }),
        el(doc, 'span', {
          class: 'sl-source-meta',
          text: `${KIND_STYLES[source.kind].label} · ${count}×`,
        }),
      ],
    );
    button.addEventListener('click', () => {
      const at = jumpTo(source.id);
      status.textContent = at
        ? `${source.name}: mention ${at} of ${marksOf(body, source.id).length}`
        : '';
    });
    list.append(el(doc, 'li', { class: `sl-kind-${source.kind}` }, [button]));
  }

  function jumpTo(sourceId: string): number {
    const marks = marksOf(body, sourceId);
    if (marks.length === 0) return 0;
    const next = ((position.get(sourceId) ?? -1) + 1) % marks.length;
    position.set(sourceId, next);
    const mark = marks[next]!;
    for (const current of body.querySelectorAll('.sl-current'))
      current.classList.remove('sl-current');
    for (const part of marks.filter(
      (m) =>
        m.dataset.mentionIndex === mark.dataset.mentionIndex &&
        m.dataset.mentionIndex !== undefined,
    )) {
      part.classList.add('sl-current');
    }
    mark.classList.add('sl-current');
    mark.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    mark.focus({ preventScroll: true });
    return next + 1;
  }

  const element = el(
    doc,
    'section',
    { class: 'sl-sources', 'aria-labelledby': 'sl-sources-title' },
    [
      el(doc, 'h2', { id: 'sl-sources-title', class: 'sl-panel-title', text: 'Cited sources' }),
      el(doc, 'p', { class: 'sl-sources-summary', text: summary }),
      kindsPresent.length > 1 ? filters : null,
      list,
      status,
    ],
  );
  return { element, jumpTo, destroy: () => element.remove() };
}
