import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleToMarkdown } from '../core/markdown';
import { runPipeline } from '../core/pipeline';
import type { ExtractResult } from '../core/types';
import { formatArticleText } from './format-text';
import { nodePurifierWindow, parsePage } from './node-dom';
import type { OutputFormat } from './parse-args';
import { readTextInput } from './read-input';

export interface Io {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  stdin: NodeJS.ReadableStream;
}

/** The page's own idea of its address (canonical link, og:url), else the file's URL. */
function pageUrl(doc: Document, file: string): string {
  const declared =
    doc.querySelector('link[rel="canonical"][href]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"][content]')?.getAttribute('content');
  if (declared && /^https?:\/\//i.test(declared)) return declared;
  return file === '-' ? 'file:///dev/stdin' : pathToFileURL(resolve(file)).href;
}

/** Runs the pipeline over one input; unreadable or binary input throws UsageError. */
export async function extractFile(
  file: string,
  url: string | null,
  io: Io,
): Promise<ExtractResult> {
  const html = await readTextInput(file, io.stdin, 'HTML');
  const doc = parsePage(html);
  return runPipeline(doc, url ?? pageUrl(doc, file), { purifierWindow: nodePurifierWindow() });
}

/** Prints one result in the chosen format. */
export function printResult(
  result: ExtractResult,
  format: OutputFormat,
  url: string | null,
  io: Io,
): void {
  const { article } = result;
  if (format === 'json' || !article) {
    if (format !== 'json') io.stderr.write(`not an article: ${result.error ?? 'unknown reason'}\n`);
    else io.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  if (format === 'text') io.stdout.write(formatArticleText(article));
  else if (format === 'markdown') io.stdout.write(articleToMarkdown(article, url));
  else io.stdout.write(`${article.html}\n`);
}
