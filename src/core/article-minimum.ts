import { scriptWeight } from './detect/script-weight';

/**
 * Readability returns whatever text it finds, even a single short paragraph (a landing page's
 * blurb, an error page, a paywall stub). Below this many Latin-equivalent characters the reader
 * would show a fragment, not an article, unless the page itself says it is an article (a short
 * news brief with JSON-LD or og:type article is still one).
 */
export const MIN_ARTICLE_CHARS = 200;

/**
 * Why `text` is too short to show as an article, or null when it is long enough or the page
 * declares itself an article. Lengths are weighted by script: a Chinese or Japanese character
 * carries about as much as 2.5 Latin ones (see detect/script-weight.ts).
 */
export function tooShortReason(
  text: string,
  lang: string | null,
  declaresArticle: boolean,
): string | null {
  if (declaresArticle) return null;
  const weighted = Math.round(text.length * scriptWeight(lang ?? '', text));
  if (weighted >= MIN_ARTICLE_CHARS) return null;
  return `too short for an article: ${weighted} of ${MIN_ARTICLE_CHARS} characters, and no article metadata`;
}

/** C0 control characters other than white space, and DEL: prose has none of them. */
// eslint-disable-next-line no-control-regex -- finding control characters is its purpose
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/**
 * Why `text` is not prose but data decoded as text (a binary file read as a page has control
 * characters every few characters), or null. A stray one or two, as a CMS may leave in a real
 * article, are allowed.
 */
export function controlCharactersReason(text: string): string | null {
  const count = text.match(CONTROL_CHARACTERS)?.length ?? 0;
  if (count <= Math.max(4, text.length / 200)) return null;
  return `not text: ${count} control characters in ${text.length}`;
}
