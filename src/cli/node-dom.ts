import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import type { PurifierWindow } from '../core/sanitize';
import { fastHtmlDomParser } from './html-document-parser';
import { supplyOmittedTags } from './supply-omitted-tags';

/**
 * The DOM the CLI runs core on. linkedom parses and runs Readability about 4x faster than jsdom
 * with the same extraction score (bench/extract.ts), so pages are parsed with linkedom, and given
 * the tags a page may omit (supply-omitted-tags.ts); DOMPurify cannot run on linkedom's window,
 * so one jsdom window, created on first use, sanitizes.
 */
export function parsePage(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  supplyOmittedTags(doc);
  return doc;
}

let purifierWindow: PurifierWindow | null = null;

/**
 * A window DOMPurify supports, shared by every page of the run: jsdom's, with the DOMParser of
 * html-document-parser.ts (the same documents, built faster). These are all the window members
 * DOMPurify reads.
 */
export function nodePurifierWindow(): PurifierWindow {
  if (!purifierWindow) {
    const win = new JSDOM('<!doctype html><html><body></body></html>').window;
    purifierWindow = {
      document: win.document,
      Element: win.Element,
      HTMLTemplateElement: win.HTMLTemplateElement,
      Node: win.Node,
      NodeFilter: win.NodeFilter,
      DOMParser: fastHtmlDomParser(win),
    } as unknown as PurifierWindow;
  }
  return purifierWindow;
}
