/**
 * The one element the reader adds to a page: a host appended to <html>, holding a CLOSED shadow
 * root. The page's CSS cannot reach inside and its scripts cannot read or drive the reader
 * (host.shadowRoot is null for them). Removing the host removes every node the reader made, so
 * the page's markup afterwards is exactly what it was. No page element is ever touched.
 */
export interface ReaderHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  remove(): void;
}

/** Our element name; a custom-element name so attachShadow is allowed and no page CSS expects it. */
export const READER_HOST_TAG = 'sourcelight-reader';

/** Printing while the reader is open prints the article alone, not the page behind it. */
const PRINT_ONLY_READER = `@media print { html > :not(${READER_HOST_TAG}) { display: none !important; } }`;

function addPrintSheet(doc: Document): () => void {
  const win = doc.defaultView;
  // A constructed sheet adopted by the document: it is not a node, so the page's markup does not
  // change; it is dropped again on close.
  try {
    if (!win || !('adoptedStyleSheets' in doc)) return () => undefined;
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(PRINT_ONLY_READER);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((known) => known !== sheet);
    };
  } catch {
    // Without constructable sheets printing shows the page under the reader; nothing breaks.
    return () => undefined;
  }
}

export function createReaderHost(doc: Document, css: string): ReaderHost {
  const host = doc.createElement(READER_HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
  // Key presses inside the reader are the reader's: the page's shortcuts must not act on them.
  const keep = (event: Event): void => event.stopPropagation();
  for (const type of ['keydown', 'keyup', 'keypress'] as const) host.addEventListener(type, keep);
  doc.documentElement.append(host);
  const removePrintSheet = addPrintSheet(doc);
  return {
    host,
    shadow,
    remove() {
      removePrintSheet();
      host.remove();
    },
  };
}
