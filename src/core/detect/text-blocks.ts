/**
 * Finds the page's dominant run of readable text: the element whose paragraphs hold the most
 * prose. Articles have one such run (the story body); home pages, shops and forums spread short
 * text over many cards or posts. Visits at most MAX_BLOCKS paragraph-like nodes.
 */

/** Paragraph-like nodes read per page: far above any real article, bounds 100k-node pages. */
const MAX_BLOCKS = 1500;
/** Children inspected inside a `<br>`-separated text container (old CMS, Blogger, Korean portals). */
const MAX_BR_CHILDREN = 400;
/** Text that sits in navigation, footers and sidebars is never the story. */
const BOILER = /^(NAV|FOOTER|ASIDE|navigation|contentinfo|complementary)$/;
/** Headline links inside a container: cards in a teaser grid ("h3 > a", or "a > h3"). */
export const HEADLINE_LINKS = 'h2 a,h3 a,h4 a,a h2,a h3,a h4';
/** Inline elements (upper-case tag names: HTML documents only, see detectPage). */
const INLINE = /^(A|B|BR|I|EM|STRONG|SPAN|FONT|U|SMALL|MARK|Q|CITE|SUB|SUP|ABBR|TIME)$/;

export interface TextRun {
  /** The element holding the run, or null when the page has no prose. */
  container: Element | null;
  /** Characters of non-link paragraph text in the run (raw, not language-weighted). */
  length: number;
  /** Containers elsewhere with the same tag and class and real text: posts, comments, entries. */
  twins: number;
  /** Characters of prose in those twins. */
  twinText: number;
  /** A sample of the run's text, for script (CJK) detection and datelines. */
  sample: string;
}

interface Credit {
  value: number;
  blocks: number;
}

function linkTextLength(el: Element): number {
  let n = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < 50; i++) n += (links[i]?.textContent ?? '').trim().length;
  return n;
}

/** Text of a `<br>`-separated container: its own text nodes and inline children only. */
function brText(el: Element): { text: string; links: number; breaks: number } {
  let text = '';
  let links = 0;
  let breaks = 0;
  const kids = el.childNodes;
  for (let i = 0; i < kids.length && i < MAX_BR_CHILDREN; i++) {
    const k = kids[i];
    if (!k) continue;
    if (k.nodeType === 3) text += k.nodeValue ?? '';
    else if (k.nodeName === 'BR') breaks++;
    else if (INLINE.test(k.nodeName)) {
      const t = k.textContent ?? '';
      text += t;
      if (k.nodeName === 'A') links += t.trim().length;
    }
  }
  return { text: text.trim(), links, breaks };
}

function signature(el: Element): string {
  return el.tagName + '.' + (el.getAttribute('class') ?? '').trim();
}

/** Collect blocks, credit the containers around them, pick the best non-teaser container. */
export function findTextRun(doc: Document, weight: (sample: string) => number): TextRun {
  const credits = new Map<Element, Credit>();
  /** Per element: is it or an ancestor navigation, footer or sidebar? */
  const boiler = new Map<Element, boolean>();
  const seenBr = new Set<Element>();
  let sample = '';
  let visited = 0;

  /**
   * The same test as closest('nav,footer,aside,[role=...]'), answered once per ancestor: blocks
   * share their ancestors, and a selector query per block is what made this stage slow on DOMs
   * that compile every selector they are given (linkedom, in the CLI).
   */
  const inBoilerplate = (el: Element | null): boolean => {
    if (!el) return false;
    let known = boiler.get(el);
    if (known === undefined) {
      // Tag names are upper case and roles lower case: one pattern serves both.
      known =
        BOILER.test(el.tagName) ||
        BOILER.test(el.getAttribute('role') ?? '') ||
        inBoilerplate(el.parentElement);
      boiler.set(el, known);
    }
    return known;
  };

  /** Credit a block's text to its container (`from` 0) or its parent, and the next one up. */
  const addBlock = (block: Element, raw: string, links: number, n: number, from: number) => {
    visited++;
    // Indentation and newlines in the markup are not prose: the same page minified or
    // pretty-printed must score the same (not-article--reddit-thread-long-post).
    const text = raw.replace(/\s+/g, ' ');
    const value = text.length - links;
    // Short lines (captions, bylines, "Share") and link lists in <p> say nothing about prose.
    if (value < 30 || links > text.length / 2 || inBoilerplate(block)) return;
    if (sample.length < 400) sample += text.slice(0, 200) + ' ';
    let up: Element | null = from ? block.parentElement : block;
    for (let level = 0; level < 2 && up; level++, up = up.parentElement) {
      const c = credits.get(up);
      if (c) {
        c.value += value;
        c.blocks += n;
      } else credits.set(up, { value, blocks: n });
    }
  };

  const nodes = doc.querySelectorAll('p,pre,br');
  for (let i = 0; i < nodes.length && visited < MAX_BLOCKS; i++) {
    const node = nodes[i];
    if (!node) continue;
    if (node.tagName !== 'BR') {
      const text = (node.textContent ?? '').trim();
      addBlock(node, text, text ? linkTextLength(node) : 0, 1, 1);
      continue;
    }
    const parent = node.parentElement;
    // A <br> inside a <p> is counted with that paragraph.
    if (!parent || seenBr.has(parent) || /^(P|PRE)$/.test(parent.tagName)) continue;
    seenBr.add(parent);
    const { text, links, breaks } = brText(parent);
    // The container itself is the run: one block per line (see fixture
    // article--news-pt-br-lines).
    addBlock(parent, text, links, Math.max(1, breaks / 2), 0);
  }
  // Div-soup pages (some blog engines) put each paragraph in a bare <div>: only look there when
  // <p> and <br> found little, so that ordinary pages pay nothing (article--blog-div-paragraphs).
  if ((ranked(credits)[0]?.[1].value ?? 0) * weight(sample) < 1500) {
    const divs = doc.getElementsByTagName('div');
    for (let i = 0, n = 0; i < divs.length && n < MAX_BLOCKS; i++) {
      const div = divs[i];
      if (!div || !isLeafDiv(div)) continue;
      n++;
      const text = (div.textContent ?? '').trim();
      addBlock(div, text, text ? linkTextLength(div) : 0, 1, 1);
    }
  }
  return pickRun(credits, sample);
}

/** Containers by prose value, highest first (ties in the order they were first credited). */
function ranked(credits: Map<Element, Credit>): [Element, Credit][] {
  return [...credits].sort((a, b) => b[1].value - a[1].value);
}

/** A <div> used as a paragraph: only text and inline children. */
function isLeafDiv(div: Element): boolean {
  const kids = div.children;
  if (kids.length > 30) return false;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (k && !INLINE.test(k.tagName)) return false;
  }
  return true;
}

function pickRun(credits: Map<Element, Credit>, sample: string): TextRun {
  // Top candidates by raw prose; then discount those that are teaser grids (a headline link per
  // summary paragraph) - see fixture not-article--news-home.
  let best: Element | null = null;
  let bestValue = 0;
  for (const [el, c] of ranked(credits).slice(0, 4)) {
    // Discounts only lower a value, and candidates come from high to low: none after this one can
    // win, so their (costly) headline queries are skipped.
    if (c.value <= bestValue) break;
    const headlines = el.querySelectorAll(HEADLINE_LINKS).length;
    const adjusted = c.value * Math.max(0, 1 - (1.5 * headlines) / c.blocks);
    if (adjusted > bestValue) {
      best = el;
      bestValue = adjusted;
    }
  }
  let twins = 0;
  let twinText = 0;
  if (best) {
    const sig = signature(best);
    for (const [el, c] of credits) {
      if (el === best || c.value < 100 || signature(el) !== sig) continue;
      if (el.contains(best) || best.contains(el)) continue;
      twins++;
      twinText += c.value;
    }
  }
  return {
    container: best,
    length: bestValue,
    twins,
    twinText,
    sample,
  };
}
