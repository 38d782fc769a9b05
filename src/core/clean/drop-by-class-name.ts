import { bodyElements, detach, textOf } from './block-stats';
import { findDescendant, tagOf } from './element-walk';

/**
 * Class, id and data attributes that name boilerplate in page templates across languages:
 * share and follow bars, newsletter and donation boxes, related-story rails, ad slots, cookie
 * banners, author boxes. Only boxes holding a minor share of the body text are removed, so a
 * template that puts "share" on the article wrapper cannot empty it.
 * Fixtures: appeals--donation-box, social--share-bar, bio--author-box.
 */
const BOILERPLATE = new RegExp(
  [
    'share', 'sharing', 'social', 'follow-us', 'newsletter', 'subscri', 'signup', 'sign-up',
    'donat', 'membership', 'support-us', 'support-appeal', 'appeal', 'patron', 'paywall-', 'contribut', 'paywall', 'promo', 'related', 'recommend',
    'read-?more', 'more-from', 'also-read', 'read-also', 'outbrain', 'taboola', 'advert', 'ad-slot',
    'ad-container', 'ad-wrapper', 'adsbygoogle', 'dfp', 'sponsor', 'cookie', 'consent', 'gdpr',
    'author-bio', 'author-box', 'about-author', 'bio-box', 'byline', 'breadcrumb', 'tags',
    'tag-list', 'skip-link', 'screen-reader', 'sr-only', 'visually-hidden', 'comment', 'rating',
    'print', 'toolbar', 'timestamp', 'dateline', 'published', 'updated', 'post-meta', 'entry-meta',
    'article-meta', 'credit', 'copyright', 'inline-related',
  ].join('|'),
  'i',
); // prettier-ignore

/** Words in class names that mean the element IS the article text: never drop these. */
const CONTENT = /article-?body|post-?content|entry-?content|story-?body|main-?content/i;

const isParagraph = (el: Element): boolean => tagOf(el) === 'P';

const isNamed = (el: Element): boolean =>
  el.hasAttribute('class') || el.hasAttribute('id') || el.hasAttribute('data-component');

const nameOf = (el: Element): string =>
  `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('data-component') ?? ''}`;

export function dropByClassName(body: Element): void {
  const total = textOf(body).length || 1;
  for (const el of bodyElements(body).filter(isNamed)) {
    if (!body.contains(el)) continue;
    const name = nameOf(el);
    if (!BOILERPLATE.test(name) || CONTENT.test(name)) continue;
    if (findDescendant(el, isParagraph) && textOf(el).length >= total * 0.4) continue;
    detach(el);
  }
}
