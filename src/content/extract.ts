/**
 * Injected on demand (never on page load) when the user asks for the article of this tab. It runs
 * the pure core on a clone of the live DOM and hands the plain result back to the background. The
 * function lives in the content script's isolated world; the page cannot see or call it.
 */
import { runPipeline } from '../core/pipeline';
import type { ExtractResult } from '../core/types';

declare global {
  var sourcelightExtract: (() => ExtractResult) | undefined;
}

globalThis.sourcelightExtract = () => runPipeline(document, location.href);
