import { Readability } from '@mozilla/readability';
import { isDateLine } from './clean/drop-date-lines';
import { pageBaseUrl } from './metadata/base-url';
import { findLeadImage } from './metadata/lead-image';
import { jsonLdArticle, jsonLdString, metaContent, readMetaTags } from './metadata/page-meta';
import { surveyPage } from './metadata/page-survey';
import { findPublishedTime } from './metadata/published-time';
import { titleWithoutSite } from './metadata/title-without-site';
import { copyForReadability } from './readability-copy';
import type { Article } from './types';

/** The article's metadata fields, exactly as the Article contract names them. */
type ArticleMetadata = Pick<
  Article,
  'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'dir' | 'excerpt' | 'leadImage'
>;

/** What extraction found: the article body (an element of a private clone) and its metadata. */
export interface ExtractedArticle extends ArticleMetadata {
  /** The article body. It belongs to a clone of the page, so later stages may change it. */
  body: Element;
  /** The URL relative links and images resolve against. */
  baseUrl: string;
  /** The page says it is an article: JSON-LD article, og:type article or a publication date. */
  declaresArticle: boolean;
}

export interface ExtractOptions {
  /** Pages with more elements than this are refused rather than parsed (bounds the work). */
  maxElems?: number;
}

/** Enough for the largest real news pages; far above it, Readability's time balloons. */
export const DEFAULT_MAX_ELEMS = 60_000;

/** Readability and the cleaning rules recurse over the tree; real pages stay far below this. */
const MAX_DEPTH = 400;

const clean = (value: string | null | undefined): string | null => {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
};

/**
 * A byline as the page gives it, unless it is no name: the page's date line, which Readability may
 * take for one ("Published Nov 18, 2019 at 4:07 PM | Updated …"), or an address ("article:author"
 * often holds the author's social-media page).
 */
function bylineOf(value: string | null | undefined): string | null {
  const byline = clean(value);
  return byline && !isDateLine(byline) && !/^https?:\/\//i.test(byline) ? byline : null;
}

/**
 * Runs Readability on a CLONE of `doc` (parse() rewrites the DOM it is given; the live page must
 * stay untouched) and gathers the article's metadata. Returns `{error}` when there is no article.
 */
export function extractArticle(
  doc: Document,
  url: string,
  options: ExtractOptions = {},
): ExtractedArticle | { error: string } {
  const maxElems = options.maxElems ?? DEFAULT_MAX_ELEMS;
  if (!doc.documentElement) return { error: 'empty document' };
  // One bounded walk checks both limits before anything is cloned, and finds what metadata reads.
  const survey = surveyPage(doc, maxElems, MAX_DEPTH);
  if (survey.elements > maxElems) {
    return { error: `page too large: more than ${maxElems} elements` };
  }
  if (survey.depth > MAX_DEPTH) return { error: `markup nested deeper than ${MAX_DEPTH} levels` };
  const clone = copyForReadability(doc);
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    // keepClasses: the cleaning rules read class and id; sanitize.ts drops them afterwards.
    const reader = new Readability<Element>(clone, {
      keepClasses: true,
      serializer: (node) => node as Element,
    });
    parsed = reader.parse();
  } catch (error) {
    return {
      error: `extraction failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (!parsed?.content) return { error: 'no article found' };
  const body = parsed.content;
  // Readability's textContent is the body's, read once already.
  if (!(parsed.textContent ?? '').trim()) return { error: 'no article text' };
  // From here on only the article is used, and Readability built it outside the page's tree. The
  // rest of the clone would stay reachable through body.ownerDocument through every later stage,
  // and each garbage collection meanwhile would copy it; let it go now.
  clone.documentElement?.remove();

  const ld = jsonLdArticle(survey.scripts);
  const meta = readMetaTags(survey.metas);
  const baseUrl = pageBaseUrl(survey.bases, url);
  const publishedTime = findPublishedTime(doc, meta, clean(parsed.publishedTime), ld);
  const rawDir = (parsed.dir ?? doc.documentElement.getAttribute('dir') ?? '').toLowerCase();
  const siteName =
    clean(parsed.siteName) ??
    clean(metaContent(meta, ['og:site_name', 'application-name'])) ??
    clean(jsonLdString(ld?.['publisher']));
  const title =
    clean(parsed.title) ??
    clean(metaContent(meta, ['og:title', 'twitter:title'])) ??
    clean(jsonLdString(ld?.['headline'])) ??
    '';
  return {
    body,
    title: titleWithoutSite(title, siteName, url),
    byline:
      bylineOf(parsed.byline) ??
      bylineOf(jsonLdString(ld?.['author'])) ??
      bylineOf(metaContent(meta, ['author', 'article:author'])),
    siteName,
    publishedTime,
    lang:
      clean(parsed.lang) ??
      clean(doc.documentElement.getAttribute('lang')) ??
      clean(metaContent(meta, ['content-language', 'og:locale'])),
    dir: rawDir === 'rtl' || rawDir === 'ltr' ? rawDir : null,
    excerpt: clean(parsed.excerpt),
    leadImage: findLeadImage(meta, body, baseUrl, ld),
    baseUrl,
    declaresArticle:
      ld !== null ||
      publishedTime !== null ||
      metaContent(meta, ['og:type'])?.toLowerCase() === 'article',
  };
}
