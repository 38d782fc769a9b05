/**
 * What the URL path says. Articles live at deep, unique paths (a dated path, a long slug, a
 * numeric id); home pages at the root; section fronts, tag pages and search at short paths
 * with listing words. The words cover common CMS path conventions in several languages.
 */

export type UrlShape = 'root' | 'listing' | 'section' | 'story' | 'neutral';

const LISTING =
  /^(search|suche|recherche|buscar|tags?|topics?|themen?|categor(y|ies|ia|ie)|kategorie|rubrique|sections?|archives?|authors?|autor|auteur|page|shop|store|cart|checkout|login|account|products?|collections?|forums?|threads?|boards?|videos?|galler(y|ies)|photos)$/i;

/** Classify a page URL by its path shape. */
export function urlShape(url: string): UrlShape {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)(\?[^#]*)?/i.exec(url);
  const path = m?.[1] ?? '';
  const query = m?.[2] ?? '';
  let segs = path.split('/').filter((s) => s !== '');
  // Language prefixes (/en/, /de-at/) and index files do not make a page deeper.
  if (segs[0] && /^[a-z]{2}([-_][a-z]{2})?$/i.test(segs[0])) segs = segs.slice(1);
  const last = segs[segs.length - 1] ?? '';
  if (/^(index|default|home)(\.\w+)?$/i.test(last)) segs = segs.slice(0, -1);
  // Old CMSes name the story in the query (?idx=8576, ?p=123), even with a ?page= beside it.
  if (/[?&](p|id|idx|no|aid|article|articleid|story|newsid|nid)=\d/i.test(query)) return 'story';
  if (/[?&](q|s|query|search|keywords?|page)=/i.test(query) && !/\d{5,}/.test(path))
    return 'listing';
  if (!segs.length) return 'root';
  const slug = decodeSafe(segs[segs.length - 1] ?? '');
  // A long slug or a numeric id names one story, even under /video/ or /shop/.
  const storySlug = slug.split(/[-_+]/).length >= 4 || slug.length >= 40 || /\d{5,}/.test(slug);
  for (const s of segs) if (LISTING.test(s) && !storySlug) return 'listing';
  if (storySlug || /\d{5,}/.test(path)) return 'story';
  // A dated path with a slug after the date (not a bare /2024/05/ archive).
  if (/(^|\/)(19|20)\d\d\/\d\d?\/(\d\d?\/)?[^/]*[a-z]/i.test(segs.join('/'))) return 'story';
  if (segs.length === 1 && slug.length < 25) return 'section';
  return 'neutral';
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s).replace(/\.\w{2,5}$/, '');
  } catch {
    return s;
  }
}
