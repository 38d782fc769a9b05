import { buildArticle, type ArticleOptions, type ArticleStage } from './build-article';
import { detectPage } from './detect';
import type { ExtractResult } from './types';

export interface PipelineOptions extends Omit<ArticleOptions, 'onStage'> {
  /** Called as each stage ends, with its name (see ArticleOptions.onStage). */
  onStage?: (stage: PipelineStage) => void;
}

/** The stages runPipeline reports to `onStage`, in order. */
export type PipelineStage = 'detect' | ArticleStage;

/**
 * The whole core, as the CLI prints it: is it an article (detect.ts), and the article itself
 * (build-article.ts). `doc` is never changed. Returns `article: null` with an `error` reason when
 * there is no article to show.
 */
export function runPipeline(
  doc: Document,
  url: string,
  options: PipelineOptions = {},
): ExtractResult {
  const detection = detectPage(doc, url);
  options.onStage?.('detect');
  const outcome = buildArticle(doc, url, options);
  return outcome.article
    ? { detection, article: outcome.article }
    : { detection, article: null, error: outcome.error };
}
