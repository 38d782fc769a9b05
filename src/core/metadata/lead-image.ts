import { absoluteUrl } from './base-url';
import { jsonLdString, metaContent, type JsonObject, type MetaTags } from './page-meta';

/**
 * The article's lead image: what the page declares for sharing (og:image, twitter:image, the
 * JSON-LD image), else the first image in the extracted body. Absolute, http(s) only.
 * `meta` and `ld` are the page's meta tags and JSON-LD article, read once by extract.ts.
 */
export function findLeadImage(
  meta: MetaTags,
  body: Element,
  base: string,
  ld: JsonObject | null,
): string | null {
  const candidates = [
    () => metaContent(meta, ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image']),
    () => jsonLdString(ld?.['image'], 'url'),
    () => body.querySelector('img[src]')?.getAttribute('src') ?? null,
  ];
  for (const candidate of candidates) {
    const url = absoluteUrl(candidate(), base);
    if (url && /^https?:/.test(url)) return url;
  }
  return null;
}
