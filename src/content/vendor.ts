/**
 * The third-party libraries the on-demand bundles share, injected first as a file of their own
 * (content-vendor.js). The global lives in the content script's isolated world: the page never
 * sees it. Keeping vendor code apart lets `web-ext lint` check every line we wrote while the
 * libraries' own inert-document innerHTML writes (Readability's retry, DOMPurify's parser
 * fallback) are reviewed once, upstream, as AMO does for known libraries.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import createDOMPurify from 'dompurify';

declare global {
  var sourcelightVendor: unknown;
}

globalThis.sourcelightVendor = {
  readability: { Readability, isProbablyReaderable },
  dompurify: createDOMPurify,
};
