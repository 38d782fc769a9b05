/**
 * Everything the popup shows when there is no article to show yet: loading, "not an article",
 * pages the browser does not let extensions read, a missing site permission, and errors.
 */
import type { ArticleProblemCode } from '../src/messages';
import { el } from '../src/ui/element';
import { popupElements } from './popup-elements';

const { state, content } = popupElements;

function show(...children: (Node | null)[]): void {
  content.replaceChildren();
  state.replaceChildren(...children.filter((child): child is Node => child !== null));
}

function action(label: string, onClick: () => void, primary = false): HTMLButtonElement {
  const button = el(document, 'button', {
    type: 'button',
    class: primary ? 'sl-primary' : undefined,
    text: label,
  });
  button.addEventListener('click', onClick);
  return button;
}

/** Loading, with a note once it takes long (a huge page). */
export function showLoading(): () => void {
  const note = el(document, 'p', { text: 'Reading the article…' });
  show(
    el(document, 'div', {
      class: 'sl-progress',
      role: 'progressbar',
      'aria-label': 'Reading the article',
    }),
    note,
  );
  const timer = setTimeout(() => {
    note.textContent = 'Still reading: this is a large page…';
  }, 1500);
  return () => clearTimeout(timer);
}

export function showNotArticle(tryAnyway: () => void, reason?: string): void {
  show(
    el(document, 'h2', { text: 'This page does not look like an article' }),
    el(document, 'p', {
      text:
        reason ??
        'Sourcelight found no article here: it looks like a home page, a list, a shop or an app.',
    }),
    action('Try anyway', tryAnyway, true),
  );
}

const EXPLANATIONS: Record<
  Exclude<ArticleProblemCode, 'permission' | 'not-article'>,
  { title: string; text: string }
> = {
  restricted: {
    title: 'Sourcelight cannot read this page',
    text: 'Browsers keep their own pages (settings, new tab, the web store, the PDF viewer) and, unless you allow it, local files out of reach of every extension. Open a news article on the web and try again.',
  },
  gone: { title: 'The tab has changed', text: 'The tab was closed or went to another page.' },
  failed: { title: 'Something went wrong', text: 'Sourcelight could not read this page.' },
};

export function showProblem(
  code: ArticleProblemCode,
  message: string,
  handlers: { retry: () => void; grant: (() => void) | null },
): void {
  if (code === 'permission' && handlers.grant) {
    show(
      el(document, 'h2', { text: 'Allow Sourcelight on this site' }),
      el(document, 'p', {
        text: 'Firefox asks you to allow each site before an extension may read it.',
      }),
      action('Allow on this site', handlers.grant, true),
    );
    return;
  }
  const explanation = EXPLANATIONS[code === 'permission' ? 'failed' : code];
  show(
    el(document, 'h2', { text: explanation.title }),
    el(document, 'p', { text: explanation.text }),
    code === 'failed' ? el(document, 'p', { class: 'sl-detail', text: message }) : null,
    code === 'restricted' ? null : action('Retry', handlers.retry, true),
  );
}

export function clearState(): void {
  state.replaceChildren();
}
