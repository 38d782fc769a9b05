/**
 * What the page says about itself: JSON-LD and microdata types, Open Graph type, publication
 * dates, paywall markup. Read with regular expressions, never JSON.parse: JSON-LD is often
 * malformed and a page may replace the JSON global (see tests/detect/bad-input.test.ts).
 */

const MAX_LD_SCRIPTS = 20;
const MAX_LD_CHARS = 200_000;

export interface PageMetadata {
  /** schema.org types named in JSON-LD and microdata (`@type`, `itemtype`). */
  types: Set<string>;
  /** og:type, lower-cased ('' when absent). */
  ogType: string;
  /** A publication date in meta tags, JSON-LD or microdata. */
  published: boolean;
  /** JSON-LD marks the content as not free (Google's paywall markup). */
  paywalled: boolean;
  /** Number of `itemprop=articleBody` / known article-body markers. */
  articleBody: boolean;
}

function meta(doc: Document, name: string): string {
  const el = doc.querySelector(`meta[property="${name}"],meta[name="${name}"]`);
  return (el?.getAttribute('content') ?? '').trim();
}

function addTypes(types: Set<string>, raw: string): void {
  // "@type": "NewsArticle" or "@type": ["Article", "NewsArticle"]
  const re = /"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g;
  let m: RegExpExecArray | null;
  let guard = 0;
  while ((m = re.exec(raw)) && guard++ < 500) {
    const names = (m[1] ?? '').match(/[A-Za-z]+/g);
    if (names) for (const n of names) types.add(n);
  }
}

/** Article-body microdata, found in the query of page-markers.ts (queryMarked). */
export const ARTICLE_BODY = '[itemprop=articleBody]';

/**
 * Read the page's self-description from `<head>` markup and schema.org annotations.
 * @param marked the page's elements from queryMarked: those that match ARTICLE_BODY among them
 */
export function readMetadata(doc: Document, marked: NodeListOf<Element>): PageMetadata {
  const types = new Set<string>();
  let published = false;
  let paywalled = false;
  let articleBody = false;
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  let budget = MAX_LD_CHARS;
  for (let i = 0; i < scripts.length && i < MAX_LD_SCRIPTS && budget > 0; i++) {
    const raw = (scripts[i]?.textContent ?? '').slice(0, budget);
    budget -= raw.length;
    addTypes(types, raw);
    if (/"datePublished"\s*:\s*"\d/.test(raw)) published = true;
    if (/"isAccessibleForFree"\s*:\s*"?false/i.test(raw)) paywalled = true;
  }
  const items = doc.querySelectorAll('[itemtype]');
  for (let i = 0; i < items.length && i < 100; i++) {
    const t = (items[i]?.getAttribute('itemtype') ?? '').match(/schema\.org\/([A-Za-z]+)/);
    if (t?.[1]) types.add(t[1]);
  }
  for (const el of marked) articleBody ||= el.matches(ARTICLE_BODY);
  if (!published) {
    published =
      !!meta(doc, 'article:published_time') || !!doc.querySelector('[itemprop=datePublished]');
  }
  return { types, ogType: meta(doc, 'og:type').toLowerCase(), published, paywalled, articleBody };
}

/** Article kinds that promise a readable text (NewsArticle and kin end in "Article"). */
export const ARTICLE_TYPES = /Article$|^(BlogPosting|LiveBlogPosting|Report|Review|Recipe)$/;
/** News stories, for isNews: NewsArticle, ReportageNewsArticle, OpinionNewsArticle... */
export const NEWS_TYPES = /NewsArticle$|^LiveBlogPosting$/;
/**
 * A page of many things, a shop item, a profile, a discussion, an event or a home for sale
 * (SingleFamilyResidence: not-article--real-estate-listing).
 */
export const NON_ARTICLE_TYPES =
  /^(Product|\w*(Offer|Event|Residence)|ItemList|CollectionPage|SearchResultsPage|ProfilePage|DiscussionForumPosting|QAPage|ImageGallery|JobPosting)$/;

export function hasType(types: Set<string>, re: RegExp): boolean {
  for (const t of types) if (re.test(t)) return true;
  return false;
}
