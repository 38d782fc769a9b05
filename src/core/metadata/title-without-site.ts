import { siteOfUrl } from './registrable-domain';

/** The separators templates put between a headline and the site: " - ", " | ", " – ", " :: ". */
const SEPARATOR = /\s+(?:[-|–—·•]|::)\s+/gu;

/** Letters and digits only, lower case: "TheHill", "The Hill" and "thehill.com" compare alike. */
const squash = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The page title without the site's name after it ("Nadal keeps Spain alive - Sportsnet.ca",
 * "… | TheHill", "… - Remember 80/90 - Memorabilia anni 80/90"): the reader shows the site
 * apart. Only a tail that is the site's name or its domain goes ("… | Editorial" stays), and
 * never the whole title.
 */
export function titleWithoutSite(title: string, siteName: string | null, url: string): string {
  const domain = siteOfUrl(url);
  const names = new Set(
    [siteName ?? '', domain, domain.split('.')[0] ?? ''].map(squash).filter(Boolean),
  );
  if (!names.size) return title;
  for (const separator of title.matchAll(SEPARATOR)) {
    const headline = title.slice(0, separator.index).trim();
    const tail = squash(title.slice(separator.index + separator[0].length));
    if (headline && names.has(tail)) return headline;
  }
  return title;
}
