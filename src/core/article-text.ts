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

/** Stretches of non-whitespace; everything else between them collapses. */
const WORDS = /[^\s\u00a0\u200b]+/g;

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
    WORDS.lastIndex = 0;
    for (let match = WORDS.exec(data); match; match = WORDS.exec(data)) {
      const from = match.index;
      const word = match[0];
      if (from > previousEnd && paragraphOpen && pending === '') pending = ' ';
      let joinsPrevious = false;
      if (!paragraphOpen) {
        if (length > 0) emit('\n\n');
        paragraphOpen = true;
      } else if (pending !== '') {
        // One plain space in both texts: the previous stretch of this node simply goes on.
        joinsPrevious =
          run !== null && pending === ' ' && from === previousEnd + 1 && data[previousEnd] === ' ';
        emit(pending);
      }
      pending = '';
      if (!run) {
        run = { node, pieces: [] };
        runs.push(run);
      }
      const pieces = run.pieces;
      if (joinsPrevious)
        pieces[pieces.length - 1] = (pieces[pieces.length - 1] as number) + 1 + word.length;
      else pieces.push(length, from, word.length);
      emit(word);
      previousEnd = from + word.length;
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
