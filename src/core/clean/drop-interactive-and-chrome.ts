import { detach, textOf } from './block-stats';

/**
 * Element kinds and ARIA roles that are never article prose: forms and their controls (newsletter
 * sign-ups), navigation, dialogs, complementary boxes. Fixture: chrome--nav-form-aside.
 */
const KINDS =
  'form,button,input,select,textarea,nav,dialog,[role="navigation"],[role="dialog"],[role="alertdialog"],[role="banner"],[role="contentinfo"],[role="complementary"],[role="search"],[aria-hidden="true"],[hidden]';

/** Boxes beside the text (asides, footers of the body) go when they hold a minor share of it. */
const SIDE_BOXES = 'aside,footer';

export function dropInteractiveAndChrome(body: Element): void {
  const total = textOf(body).length || 1;
  for (const el of Array.from(body.querySelectorAll(KINDS))) {
    // aria-hidden on a large block would be a page bug, not boilerplate: keep big ones.
    if (body.contains(el) && textOf(el).length < total * 0.3) detach(el);
  }
  for (const el of Array.from(body.querySelectorAll(SIDE_BOXES))) {
    if (body.contains(el) && textOf(el).length < total * 0.3) detach(el);
  }
}
