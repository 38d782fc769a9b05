import { holdsOnlyMetadata, isMetadataNode } from '../core/metadata/head-contents';

/**
 * HTML lets a page leave out <html>, <head> and <body> and their end tags, and a browser's parser
 * supplies them. linkedom's does not: without <html> the page's elements end up side by side at
 * the top of the document, and without </head> and <body> its content stays in the head.
 * Readability finds no article in either. This gives such a page the shape a browser would: the
 * metadata before the page's first content in <head>, everything from that content on in <body>.
 * A page that has a <body> and a head of only metadata, as nearly every page does, is left as it
 * is; so is a frameset page.
 */
export function supplyOmittedTags(doc: Document): void {
  const first = doc.documentElement;
  if (!first) return;
  const html = first.localName === 'html' ? first : wrapInHtml(doc);
  const head = childNamed(html, 'head');
  const body = childNamed(html, 'body');
  if (childNamed(html, 'frameset') || (body && (!head || holdsOnlyMetadata(head)))) return;

  // The page's nodes in document order, as if the head and body tags were not there. Loops, not
  // spread arguments: a page can have a hundred thousand nodes at the top.
  const nodes: Node[] = [];
  for (const node of Array.from(html.childNodes)) {
    if (node === head || node === body) {
      for (const child of Array.from(node.childNodes)) nodes.push(child);
    } else {
      nodes.push(node);
    }
  }
  const newHead = head ?? doc.createElement('head');
  const newBody = body ?? doc.createElement('body');
  let inHead = true;
  for (const node of nodes) {
    inHead &&= isMetadataNode(node);
    (inHead ? newHead : newBody).appendChild(node);
  }
  html.replaceChildren(newHead, newBody);
}

function childNamed(parent: Element, name: string): Element | null {
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
    if (el.localName === name) return el;
  }
  return null;
}

/** An <html> element holding every node of the document but its doctype. */
function wrapInHtml(doc: Document): Element {
  const nodes = Array.from(doc.childNodes).filter((node) => node.nodeType !== 10);
  const html = doc.createElement('html');
  for (const node of nodes) html.appendChild(node);
  doc.appendChild(html);
  return html;
}
