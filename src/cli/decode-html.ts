/**
 * Bytes of an HTML file to text, the way a browser picks the encoding when there is no HTTP
 * header: a byte-order mark first, then a <meta charset> or http-equiv Content-Type in the first
 * 1024 bytes, else UTF-8. Unknown labels fall back to UTF-8 rather than failing.
 */
const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

/** Labels that mean windows-1252 in browsers (WHATWG Encoding), ISO-8859-1 included. */
const WINDOWS_1252 = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'latin1',
  'l1',
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'ascii',
  'us-ascii',
  'iso-ir-100',
  'csisolatin1',
]);
/** windows-1252 bytes 0x80-0x9f (Node's TextDecoder decodes them as C1 controls instead). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(
      /[\x80-\x9f]/g,
      (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c,
    );
  }
  return out;
}

function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder('utf-8');
  }
}

/** Decode HTML bytes to a string, honouring BOM and <meta charset>, defaulting to UTF-8. */
export function decodeHtml(bytes: Uint8Array): string {
  for (const [bom, label] of BOMS) {
    if (bom.every((byte, index) => bytes[index] === byte)) {
      return decoderFor(label).decode(bytes.subarray(bom.length));
    }
  }
  let label = sniffMetaCharset(bytes) ?? 'utf-8';
  // A page that says UTF-16 in ASCII-compatible bytes is lying; browsers read it as UTF-8.
  if (label.startsWith('utf-16')) label = 'utf-8';
  if (WINDOWS_1252.has(label)) return decodeWindows1252(bytes);
  return decoderFor(label).decode(bytes);
}
