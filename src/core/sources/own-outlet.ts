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
  for (const outlet of outlets) {
    if (outlet.domains.some((d) => host === d || host.endsWith(`.${d}`))) {
      for (const name of outlet.names) names.add(squash(name));
    }
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
