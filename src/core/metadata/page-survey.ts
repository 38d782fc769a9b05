/**
 * One walk over the page's elements before anything is cloned: the size and depth of the tree
 * (extract.ts refuses pages past its limits) and the elements the metadata readers need. On the
 * CLI's DOM (linkedom) every getElementsByTagName walks the whole page in JavaScript: reading
 * <base>, <meta> and <script> that way took three more walks, each costing about what this one
 * does.
 */

export interface PageSurvey {
  /** Elements seen; past the limit the walk stops, so this is then limit + 1. */
  elements: number;
  /** Deepest nesting seen (the root element is 1); also stops past its limit. */
  depth: number;
  /** <base>, <meta> and <script> elements, each in document order. */
  bases: Element[];
  metas: Element[];
  scripts: Element[];
}

/**
 * A depth-first walk over the element links with one depth counter: no recursion, no list of all
 * elements, no per-node allocation. Stops as soon as either limit is passed.
 */
export function surveyPage(doc: Document, maxElements: number, maxDepth: number): PageSurvey {
  const survey: PageSurvey = { elements: 0, depth: 0, bases: [], metas: [], scripts: [] };
  const root = doc.documentElement;
  let level = 1;
  let el: Element | null = root;
  while (el) {
    survey.elements++;
    if (level > survey.depth) survey.depth = level;
    if (survey.elements > maxElements || survey.depth > maxDepth) break;
    const name = el.localName;
    if (name === 'meta') survey.metas.push(el);
    else if (name === 'script') survey.scripts.push(el);
    else if (name === 'base') survey.bases.push(el);
    const child: Element | null = el.firstElementChild;
    if (child) {
      el = child;
      level++;
      continue;
    }
    // No children: the next sibling, or the next sibling of the nearest ancestor that has one.
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      level--;
    }
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return survey;
}
