import { leafBlocks, removeBlock, textOf, wordsOf } from './block-stats';
import { DATE_LABEL, DATE_OR_TIME } from './page-furniture-patterns';

/** Longer than any date line a template writes ("Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: …"). */
const MAX_WORDS = 18;

/** Separators between a template's date lines ("| Updated: …"). */
const SEPARATOR = /^[\s|•·/\-–—]+/;

/**
 * The words a date line is made of besides its label: numbers and times, English month and
 * weekday names, am/pm, time zones, and the small words around them ("at", "em", "à", "alle",
 * "pukul"). Other languages' dates are mostly numbers; a line with any other word is left alone.
 */
const DATE_WORD =
  /^(?:\d[\d:.,/-]*|[ap]\.?m\.?,?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?|\d{1,2}h\d{0,2}|at|on|em|às|le|à|am|um|el|las|alle|ore|pukul|jam|den|(?:gmt|utc|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|et|ct|pt|ist|jst|wib|aest|aedt)\.?,?)$/i;

/** "Updated at 1:23 p.m.", "10:48, Tue, Nov 19, 2019": an optional label, then date words. */
function isDateSegment(segment: string): boolean {
  const text = segment.trim();
  const label = DATE_LABEL.exec(text);
  const rest = (label ? text.slice(label[0].length) : text).replace(/^[\s:]+/, '');
  return rest.split(/\s+/).every((word) => !word || DATE_WORD.test(word));
}

/**
 * A line of date segments, starting with a label: "Posted: Fri 6:45 PM | Updated: Sat 8:31 PM".
 * extract.ts asks it too, of what Readability took for a byline.
 */
export function isDateLine(text: string): boolean {
  const line = text.replace(SEPARATOR, '');
  if (!DATE_LABEL.test(line) || !DATE_OR_TIME.test(line)) return false;
  return line.split(/[|•·]/).every(isDateSegment);
}

/**
 * Lines that only say when the story was published or updated ("PUBLISHED: 10:48, Tue, Nov 19,
 * 2019", "| Updated: Sat 8:31 PM, Feb 17, 2018", "Updated at 1:23 p.m."), wherever the template
 * left them in the body: the reader shows the date in its header. trimEdges takes such lines at
 * the top; these sit after a standfirst or at the end. Fixture: dates--timestamp-lines.
 */
export function dropDateLines(body: Element): void {
  for (const block of leafBlocks(body)) {
    if (wordsOf(block) <= MAX_WORDS && isDateLine(textOf(block))) removeBlock(block, body);
  }
}
