/** Resolving the page's relative URLs the way the browser would. */

/** The base for relative URLs: the page's <base href> resolved against its URL, else the URL. */
export function pageBaseUrl(bases: readonly Element[], url: string): string {
  // The first <base> with an href counts, as in browsers (`bases` in document order).
  const base = bases.find((el) => el.hasAttribute('href'));
  const href = base?.getAttribute('href');
  if (href) {
    try {
      return new URL(href, url).href;
    } catch {
      // An unusable <base> is ignored, as browsers do.
    }
  }
  return url;
}

/** `raw` made absolute against `base`; null when it is not a usable URL. */
export function absoluteUrl(raw: string | null | undefined, base: string): string | null {
  const value = raw?.trim();
  if (!value) return null;
  try {
    return new URL(value, base).href;
  } catch {
    return null;
  }
}
