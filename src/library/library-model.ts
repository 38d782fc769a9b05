/**
 * What the list shows: every summary (newest first), narrowed by the search result and the site
 * and source filters, plus the selection. Plain data, so the page only renders it.
 */
import type { ArticleSummary } from '../platform/library/saved-article';

export interface Filters {
  /** Article numbers matching the search, or null when there is no search. */
  matches: Set<number> | null;
  /** A registrable domain, or '' for every site. */
  domain: string;
  /** A cited source's name (any case), or '' for every source. */
  source: string;
}

export function applyFilters(all: readonly ArticleSummary[], filters: Filters): ArticleSummary[] {
  const source = filters.source.trim().toLocaleLowerCase();
  if (!filters.matches && !filters.domain && !source) return [...all];
  return all.filter(
    (summary) =>
      (!filters.matches || filters.matches.has(summary.doc)) &&
      (!filters.domain || summary.domain === filters.domain) &&
      (!source || summary.sourceNames.some((name) => name.toLocaleLowerCase() === source)),
  );
}

/** Sites by how many articles come from them, most first, with a label. */
export function siteOptions(
  all: readonly ArticleSummary[],
): { domain: string; label: string; count: number }[] {
  const sites = new Map<string, { domain: string; label: string; count: number }>();
  for (const summary of all) {
    if (!summary.domain) continue;
    const known = sites.get(summary.domain);
    if (known) known.count++;
    else sites.set(summary.domain, { domain: summary.domain, label: summary.site, count: 1 });
  }
  return [...sites.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** The most cited source names across the library, for the source filter's suggestions. */
export function sourceSuggestions(all: readonly ArticleSummary[], limit = 300): string[] {
  const counts = new Map<string, number>();
  for (const summary of all) {
    for (const name of new Set(summary.sourceNames)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([name]) => name);
}
