import { CAPTION_ATTRIBUTE } from '../article-text';
import { bodyElements, detach, holdsMedia, textOf, wordsOf } from './block-stats';
import { findDescendant, tagOf } from './element-walk';
import { CREDIT_LABELS } from './boilerplate-words';

/**
 * Captions stay in the HTML, next to their image, but are not body text: they are tagged so
 * article-text.ts leaves them out. Photo credits ("(Image: © Agency)", "Photo: X/Getty") are
 * removed outright. Fixtures: captions--figure-credit, captions--credit-line.
 */
export { CAPTION_ATTRIBUTE };

const CAPTION_CLASS =
  /caption|image-?desc|img-?desc|photo-?desc|media-?desc|legend|wp-caption-text/i;
const CREDIT_CLASS = /credit|copyright|photographer|image-?source|photo-?source|byline-?photo/i;

const labels = CREDIT_LABELS.join('|');
/** "Photo: X", "Foto/X", "(Image: © X)", "© X". */
const LABELLED = new RegExp(`^[(\\[]?\\s*(?:${labels})s?\\s*(?:by\\s*)?[:：/©]`, 'i');
/** "X / Getty Images", "(Reuters)": an agency name closing a short line after a separator. */
const AGENCY_TAIL =
  /(?:^\(|[/|])[^/|]*?(?:getty images|afp|ap photo|associated press|reuters|epa|shutterstock|istock)\s*\)?$/i;

/**
 * Short text that reads like a photo credit. The patterns go first: nearly every line fails them
 * at its first characters, and then its words need not be counted.
 */
function isCreditLine(el: Element): boolean {
  const text = textOf(el);
  if (!text) return false;
  if (LABELLED.test(text) || /^[([]?\s*©/.test(text)) return wordsOf(el) <= 12;
  return AGENCY_TAIL.test(text) && wordsOf(el) <= 6;
}

/** The second of two sibling paragraphs: a box holding one is more than a caption. */
const followsParagraph = (el: Element): boolean => {
  const previous = el.previousElementSibling;
  return tagOf(el) === 'P' && previous !== null && tagOf(previous) === 'P';
};

const isParagraphOrDiv = (el: Element): boolean => {
  const tag = tagOf(el);
  return tag === 'P' || tag === 'DIV';
};

const isNamed = (el: Element): boolean => el.hasAttribute('class') || el.hasAttribute('id');
const FIGURES = new Set(['FIGURE', 'FIGCAPTION']);
const isFigureOrCaption = (el: Element): boolean => FIGURES.has(tagOf(el));
/** Elements a credit is written in as a line of its own. */
const LINE_TAGS = new Set(['P', 'SPAN', 'SMALL', 'DIV', 'EM', 'I']);
const isLine = (el: Element): boolean => LINE_TAGS.has(tagOf(el));

export function markCaptions(body: Element): void {
  for (const el of bodyElements(body).filter(isNamed)) {
    if (!body.contains(el)) continue;
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (CREDIT_CLASS.test(name) && wordsOf(el) <= 12) detach(el);
    else if (CAPTION_CLASS.test(name) && !findDescendant(el, followsParagraph))
      el.setAttribute(CAPTION_ATTRIBUTE, '');
  }
  for (const figure of bodyElements(body).filter(isFigureOrCaption)) {
    if (tagOf(figure) === 'FIGCAPTION' || holdsMedia(figure)) {
      figure.setAttribute(CAPTION_ATTRIBUTE, '');
    }
  }
  // Credits written as their own short line or span, inside or outside figures.
  for (const el of bodyElements(body).filter(isLine)) {
    if (!body.contains(el) || findDescendant(el, isParagraphOrDiv)) continue;
    if (isCreditLine(el)) detach(el);
  }
}
