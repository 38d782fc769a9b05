/**
 * The article as Sourcelight shows it, shared by the popup, the reader view and the library: the
 * title block, the cleaned body with every cited source highlighted, and beside it the sources
 * panel, the legend and the links out.
 */
import type { Article } from '../core/types';
import { renderArticleHeader } from './article-header';
import { el } from './element';
import { renderLegend } from './legend';
import { renderLinksPanel } from './links-panel';
import { safeFragment } from './safe-fragment';
import { KIND_STYLES, isSourceKind } from './source-kinds';
import { attachSourceTooltip } from './source-tooltip';
import { renderSourcesPanel, type SourcesPanel } from './sources-panel';

export interface ArticleViewOptions {
  showImages: boolean;
}

export interface ArticleView {
  root: HTMLElement;
  panel: SourcesPanel;
  destroy(): void;
}

/** Makes every source mark reachable by keyboard and named for screen readers. */
function prepareMarks(body: HTMLElement, article: Article): void {
  const byId = new Map(article.sources.map((source) => [source.id, source]));
  for (const mark of body.querySelectorAll<HTMLElement>('mark.sl-mark')) {
    const source = byId.get(mark.dataset.sourceId ?? '');
    const kind = source?.kind ?? mark.dataset.kind;
    if (!source || !isSourceKind(kind)) {
      // A mark the sources list does not know (stale or forged): show it as plain text.
      mark.replaceWith(...mark.childNodes);
      continue;
    }
    mark.tabIndex = mark.classList.contains('sl-quote') ? -1 : 0;
    mark.setAttribute(
      'aria-label',
      `${mark.textContent ?? ''} (${source.name}, ${KIND_STYLES[kind].spoken})`,
    );
  }
}

export function renderArticleView(
  mount: HTMLElement,
  article: Article,
  options: ArticleViewOptions,
): ArticleView {
  const doc = mount.ownerDocument;
  const body = el(doc, 'div', {
    class: 'sl-article-body',
    lang: article.lang ?? undefined,
    dir: article.dir ?? undefined,
  });
  body.append(safeFragment(doc, article.html, { media: options.showImages }));
  prepareMarks(body, article);

  const root = el(doc, 'div', { class: 'sl-view' });
  const panel = renderSourcesPanel(doc, article.sources, body, root);
  const kinds = [...new Set(article.sources.map((source) => source.kind))];
  const main = el(
    doc,
    'article',
    { class: 'sl-article', lang: article.lang ?? undefined, dir: article.dir ?? undefined },
    [renderArticleHeader(doc, article), body],
  );
  const aside = el(doc, 'aside', { class: 'sl-side', 'aria-label': 'About this article' }, [
    panel.element,
    kinds.length ? renderLegend(doc, kinds) : null,
    renderLinksPanel(doc, article.links),
  ]);
  root.append(main, aside);
  mount.append(root);
  const byId = new Map(article.sources.map((source) => [source.id, source]));
  const detachTooltip = attachSourceTooltip(main, (id) => (id ? byId.get(id) : undefined));
  return {
    root,
    panel,
    destroy() {
      detachTooltip();
      root.remove();
    },
  };
}
