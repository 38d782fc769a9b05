import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import type { PurifierWindow } from '../core/sanitize';

/**
 * The DOM the CLI runs core on. linkedom parses and runs Readability about 4x faster than jsdom
 * with the same extraction score (bench/extract.ts), so pages are parsed with linkedom; DOMPurify
 * cannot run on linkedom's window, so one jsdom window, created on first use, sanitizes.
 */
export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

let purifierWindow: PurifierWindow | null = null;

/** A window DOMPurify supports, shared by every page of the run. */
export function nodePurifierWindow(): PurifierWindow {
  purifierWindow ??= new JSDOM('<!doctype html><html><body></body></html>')
    .window as unknown as PurifierWindow;
  return purifierWindow;
}
