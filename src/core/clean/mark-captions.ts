import { CAPTION_ATTRIBUTE } from '../article-text';
import { detach, textOf, wordsIn } from './block-stats';
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

/** Short text that reads like a photo credit. */
function isCreditText(text: string): boolean {
  if (!text || wordsIn(text) > 12) return false;
  return (
    LABELLED.test(text) || /^[([]?\s*©/.test(text) || (wordsIn(text) <= 6 && AGENCY_TAIL.test(text))
  );
}

export function markCaptions(body: Element): void {
  for (const el of Array.from(body.querySelectorAll('[class],[id]'))) {
    if (!body.contains(el)) continue;
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (CREDIT_CLASS.test(name) && wordsIn(textOf(el)) <= 12) detach(el);
    else if (CAPTION_CLASS.test(name) && !el.querySelector('p + p'))
      el.setAttribute(CAPTION_ATTRIBUTE, '');
  }
  for (const figure of Array.from(body.querySelectorAll('figure, figcaption'))) {
    if (
      figure.tagName.toUpperCase() === 'FIGCAPTION' ||
      figure.querySelector('img,picture,video,iframe')
    ) {
      figure.setAttribute(CAPTION_ATTRIBUTE, '');
    }
  }
  // Credits written as their own short line or span, inside or outside figures.
  for (const el of Array.from(body.querySelectorAll('p,span,small,div,em,i'))) {
    if (!body.contains(el) || el.querySelector('p,div')) continue;
    if (isCreditText(textOf(el))) detach(el);
  }
}
