/**
 * Article HTML -> DOM nodes for an extension page, through core's sanitizer every time: the HTML
 * came from a page (or an imported file) and is untrusted even if it was sanitized before. The
 * sanitized string is parsed by an inert DOMParser document (no scripts run there) and adopted,
 * so no innerHTML is ever assigned.
 */
import { sanitizeArticleHtml } from '../core/sanitize';

export function safeFragment(
  doc: Document,
  html: string,
  options: { media: boolean } = { media: true },
): DocumentFragment {
  const win = doc.defaultView;
  if (!win) throw new Error('safeFragment needs a document with a window');
  const safe = sanitizeArticleHtml(
    html,
    win as unknown as Parameters<typeof sanitizeArticleHtml>[1],
  );
  const parsed = new win.DOMParser().parseFromString(`<!doctype html><body>${safe}`, 'text/html');
  if (!options.media) {
    // Dropped while still in the inert document, so the browser never fetches them.
    for (const media of parsed.querySelectorAll('img, picture, video, audio, iframe'))
      media.remove();
    for (const figure of parsed.querySelectorAll('figure')) {
      if (!figure.textContent?.trim()) figure.remove();
    }
  }
  const fragment = doc.createDocumentFragment();
  for (const node of [...parsed.body.childNodes]) fragment.append(doc.importNode(node, true));
  return fragment;
}
