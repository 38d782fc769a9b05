import { findSources } from '../core/sources/index';
import type { Io } from './extract-command';
import { readTextInput } from './read-input';

/** `sourcelight sources`: plain text in (paragraphs separated by blank lines), {sources} out. */
export async function runSources(file: string, url: string | null, io: Io): Promise<void> {
  const text = (await readTextInput(file, io.stdin, 'text')).replace(/\r\n?/g, '\n');
  io.stdout.write(`${JSON.stringify({ sources: findSources(text, { url }) })}\n`);
}
