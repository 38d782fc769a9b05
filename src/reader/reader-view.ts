/**
 * The reader view inside its shadow root: the toolbar and settings above, and below them the
 * shared article view (highlighted sources, sources panel) in the only scrolling box.
 */
import type { Article } from '../core/types';
import type { ReaderSettings } from '../platform/reader-settings';
import { renderArticleView } from '../ui/article-view';
import { el } from '../ui/element';
import { applyReaderSettings } from './apply-settings';
import { createReadAloud } from './read-aloud';
import { renderReaderToolbar } from './reader-toolbar';
import { renderSettingsPanel } from './settings-panel';

export interface ReaderViewOptions {
  article: Article;
  settings: ReaderSettings;
  site: string | null;
  alwaysOpen: boolean;
  speech: SpeechSynthesis | undefined;
  onClose(): void;
  onSettingsChange(settings: ReaderSettings): void;
  onSiteChange(alwaysOpen: boolean): void;
  /** Saves the article to the library; resolves to a short confirmation. */
  onSave(): Promise<string>;
}

export interface ReaderView {
  root: HTMLElement;
  applySettings(settings: ReaderSettings): void;
  showSite(alwaysOpen: boolean): void;
  /** Moves keyboard focus into the article so arrows and space scroll it. */
  focus(): void;
  destroy(): void;
}

export function renderReaderView(shadow: ShadowRoot, options: ReaderViewOptions): ReaderView {
  const doc = shadow.ownerDocument;
  const { article } = options;
  const scroller = el(doc, 'div', { class: 'sl-scroller', tabindex: -1 });
  const articleView = renderArticleView(scroller, article, { showImages: true });
  const body = articleView.root.querySelector<HTMLElement>('.sl-article-body') ?? articleView.root;
  const readAloud = createReadAloud(doc, body, article.lang, options.speech);

  const root = el(doc, 'div', {
    class: 'sl-reader',
    role: 'dialog',
    'aria-modal': 'true',
    'aria-label': `Reader view: ${article.title}`,
    lang: article.lang ?? undefined,
  });

  const apply = (settings: ReaderSettings): void => {
    applyReaderSettings(root, settings);
    settingsPanel.show(settings);
  };
  const settingsPanel = renderSettingsPanel(doc, options.settings, (settings) => {
    applyReaderSettings(root, settings);
    options.onSettingsChange(settings);
  });
  settingsPanel.element.id = 'sl-settings';

  const toolbar = renderReaderToolbar(doc, {
    site: options.site,
    alwaysOpen: options.alwaysOpen,
    readAloud: readAloud.element,
    onClose: options.onClose,
    onToggleSettings: (open) => {
      settingsPanel.element.hidden = !open;
    },
    onSiteChange: options.onSiteChange,
    onPrint: () => doc.defaultView?.print(),
    onSave: options.onSave,
  });

  root.append(toolbar.element, settingsPanel.element, scroller);
  apply(options.settings);
  shadow.append(root);

  return {
    root,
    applySettings: apply,
    showSite: toolbar.showSite,
    focus: () => scroller.focus({ preventScroll: true }),
    destroy() {
      readAloud.destroy();
      articleView.destroy();
      root.remove();
    },
  };
}
