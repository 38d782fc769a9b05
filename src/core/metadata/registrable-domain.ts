/**
 * The registrable domain ("site") of a host name, so that news.bbc.co.uk and www.bbc.co.uk count
 * as the same site. A small table of second-level public suffixes stands in for the full Public
 * Suffix List, which is too big to ship in the extension.
 */

/** Second-level labels that are public suffixes under many country TLDs (co.uk, com.br...). */
const GENERIC_SECOND_LEVEL = new Set([
  'co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'or', 'ne', 'go', 'gob', 'nic', 'mil', 'sch',
  'nom', 'web', 'info', 'biz', 'ltd', 'plc', 'me', 'gen', 'firm', 'in', 'lg', 'ed', 'gr',
]); // prettier-ignore

/** Country TLDs that put registrations under such second-level labels. */
const SECOND_LEVEL_COUNTRIES = new Set([
  'uk', 'jp', 'kr', 'br', 'au', 'nz', 'za', 'in', 'id', 'il', 'th', 'tr', 'mx', 'ar', 'cn', 'tw',
  'hk', 'sg', 'my', 'ph', 'pk', 'ng', 'ke', 'ua', 'eg', 'sa', 'vn', 'pe', 'co', 'ec', 've', 'uy',
  'py', 'bo', 'cr', 'do', 'gt', 'pa', 'sv', 'ni', 'hn', 'cy', 'mt', 'np', 'bd', 'lk', 'kh', 'mm',
  'ug', 'tz', 'zw', 'zm', 'gh', 'ma', 'tn', 'lb', 'jo', 'kw', 'qa', 'om', 'ae', 'bh', 'fj', 'pl',
]); // prettier-ignore

/** Lower-case host, without a leading "www." or a trailing dot. */
export function normalizeHost(host: string): string {
  return host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/** The registrable domain of `host`: "bbc.co.uk" for "news.bbc.co.uk", "cnn.com" for "edition.cnn.com". */
export function registrableDomain(host: string): string {
  const labels = normalizeHost(host).split('.');
  if (labels.length <= 2 || /^[\d.]+$/.test(host) || host.includes(':')) return labels.join('.');
  const tld = labels[labels.length - 1] as string;
  const second = labels[labels.length - 2] as string;
  const keep = SECOND_LEVEL_COUNTRIES.has(tld) && GENERIC_SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** The registrable domain of a page address; '' when `url` is not an absolute URL. */
export function siteOfUrl(url: string): string {
  try {
    return registrableDomain(new URL(url).hostname);
  } catch {
    return '';
  }
}
