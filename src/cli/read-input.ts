import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from './decode-html';

/** Inputs larger than this are refused: a reader page is never this big, and parsing would crawl. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/** A user-facing failure: the CLI prints the message on one line and exits 2. */
export class UsageError extends Error {}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > MAX_INPUT_BYTES)
      throw new UsageError(`stdin: input larger than ${MAX_INPUT_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The bytes of FILE (`-` is stdin), gunzipped when the name ends in .gz or the bytes are gzip.
 * Throws UsageError with a one-line reason when the input cannot be read.
 */
async function readInput(file: string, stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? await readStream(stdin) : await readFile(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`${file}: cannot read (${code})`);
  }
  if (bytes.length > MAX_INPUT_BYTES)
    throw new UsageError(`${file}: larger than ${MAX_INPUT_BYTES} bytes`);
  if (file.endsWith('.gz') || (bytes[0] === 0x1f && bytes[1] === 0x8b)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_INPUT_BYTES });
    } catch {
      throw new UsageError(
        `${file}: not a readable gzip file (or larger than ${MAX_INPUT_BYTES} bytes unpacked)`,
      );
    }
  }
  return bytes;
}

/**
 * HTML and plain text have no NUL characters (an HTML parser turns them into U+FFFD); images,
 * PDFs and archives have them within their first bytes. Unchecked, such a file parsed to an empty
 * document ("not an article: empty document") or fed garbage to the source finder.
 */
function looksBinary(text: string): boolean {
  return text.slice(0, 1024).includes('\0');
}

/**
 * The text of FILE, decoded as decode-html.ts does (byte order mark, <meta charset>, else UTF-8).
 * Throws UsageError when it cannot be read or is binary rather than `what` (HTML, text).
 */
export async function readTextInput(
  file: string,
  stdin: NodeJS.ReadableStream,
  what: 'HTML' | 'text',
): Promise<string> {
  const text = decodeHtml(await readInput(file, stdin));
  if (looksBinary(text)) throw new UsageError(`${file}: not ${what} (binary data)`);
  return text;
}
