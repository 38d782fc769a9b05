/**
 * Reading <meta> and JSON-LD values from the page head. Read-only: the document is never changed.
 */

/** The page's meta tags as [key, content] pairs in document order: key lower-cased, content trimmed. */
export type MetaTags = ReadonlyArray<readonly [key: string, content: string]>;

/**
 * The page's meta tags (`metas`: its <meta> elements in document order, from page-survey.ts) read
 * once: the metadata fields then ask for a handful of keys each without touching the DOM.
 */
export function readMetaTags(metas: readonly Element[]): MetaTags {
  const tags: [string, string][] = [];
  for (const meta of metas) {
    const key = (
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('itemprop') ??
      ''
    ).toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content) tags.push([key, content]);
  }
  return tags;
}

/** Content of the first meta tag (in document order) named by any of `keys` (property, name or itemprop). */
export function metaContent(tags: MetaTags, keys: string[]): string | null {
  const wanted = new Set(keys.map((key) => key.toLowerCase()));
  for (const [key, content] of tags) if (wanted.has(key)) return content;
  return null;
}

/** One object of a JSON-LD block. */
export type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every object in the page's JSON-LD blocks, @graph members included; `scripts` are the page's
 * <script> elements (page-survey.ts). Bad JSON is skipped.
 */
export function jsonLdObjects(scripts: readonly Element[]): JsonObject[] {
  const found: JsonObject[] = [];
  const collect = (value: unknown, depth: number): void => {
    if (depth > 4) return;
    if (Array.isArray(value)) value.forEach((item) => collect(item, depth + 1));
    else if (isObject(value)) {
      found.push(value);
      if ('@graph' in value) collect(value['@graph'], depth + 1);
    }
  };
  // `type` matches case-insensitively, as in CSS.
  for (const script of scripts) {
    if (script.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    const raw = script.textContent ?? '';
    if (raw.length > 200_000) continue;
    try {
      collect(JSON.parse(raw), 0);
    } catch {
      // A page's broken JSON-LD is its problem; the other signals still count.
    }
  }
  return found;
}

const ARTICLE_TYPES = /Article|BlogPosting|Report|NewsArticle/i;

/** The JSON-LD object describing the article itself, if the page's `scripts` have one. */
export function jsonLdArticle(scripts: readonly Element[]): JsonObject | null {
  for (const item of jsonLdObjects(scripts)) {
    const type = item['@type'];
    const types = Array.isArray(type) ? type : [type];
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return item;
  }
  return null;
}

/** A JSON-LD value as a string: a string itself, or the name/url/@id of an object. */
export function jsonLdString(value: unknown, field = 'name'): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return jsonLdString(value[0], field);
  if (isObject(value)) return jsonLdString(value[field]);
  return null;
}
