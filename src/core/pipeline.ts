import { tooShortReason } from './article-minimum';
import { buildArticleText } from './article-text';
import { cleanArticle } from './clean';
import { resolveMedia } from './clean/resolve-media';
import { detectPage } from './detect';
import { extractArticle } from './extract';
import { highlightSources } from './highlight';
import { articleLinks } from './metadata/article-links';
import { readingStats } from './metadata/reading-time';
import { registrableDomain } from './metadata/registrable-domain';
import { sanitizeArticleHtml, shrinkBeforeSanitizing, type PurifierWindow } from './sanitize';
import { findSources } from './sources/index';
import type { Detection, ExtractResult } from './types';

export interface PipelineOptions {
  /** Pages with more elements than this are refused (see extract.ts). */
  maxElems?: number;
  /**
   * The window DOMPurify runs on. Defaults to the document's own window, which is right in a
   * browser; on linkedom (which DOMPurify cannot use) pass a jsdom window.
   */
  purifierWindow?: PurifierWindow;
  /**
   * Called as each stage ends, with its name; bench/extract.ts times stages with it. Core reads
   * no clock itself (it must stay free of globals).
   */
  onStage?: (stage: PipelineStage) => void;
}

/** The stages runPipeline reports to `onStage`, in order. */
export type PipelineStage = 'detect' | 'extract' | 'clean' | 'sources' | 'highlight' | 'sanitize';

const hostOf = (url: string): string => {
  try {
    return registrableDomain(new URL(url).hostname);
  } catch {
    return '';
  }
};

/**
 * The whole core: is it an article, the article itself (cleaned), its cited sources and its
 * sanitized HTML with the sources marked. `doc` is never changed: extraction works on a clone.
 * Returns `article: null` with an `error` reason when there is no article to show.
 */
export function runPipeline(
  doc: Document,
  url: string,
  options: PipelineOptions = {},
): ExtractResult {
  const stage = options.onStage ?? ((): void => {});
  const detection: Detection = detectPage(doc, url);
  stage('detect');
  const fail = (error: string): ExtractResult => ({ detection, article: null, error });
  const extracted = extractArticle(doc, url, { maxElems: options.maxElems });
  if ('error' in extracted) return fail(extracted.error);
  const { body, baseUrl } = extracted;
  stage('extract');

  cleanArticle(body, { page: doc, pageHost: hostOf(url), title: extracted.title });
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
    detection,
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
