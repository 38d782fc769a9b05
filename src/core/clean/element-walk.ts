/**
 * Descendant and ancestor searches by a plain predicate instead of a selector string.
 *
 * The rules ask such questions of every block ("is there a paragraph inside?", "is it inside a
 * pull quote?"). On linkedom each querySelector/closest call compiles its selector again and that
 * compiling was a tenth of cleaning; a predicate costs nothing to set up on any DOM.
 */

/** Upper-case tag name: HTML documents report it upper-case, other documents may not. */
export const tagOf = (el: Element): string => el.tagName.toUpperCase();

/**
 * The first element below `root` (not `root` itself) in document order that passes `test`, or
 * null. Like querySelector, it does not look inside <template> (whose content is not its
 * children in browsers, but is on linkedom).
 */
export function findDescendant(root: Element, test: (el: Element) => boolean): Element | null {
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    if (test(child)) return child;
    if (child.localName === 'template') continue;
    const found = findDescendant(child, test);
    if (found) return found;
  }
  return null;
}

/** Every element below `root` that passes `test`, in document order (as querySelectorAll). */
export function findDescendants(root: Element, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (parent: Element): void => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (test(child)) found.push(child);
      if (child.localName !== 'template') visit(child);
    }
  };
  visit(root);
  return found;
}

/** The nearest inclusive ancestor of `el` that passes `test`, or null (as closest()). */
export function findAncestor(el: Element, test: (el: Element) => boolean): Element | null {
  for (let up: Element | null = el; up; up = up.parentElement) if (test(up)) return up;
  return null;
}
