import { isWhiteSpace } from '../white-space';

/** A quoted passage: `start`/`end` include the marks, `contentStart`/`contentEnd` do not. */
export interface QuoteSpan {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
}

/** Closing marks each opening mark accepts: “curly”, "straight", «guillemets», „German“. */
const CLOSERS: Record<string, string> = {
  '“': '”',
  '„': '“”',
  '«': '»',
  '"': '"',
  '‹': '›',
};

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** The first non-space character at or after `from`, with its index. */
function nextVisible(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWhiteSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The only characters the loop below acts on: line breaks and every opening and closing mark of
 * CLOSERS. The regex engine skips the text between them (nearly all of it) much faster than a
 * loop over every character does.
 */
const MATTERS = /[\n"“”„«»‹›]/g;

/**
 * Finds quoted passages in one linear pass. A quote that reaches the end of a paragraph goes on
 * when the next paragraph opens with the same mark (the newspaper convention for quotes over
 * several paragraphs); otherwise an unclosed mark is ignored, so a stray quote never swallows the
 * rest of the text.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let open: { mark: string; start: number; continued: boolean } | null = null;
  let lastParagraphEnd = -1;
  for (let i = 0; i < text.length; i++) {
    MATTERS.lastIndex = i;
    if (!MATTERS.test(text)) break;
    i = MATTERS.lastIndex - 1;
    const ch = text[i] ?? '';
    if (ch === '\n' && text[i + 1] === '\n') {
      const next = nextVisible(text, i);
      if (open) {
        if (text[next] === open.mark) {
          open.continued = true;
          lastParagraphEnd = i;
          i = next;
          continue;
        }
        if (open.continued && lastParagraphEnd > open.start) {
          // A run of paragraphs that each opened the quote: it ends where the last one ends.
          quotes.push({ start: open.start, end: i, contentStart: open.start + 1, contentEnd: i });
        }
        open = null;
      }
      i = next - 1;
      continue;
    }
    if (open) {
      const closers = CLOSERS[open.mark] ?? '';
      if (closers.includes(ch) && (open.mark !== '"' || !isWordChar(text[i + 1]))) {
        quotes.push({ start: open.start, end: i + 1, contentStart: open.start + 1, contentEnd: i });
        open = null;
      }
      continue;
    }
    if (ch in CLOSERS) {
      // A straight quote glued to a word on its left is a closer or an inch mark, not an opener.
      if (ch === '"' && isWordChar(text[i - 1])) continue;
      open = { mark: ch, start: i, continued: false };
    }
  }
  if (open?.continued) {
    quotes.push({
      start: open.start,
      end: text.length,
      contentStart: open.start + 1,
      contentEnd: text.length,
    });
  }
  return quotes;
}
