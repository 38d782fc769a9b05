import { controlCharactersReason, tooShortReason } from './article-minimum';
import { buildArticleText } from './article-text';
import { cleanArticle } from './clean';
import { resolveMedia } from './clean/resolve-media';
import { restoreTableParts } from './clean/restore-table-parts';
import { extractArticle, type ExtractedArticle } from './extract';
import { highlightSources } from './highlight';
import { articleLinks } from './metadata/article-links';
import { readingStats } from './metadata/reading-time';
import { siteOfUrl } from './metadata/registrable-domain';
import {
  NO_PURIFIER,
  purifierFor,
  sanitizeAndAnnotate,
  shrinkBeforeSanitizing,
  type PurifierWindow,
} from './sanitize';
import { findSources } from './sources/index';
import type { Article, Source } from './types';

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
export type ArticleStage =
  'extract' | 'clean' | 'sanitize' | 'text' | 'sources' | 'highlight' | 'serialize';

/** The article's text and sources, or why there is no article. */
type AnnotatedText = { text: string; sources: Source[] };

/**
 * Reads the text of the sanitized body, refuses it when it is too short, finds its cited sources
 * and marks them in the body. Returns the reason when there is no article.
 */
function annotateText(
  body: Element,
  url: string,
  extracted: Pick<ExtractedArticle, 'lang' | 'declaresArticle' | 'siteName'>,
  stage: (stage: ArticleStage) => void,
): AnnotatedText | string {
  const mapped = buildArticleText(body);
  if (!mapped.text.trim()) return 'no article text after cleaning';
  const notArticle =
    controlCharactersReason(mapped.text) ??
    tooShortReason(mapped.text, extracted.lang, extracted.declaresArticle);
  if (notArticle) return notArticle;
  stage('text');
  const sources = findSources(mapped.text, { url, siteName: extracted.siteName });
  stage('sources');
  highlightSources(mapped, sources);
  stage('highlight');
  return { text: mapped.text, sources };
}

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
  restoreTableParts(body);
  const links = articleLinks(body, baseUrl, url);
  shrinkBeforeSanitizing(body);
  stage('clean');

  // The text, its sources and their marks come from the sanitized tree: the text is then exactly
  // what the HTML shows, and DOMPurify does not have to check the marks (see sanitize.ts).
  const purifierWindow = (options.purifierWindow ?? doc.defaultView) as PurifierWindow;
  if (!purifierFor(purifierWindow)) return fail(NO_PURIFIER);
  const { html, value: annotated } = sanitizeAndAnnotate(
    body.innerHTML,
    purifierWindow,
    (sanitized) => {
      stage('sanitize');
      return annotateText(sanitized, url, extracted, stage);
    },
  );
  stage('serialize');
  if (typeof annotated === 'string') return fail(annotated);
  const { text, sources } = annotated;
  const { wordCount, readingMinutes } = readingStats(text);
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
      text,
      sources,
      links,
    },
  };
}
