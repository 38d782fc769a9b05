/**
 * Runs on every http(s) page at document_idle: decides whether the page is an article and tells
 * the background, which lights the toolbar button. Tiny by budget (<= 4 KB gzip): no polyfill,
 * no Readability. Nothing is added to the page: no globals, no DOM, no page-visible events.
 */
import { detectPage } from '../core/detect';
import { sendFromContent } from '../platform/content-messaging';
import { isAutoDetectEnabled } from '../platform/content-settings';
import { watchNavigation } from './watch-navigation';

async function report(): Promise<void> {
  const detection = detectPage(document, location.href);
  await sendFromContent('page/detected', {
    url: location.href,
    detection,
  });
}

async function start(): Promise<void> {
  // Non-HTML documents (SVG, XML viewers) are never articles worth a button. (The manifest runs
  // this script in top frames only.)
  if (!(document.documentElement instanceof HTMLElement)) return;
  if (!(await isAutoDetectEnabled())) return;
  await report();
  watchNavigation(window, () => void report().catch(() => undefined));
}

start().catch(() => undefined);
