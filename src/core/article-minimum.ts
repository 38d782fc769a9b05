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
