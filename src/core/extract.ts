import { Readability } from '@mozilla/readability';
import { pageBaseUrl } from './metadata/base-url';
import { findLeadImage } from './metadata/lead-image';
import { jsonLdArticle, jsonLdString, metaContent } from './metadata/page-meta';
import { findPublishedTime } from './metadata/published-time';
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

/**
 * Element count and depth of the tree, stopping past either limit. Works from the flat
 * document-order list with a depth per parent: no recursion, linear time on every DOM.
 */
function treeShape(
  doc: Document,
  maxElements: number,
  maxDepth: number,
): { elements: number; depth: number } {
  const all = doc.querySelectorAll('*');
  if (all.length > maxElements) return { elements: all.length, depth: 0 };
  const depths = new Map<Node, number>();
  let depth = 0;
  for (const el of Array.from(all)) {
    const level = (el.parentNode ? (depths.get(el.parentNode) ?? 0) : 0) + 1;
    depths.set(el, level);
    if (level > depth) depth = level;
    if (depth > maxDepth) break;
  }
  return { elements: all.length, depth };
}

const clean = (value: string | null | undefined): string | null => {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
};

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
  // One bounded walk checks both limits (linkedom's getElementsByTagName('*') returns nothing).
  const shape = treeShape(doc, maxElems, MAX_DEPTH);
  if (shape.elements > maxElems) {
    return { error: `page too large: more than ${maxElems} elements` };
  }
  if (shape.depth > MAX_DEPTH) return { error: `markup nested deeper than ${MAX_DEPTH} levels` };
  const clone = doc.cloneNode(true) as Document;
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
  if (!(body.textContent ?? '').trim()) return { error: 'no article text' };

  const ld = jsonLdArticle(doc);
  const baseUrl = pageBaseUrl(doc, url);
  const publishedTime = findPublishedTime(doc, clean(parsed.publishedTime), ld);
  const rawDir = (parsed.dir ?? doc.documentElement.getAttribute('dir') ?? '').toLowerCase();
  return {
    body,
    title:
      clean(parsed.title) ??
      clean(metaContent(doc, ['og:title', 'twitter:title'])) ??
      clean(jsonLdString(ld?.['headline'])) ??
      '',
    byline:
      clean(parsed.byline) ??
      clean(jsonLdString(ld?.['author'])) ??
      clean(metaContent(doc, ['author', 'article:author'])),
    siteName:
      clean(parsed.siteName) ??
      clean(metaContent(doc, ['og:site_name', 'application-name'])) ??
      clean(jsonLdString(ld?.['publisher'])),
    publishedTime,
    lang:
      clean(parsed.lang) ??
      clean(doc.documentElement.getAttribute('lang')) ??
      clean(metaContent(doc, ['content-language', 'og:locale'])),
    dir: rawDir === 'rtl' || rawDir === 'ltr' ? rawDir : null,
    excerpt: clean(parsed.excerpt),
    leadImage: findLeadImage(doc, body, baseUrl, ld),
    baseUrl,
    declaresArticle:
      ld !== null ||
      publishedTime !== null ||
      metaContent(doc, ['og:type'])?.toLowerCase() === 'article',
  };
}
