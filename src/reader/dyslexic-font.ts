/**
 * OpenDyslexic (SIL Open Font License 1.1, from @fontsource/opendyslexic), for readers who ask
 * for a dyslexia-friendly face. Fonts declared inside a shadow root are not used by browsers, so
 * the face is added to the document's FontFaceSet (not a node: the page's markup is unchanged).
 * It is built from bytes bundled in this script, not from a URL: no web_accessible_resources
 * (which would let any site detect the extension) and no request the page's CSP could block.
 */
import fontDataUrl from '@fontsource/opendyslexic/files/opendyslexic-latin-400-normal.woff2?inline';

export const DYSLEXIC_FAMILY = 'Sourcelight OpenDyslexic';

function bytesOf(dataUrl: string): Uint8Array<ArrayBuffer> {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Adds the face to `doc` (once) and returns the function that removes it again. */
export function addDyslexicFont(doc: Document): () => void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win || typeof win.FontFace !== 'function' || !doc.fonts) return () => undefined;
  const face = new win.FontFace(DYSLEXIC_FAMILY, bytesOf(fontDataUrl));
  doc.fonts.add(face);
  face.load().catch(() => undefined);
  return () => {
    doc.fonts.delete(face);
  };
}
