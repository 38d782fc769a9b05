/**
 * Bytes of an HTML file to text, the way a browser picks the encoding when there is no HTTP
 * header: a byte-order mark first, then a <meta charset> or http-equiv Content-Type in the first
 * 1024 bytes, else UTF-8. Unknown labels fall back to UTF-8 rather than failing. One departure
 * from a browser: bytes read as UTF-8 (no label, or a UTF-8 one) that are mostly not UTF-8 are
 * read as windows-1252, as a browser's encoding detector would for an unlabelled page. Saved
 * pages often carry a wrong or no label, and "caf\ufffd" helps no reader where "café" was meant.
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

const UTF8_LABELS = new Set([
  'utf-8',
  'utf8',
  'unicode-1-1-utf-8',
  'unicode11utf8',
  'unicode20utf8',
  'x-unicode20utf8',
]);

/**
 * UTF-8 text, or windows-1252 when most of the bytes outside ASCII are not UTF-8: more broken
 * sequences than characters decoded. A UTF-8 page with a few stray bytes stays UTF-8 (those bytes
 * become U+FFFD, as in a browser); a legacy Western page, where nearly every accented letter is a
 * lone byte, becomes readable.
 */
function decodeUtf8OrLegacy(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    // Counted, not matched: a match list of every accented letter of a large page is all garbage.
    let broken = 0;
    let decoded = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0xfffd) broken++;
      else if (code > 0x7f) decoded++;
    }
    return broken > decoded ? decodeWindows1252(bytes) : text;
  }
}

/** A decoder for a label Node knows, or null. */
function knownDecoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/** Decode HTML bytes to a string, honouring BOM and <meta charset>, defaulting to UTF-8 (see top). */
export function decodeHtml(bytes: Uint8Array): string {
  for (const [bom, label] of BOMS) {
    if (bom.every((byte, index) => bytes[index] === byte)) {
      return new TextDecoder(label).decode(bytes.subarray(bom.length));
    }
  }
  let label = sniffMetaCharset(bytes) ?? 'utf-8';
  // A page that says UTF-16 in ASCII-compatible bytes is lying; browsers read it as UTF-8.
  if (label.startsWith('utf-16')) label = 'utf-8';
  if (WINDOWS_1252.has(label)) return decodeWindows1252(bytes);
  const decoder = UTF8_LABELS.has(label) ? null : knownDecoder(label);
  return decoder ? decoder.decode(bytes) : decodeUtf8OrLegacy(bytes);
}
