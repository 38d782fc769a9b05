import { findSources } from '../core/sources/index';
import { decodeHtml } from './decode-html';
import type { Io } from './extract-command';
import { readInput } from './read-input';

/** `sourcelight sources`: plain text in (paragraphs separated by blank lines), {sources} out. */
export async function runSources(file: string, url: string | null, io: Io): Promise<void> {
  const text = decodeHtml(await readInput(file, io.stdin)).replace(/\r\n?/g, '\n');
  io.stdout.write(`${JSON.stringify({ sources: findSources(text, { url }) })}\n`);
}
