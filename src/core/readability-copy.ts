import { holdsOnlyMetadata } from './metadata/head-contents';

/**
 * The copy of the page that Readability reads. Readability changes the document it is given, so
 * it never gets the page itself (extract.ts). A page's <head> is mostly what Readability reads
 * nothing from: scripts, styles, preloads and other <link>s, comments and the white space between
 * them, yet Readability walks it with the body. The copy leaves those out of the head.
 * Readability removes scripts and styles first thing, never reads a <link>, and reads the head
 * only for its <title>, <meta> and JSON-LD, which stay. On the corpus its whole result (the
 * article and every metadata field) was the same for all 88 pages, and copying plus Readability
 * took 2-3.5% less time per page, side by side
 * (tests/extract/readability-copy.test.ts checks the sameness on our fixtures).
 *
 * The body is copied whole: its scripts are only ~2% of its nodes, and skipping them would need a
 * walk of our own instead of the DOM's own deep copy.
 */

/** Head elements Readability only removes (scripts and styles) or never reads (links). */
const UNREAD_IN_HEAD = new Set(['script', 'style', 'link']);

/** JSON-LD, which Readability reads its metadata from (any JSON type, to be generous). */
const JSON_TYPE = /json/i;

/**
 * A head child that Readability's result cannot depend on. Not one followed by a <noscript>:
 * Readability looks at the element before each <noscript> for an image to replace.
 */
function isUnread(node: Node): boolean {
  // Comments, and text, which in a head of only metadata is blank.
  if (node.nodeType === 8 || node.nodeType === 3) return true;
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  if (!UNREAD_IN_HEAD.has(el.localName)) return false;
  if (el.localName === 'script' && JSON_TYPE.test(el.getAttribute('type') ?? '')) return false;
  return el.nextElementSibling?.localName !== 'noscript';
}

function copyHead(head: Element, into: Document): Element {
  const copy = into.importNode(head, false);
  for (let node = head.firstChild; node; node = node.nextSibling) {
    if (!isUnread(node)) copy.appendChild(into.importNode(node, true));
  }
  return copy;
}

/**
 * A copy of `doc` for Readability: the same document, without what its head holds that
 * Readability never reads. A document that is not <html> starting with a <head> of only
 * metadata is copied whole.
 */
export function copyForReadability(doc: Document): Document {
  const root = doc.documentElement;
  const head = root?.firstElementChild;
  if (root?.localName !== 'html' || head?.localName !== 'head' || !holdsOnlyMetadata(head)) {
    return doc.cloneNode(true) as Document;
  }
  // Every node is copied into the new document (importNode), not beside the page (cloneNode):
  // in a browser an <img> copied into the page's own document starts loading, even a lazy one the
  // page has not loaded.
  const copy = doc.cloneNode(false) as Document;
  // childNodes, not nextSibling: linkedom gives its doctype no next sibling.
  for (const node of Array.from(doc.childNodes)) {
    // Text beside the root element: linkedom keeps the page's line breaks there, and a browser's
    // DOM refuses text in a document.
    if (node.nodeType === 3) continue;
    if (node !== root) {
      copy.appendChild(copy.importNode(node, true));
      continue;
    }
    const rootCopy = copy.importNode(root, false);
    for (let child = root.firstChild; child; child = child.nextSibling) {
      rootCopy.appendChild(child === head ? copyHead(head, copy) : copy.importNode(child, true));
    }
    copy.appendChild(rootCopy);
  }
  return copy;
}
