/**
 * The plain text of a cleaned article body, built so that every character can be traced back to
 * the DOM text node it came from. Sources are found in this text and highlight.ts uses the map to
 * put marks around the same characters in the HTML.
 */

/** One text node's share of the article text. */
export interface TextRun {
  node: Text;
  /**
   * The stretches of node.data copied into the text, as flat triples: offset in the article text,
   * offset in node.data, length. A stretch spans words joined by one plain space, the same in
   * both, so a text node of ordinary prose is usually one triple (not two numbers per character:
   * those arrays were most of this stage's garbage).
   */
  pieces: number[];
}

export interface ArticleText {
  text: string;
  runs: TextRun[];
}

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]); // prettier-ignore

/** Elements whose text is never part of what a reader reads. */
const SILENT = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'IFRAME',
  'OBJECT',
]);

/** Set by clean/mark-captions.ts: captions stay in the HTML but are not body text. */
export const CAPTION_ATTRIBUTE = 'data-sl-caption';

/**
 * Stretches of words joined by single plain spaces, the same in the article text as in the node:
 * prose is usually one stretch per text node. Any other whitespace between them collapses.
 */
const STRETCHES = /[^\s\u200b]+(?: [^\s\u200b]+)*/g;

/** Is this element a paragraph-level block (for text and for the cleaning rules)? */
export function isBlock(el: Element): boolean {
  return BLOCKS.has(el.tagName.toUpperCase());
}

/**
 * Plain text of `root`: block elements become paragraphs separated by one blank line, runs of
 * whitespace collapse to one space, <br> becomes a line break. Returns the text and the map.
 */
export function buildArticleText(root: Element): ArticleText {
  const parts: string[] = [];
  const runs: TextRun[] = [];
  let length = 0;
  let paragraphOpen = false;
  let pending: '' | ' ' | '\n' = '';

  const emit = (chunk: string): void => {
    parts.push(chunk);
    length += chunk.length;
  };
  const endParagraph = (): void => {
    paragraphOpen = false;
    pending = '';
  };
  const visitText = (node: Text): void => {
    const data = node.data;
    let run: TextRun | null = null;
    let previousEnd = 0;
    STRETCHES.lastIndex = 0;
    for (let match = STRETCHES.exec(data); match; match = STRETCHES.exec(data)) {
      const from = match.index;
      const stretch = match[0];
      if (from > previousEnd && paragraphOpen && pending === '') pending = ' ';
      if (!paragraphOpen) {
        if (length > 0) emit('\n\n');
        paragraphOpen = true;
      } else if (pending !== '') {
        emit(pending);
      }
      pending = '';
      if (!run) {
        run = { node, pieces: [] };
        runs.push(run);
      }
      run.pieces.push(length, from, stretch.length);
      emit(stretch);
      previousEnd = from + stretch.length;
    }
    if (previousEnd < data.length && paragraphOpen && pending === '') pending = ' ';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      visitText(node as Text);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SILENT.has(tag) || el.hasAttribute('hidden') || el.hasAttribute(CAPTION_ATTRIBUTE)) return;
    if (tag === 'BR') {
      if (paragraphOpen) pending = '\n';
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) endParagraph();
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
    if (block) endParagraph();
  };
  visit(root);
  return { text: parts.join(''), runs };
}

/** Plain text of an element the same way buildArticleText does it, without the map. */
export function blockText(root: Element): string {
  return buildArticleText(root).text;
}
