import { tooShortReason } from './article-minimum';
import { buildArticleText } from './article-text';
import { cleanArticle } from './clean';
import { resolveMedia } from './clean/resolve-media';
import { extractArticle } from './extract';
import { highlightSources } from './highlight';
import { articleLinks } from './metadata/article-links';
import { readingStats } from './metadata/reading-time';
import { siteOfUrl } from './metadata/registrable-domain';
import { sanitizeArticleHtml, shrinkBeforeSanitizing, type PurifierWindow } from './sanitize';
import { findSources } from './sources/index';
import type { Article } from './types';

export interface ArticleOptions {
  /** Pages with more elements than this are refused (see extract.ts). */
  maxElems?: number;
  /**
   * The window DOMPurify runs on. Defaults to the document's own window, which is right in a
   * browser; on linkedom (which DOMPurify cannot use) pass a jsdom window.
   */
  purifierWindow?: PurifierWindow;
  /**
   * Called as each stage ends, with its name; the benchmarks time stages with it. Core reads no
   * clock itself (it must stay free of globals).
   */
  onStage?: (stage: ArticleStage) => void;
}

/** The stages buildArticle reports to `onStage`, in order. */
export type ArticleStage = 'extract' | 'clean' | 'sources' | 'highlight' | 'sanitize';

/** The article, or why there is none. */
export type ArticleOutcome = { article: Article } | { article: null; error: string };

/**
 * The article of a page, ready to show: extracted, cleaned, its cited sources found and marked,
 * sanitized. runPipeline (what the CLI and the extension's extraction script call) runs detect.ts
 * first and adds its verdict; the benchmarks time this part on its own as well. `doc` is never
 * changed: extraction works on a clone.
 */
export function buildArticle(
  doc: Document,
  url: string,
  options: ArticleOptions = {},
): ArticleOutcome {
  const stage = options.onStage ?? ((): void => {});
  const fail = (error: string): ArticleOutcome => ({ article: null, error });
  const extracted = extractArticle(doc, url, { maxElems: options.maxElems });
  if ('error' in extracted) return fail(extracted.error);
  const { body, baseUrl } = extracted;
  stage('extract');

  cleanArticle(body, { page: doc, pageHost: siteOfUrl(url), title: extracted.title });
  resolveMedia(body, baseUrl);
  const mapped = buildArticleText(body);
  if (!mapped.text.trim()) return fail('no article text after cleaning');
  const tooShort = tooShortReason(mapped.text, extracted.lang, extracted.declaresArticle);
  if (tooShort) return fail(tooShort);
  stage('clean');

  const sources = findSources(mapped.text, { url, siteName: extracted.siteName });
  stage('sources');
  highlightSources(mapped, sources);
  stage('highlight');
  const purifierWindow = options.purifierWindow ?? doc.defaultView;
  const links = articleLinks(body, baseUrl, url);
  shrinkBeforeSanitizing(body);
  let html: string;
  try {
    html = sanitizeArticleHtml(body.innerHTML, purifierWindow as PurifierWindow);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  stage('sanitize');
  const { wordCount, readingMinutes } = readingStats(mapped.text);
  return {
    article: {
      title: extracted.title,
      byline: extracted.byline,
      siteName: extracted.siteName,
      publishedTime: extracted.publishedTime,
      lang: extracted.lang,
      dir: extracted.dir,
      excerpt: extracted.excerpt,
      leadImage: extracted.leadImage,
      wordCount,
      readingMinutes,
      html,
      text: mapped.text,
      sources,
      links,
    },
  };
}
