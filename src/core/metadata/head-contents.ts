/**
 * What a document's <head> holds when it is only a head. A parser that does not supply the tags
 * HTML lets a page omit (linkedom, in the CLI) leaves the content of a page without </head> and
 * <body> in its head, where Readability reads it like a body, or fails on it.
 */
const METADATA_ELEMENTS = new Set(['title', 'meta', 'base', 'link', 'script', 'style', 'noscript', 'template']); // prettier-ignore

/** A node that belongs in a head: a metadata element, a comment, or text of only white space. */
export function isMetadataNode(node: Node): boolean {
  if (node.nodeType === 1) return METADATA_ELEMENTS.has((node as Element).localName);
  if (node.nodeType === 3) return !/\S/.test((node as Text).data);
  return node.nodeType === 8;
}

/** Does `head` hold only metadata elements, comments and blank text (no page content)? */
export function holdsOnlyMetadata(head: Element): boolean {
  for (let node = head.firstChild; node; node = node.nextSibling) {
    if (!isMetadataNode(node)) return false;
  }
  return true;
}
