import { bodyElements, detach, textOf } from './block-stats';
import { tagOf } from './element-walk';

/**
 * Element kinds and ARIA roles that are never article prose: forms and their controls (newsletter
 * sign-ups), navigation, dialogs, complementary boxes. Fixture: chrome--nav-form-aside.
 */
const KINDS = new Set(['FORM', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'NAV', 'DIALOG']);
const ROLES = new Set(['navigation', 'dialog', 'alertdialog', 'banner', 'contentinfo', 'complementary', 'search']); // prettier-ignore

/** Each DOM call costs in a browser: most elements have no attributes, so ask that first. */
const isChrome = (el: Element): boolean =>
  KINDS.has(tagOf(el)) ||
  (el.hasAttributes() &&
    (ROLES.has(el.getAttribute('role') ?? '') ||
      el.getAttribute('aria-hidden') === 'true' ||
      el.hasAttribute('hidden')));

/** Boxes beside the text (asides, footers of the body) go when they hold a minor share of it. */
const SIDE_BOXES = new Set(['ASIDE', 'FOOTER']);
const isSideBox = (el: Element): boolean => SIDE_BOXES.has(tagOf(el));

export function dropInteractiveAndChrome(body: Element): void {
  const total = textOf(body).length || 1;
  for (const el of bodyElements(body).filter(isChrome)) {
    // aria-hidden on a large block would be a page bug, not boilerplate: keep big ones.
    if (body.contains(el) && textOf(el).length < total * 0.3) detach(el);
  }
  for (const el of bodyElements(body).filter(isSideBox)) {
    if (body.contains(el) && textOf(el).length < total * 0.3) detach(el);
  }
}
