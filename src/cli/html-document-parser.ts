import { parse, type DefaultTreeAdapterMap } from 'parse5';

/**
 * A DOMParser for jsdom that builds the document from parse5's tree in one pass.
 *
 * DOMPurify parses every article with its window's DOMParser. jsdom's own DOMParser runs the very
 * same parser (parse5), but grows each text node one token at a time (a word, then a space...),
 * and every growth is a DOM mutation with its bookkeeping: that made sanitizing the costliest
 * stage of the CLI after Readability (bench/extract.ts). Here parse5 builds its own plain tree
 * and the jsdom document is made from it with one DOM call per node.
 *
 * The document is the one jsdom would build: same parser and version, scripting disabled as in a
 * DOMParser document. Anything outside plain HTML elements (SVG, MathML, templates, namespaced
 * attributes, names the DOM API refuses) goes to jsdom's own DOMParser instead, as does every
 * other MIME type; tests/cli/html-document-parser.test.ts checks that sanitizing gives the same
 * output both ways.
 */

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type ElementNode = DefaultTreeAdapterMap['element'];

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** The tree holds something only jsdom's own parser reproduces faithfully. */
class NotPlainHtml extends Error {}

interface DomParserLike {
  parseFromString(markup: string, type: DOMParserSupportedType): Document;
}

/** What the parser needs from a jsdom window. */
export interface ParserWindow {
  document: Document;
  DOMParser: new () => DomParserLike;
}

function isElement(node: ChildNode): node is ElementNode {
  return 'tagName' in node;
}

function appendChildren(doc: Document, from: ParentNode, into: Node): void {
  for (const node of from.childNodes) {
    if (node.nodeName === '#text' && 'value' in node) {
      into.appendChild(doc.createTextNode(node.value));
    } else if (node.nodeName === '#comment' && 'data' in node) {
      into.appendChild(doc.createComment(node.data));
    } else if (isElement(node)) {
      into.appendChild(toElement(doc, node));
    } else {
      throw new NotPlainHtml(node.nodeName);
    }
  }
}

function toElement(doc: Document, node: ElementNode): Element {
  if (node.namespaceURI !== HTML_NAMESPACE || node.tagName === 'template') {
    throw new NotPlainHtml(node.tagName);
  }
  const el = doc.createElement(node.tagName);
  for (const attr of node.attrs) {
    if (attr.namespace) throw new NotPlainHtml(attr.name);
    el.setAttribute(attr.name, attr.value);
  }
  appendChildren(doc, node, el);
  return el;
}

/** Per window, an HTML document without any node, to be copied. */
const blanks = new WeakMap<ParserWindow, Document>();

/**
 * A new, empty HTML document (no doctype, as in a DOMParser document made from markup without
 * one). A shallow copy of a kept empty document: createHTMLDocument also builds a doctype, head,
 * title and body, only to have them thrown away, and cost a tenth of the whole parse.
 */
function blankDocument(win: ParserWindow): Document {
  let blank = blanks.get(win);
  if (!blank) {
    blank = win.document.implementation.createHTMLDocument();
    blank.replaceChildren();
    blanks.set(win, blank);
  }
  return blank.cloneNode(false) as Document;
}

/** The HTML document parse5 makes of `markup`, rebuilt in `win`; null when it is not plain. */
function rebuild(win: ParserWindow, markup: string): Document | null {
  const tree = parse(markup, { scriptingEnabled: false });
  const html = tree.childNodes.find(
    (node): node is ElementNode => isElement(node) && node.tagName === 'html',
  );
  if (!html) return null;
  const doc = blankDocument(win);
  const root = doc.appendChild(doc.createElement('html'));
  try {
    for (const attr of html.attrs) {
      if (attr.namespace) return null;
      root.setAttribute(attr.name, attr.value);
    }
    appendChildren(doc, html, root);
  } catch (error) {
    // createElement and setAttribute refuse some names the HTML parser accepts.
    if (
      error instanceof NotPlainHtml ||
      (error as Error | null)?.name === 'InvalidCharacterError'
    ) {
      return null;
    }
    throw error;
  }
  return doc;
}

/** A DOMParser class for `win` that takes the fast path for text/html. */
export function fastHtmlDomParser(win: ParserWindow): new () => DomParserLike {
  const JsdomParser = win.DOMParser;
  return class HtmlDocumentParser {
    parseFromString(markup: string, type: DOMParserSupportedType): Document {
      const doc = type === 'text/html' ? rebuild(win, markup) : null;
      return doc ?? new JsdomParser().parseFromString(markup, type);
    }
  };
}
