import { metaContent, type JsonObject, type MetaTags } from './page-meta';

const ISO_LIKE =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A date string as ISO 8601: kept as written when it already is, else parsed; null if neither. */
export function toIsoDate(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  if (ISO_LIKE.test(value)) return value.replace(' ', 'T');
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return null;
  const year = new Date(parsed).getUTCFullYear();
  return year > 1990 && year < 2200 ? new Date(parsed).toISOString() : null;
}

/**
 * When the article was published: JSON-LD datePublished first (the most deliberate signal),
 * then the usual meta tags, then the first <time datetime> on the page. `meta` and `ld` are the
 * page's meta tags and JSON-LD article (extract.ts reads both once). Candidates are read lazily:
 * most pages answer with the first, and a selector query over a large page is not free.
 */
export function findPublishedTime(
  doc: Document,
  meta: MetaTags,
  fromReadability: string | null,
  ld: JsonObject | null,
): string | null {
  const published = ld?.['datePublished'];
  const candidates = [
    () => (typeof published === 'string' ? published : null),
    () =>
      metaContent(meta, [
        'article:published_time',
        'datePublished',
        'og:published_time',
        'pubdate',
        'publishdate',
        'date',
        'dc.date',
        'dc.date.issued',
        'sailthru.date',
      ]),
    () => fromReadability,
    () => doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
  ];
  for (const candidate of candidates) {
    const iso = toIsoDate(candidate());
    if (iso) return iso;
  }
  return null;
}
