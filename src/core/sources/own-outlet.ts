import { outlets, squash } from './media-outlets';

/** Two-level public suffixes that sit under the outlet's own name ("bbc.co.uk"). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'or', 'ne']);

/** The outlet's own label in a host: "edition.cnn.com" -> "cnn", "bbc.co.uk" -> "bbc". */
function hostLabel(host: string): string {
  const labels = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  let i = labels.length - 2;
  if (i > 0 && SECOND_LEVEL.has(labels[i] ?? '') && (labels[labels.length - 1] ?? '').length === 2)
    i--;
  return labels[Math.max(0, i)] ?? '';
}

/** Each known outlet's domain with the outlet's names, squashed: built once, not per article. */
const NAMES_BY_DOMAIN = new Map<string, string[]>();
for (const outlet of outlets) {
  for (const domain of outlet.domains) {
    const names = NAMES_BY_DOMAIN.get(domain) ?? [];
    names.push(...outlet.names.map(squash));
    NAMES_BY_DOMAIN.set(domain, names);
  }
}

/** The host itself and each of its parent domains: "edition.cnn.com", "cnn.com", "com". */
function domainsOf(host: string): string[] {
  const domains = [host];
  for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
    domains.push(host.slice(dot + 1));
  }
  return domains;
}

function hostOf(url: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url.trim());
  return match?.[1] ?? '';
}

/**
 * A test for names of the article's own outlet, which is never a cited source ("told CNN" on
 * cnn.com). Uses the known outlets' domains, then the host's label and the site name.
 */
export function ownOutletMatcher(
  url?: string | null,
  siteName?: string | null,
): (name: string) => boolean {
  const host = url ? hostOf(url).toLowerCase() : '';
  const label = host ? hostLabel(host) : '';
  const names = new Set<string>();
  // A known domain is the host or one of its parents ("edition.cnn.com" is on "cnn.com").
  for (const domain of domainsOf(host)) {
    for (const name of NAMES_BY_DOMAIN.get(domain) ?? []) names.add(name);
  }
  if (siteName) names.add(squash(siteName));
  return (name: string) => {
    const key = squash(name);
    if (!key) return false;
    if (names.has(key)) return true;
    if (label.length < 3) return false;
    // "Polygraph.info" on polygraph.info, "USA Today" on usatoday.com.
    return (
      key === label ||
      (label.length >= 5 && key.startsWith(label) && key.length - label.length <= 4)
    );
  };
}
