/**
 * The article detector that runs on every page the user opens. It combines the mass of the
 * page's dominant prose run with structure (teaser links, repeated posts, forms, prices), the
 * URL path and the page's own metadata into one score. No Readability, no computed styles, a
 * bounded number of nodes visited: see bench/detect.ts for its size and speed.
 */
import type { Detection } from './types';
import { findTextRun } from './detect/text-blocks';
import { ARTICLE_TYPES, NON_ARTICLE_TYPES, hasType, readMetadata } from './detect/page-metadata';
import { urlShape } from './detect/url-shape';
import { countTeaserLinks } from './detect/teaser-links';
import { findMarkers, queryMarked } from './detect/page-markers';
import { scriptWeight } from './detect/script-weight';
import { newsSignals } from './detect/news-signals';

/** Fewer weighted characters than this are never worth a reader view (a paywall teaser). */
const MIN_TEXT = 300;
/** Score points an article needs. */
const THRESHOLD = 1;

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const log2 = (x: number): number => Math.log(x) / Math.LN2;

const NOT_ARTICLE = (signal: string): Detection => ({
  isArticle: false,
  isNews: false,
  score: 0,
  signals: [signal],
});

/**
 * Decide whether `doc` is an article a reader-mode user would want, and whether it is news.
 * Pure and cheap enough to run again after single-page-app navigations; never throws.
 * @param doc the page's document (read only, never changed)
 * @param url the page's URL
 */
export function detectPage(doc: Document, url: string): Detection {
  try {
    return judge(doc, url);
  } catch {
    return NOT_ARTICLE('error');
  }
}

function judge(doc: Document, url: string): Detection {
  const body = doc.body;
  if (!doc.documentElement || !body || body.tagName.toUpperCase() !== 'BODY') {
    return NOT_ARTICLE('no-body');
  }
  const signals: string[] = [];
  const title = doc.title ?? '';
  const lang = doc.documentElement.getAttribute('lang') ?? '';
  const run = findTextRun(doc, (sample) => scriptWeight(lang, title + ' ' + sample));
  const w = scriptWeight(lang, title + ' ' + run.sample);
  const marked = queryMarked(doc);
  const meta = readMetadata(doc, marked);
  const articleLd = hasType(meta.types, ARTICLE_TYPES);
  // Repeated text units are one story when the page says it is an article: the entries of a live
  // blog (article--news-live-blog). Otherwise they are forum posts or a front of full posts.
  const liveEntries = run.twins >= 3 && (articleLd || meta.ogType === 'article');
  const text = (run.length + (liveEntries ? run.twinText : 0)) * w;
  signals.push(`text:${Math.round(text)}`);
  // Prose mass: 800 weighted characters is neutral, each doubling is worth 2 points.
  let s = clamp(2 * log2(Math.max(text, 1) / 800), -4, 3);

  let m = 0;
  if (articleLd) m += 1.5;
  if (meta.ogType === 'article') m += 1;
  if (meta.published) m += 1;
  if (meta.articleBody) m += 1;
  if (m > 0) signals.push(`meta:${m}`);
  s += Math.min(m, 3);
  // Product, list, search, profile and forum pages describe themselves (not-article--shop-*,
  // not-article--search-results, not-article--forum-thread); a forum thread with a long first
  // post still falls short (not-article--reddit-thread-long-selftext).
  if (!articleLd && hasType(meta.types, NON_ARTICLE_TYPES)) {
    signals.push('ld:not-article');
    s -= 3;
  }
  if (/^(product|video|profile|music|book|place|business)/.test(meta.ogType)) {
    signals.push(`og:${meta.ogType}`);
    s -= 1.5;
  } else if (meta.ogType === 'website') s -= 0.5;

  const shape = urlShape(url);
  const urlPoints = { root: -3, listing: -2, section: -1, story: 1, neutral: 0 }[shape];
  if (shape !== 'neutral') signals.push(`url:${shape}`);
  s += urlPoints;

  // Headline links elsewhere on the page against the prose run: fronts and search pages are
  // mostly headlines (not-article--news-home, not-article--tag-page).
  const teasers = countTeaserLinks(doc, run.container, Math.round(30 / w));
  const teaserText = teasers.length * w;
  signals.push(`teasers:${teasers.count}`);
  s += clamp(1.5 * log2((text + 300) / (teaserText + 300)), -4, 1);

  // The same markup holding text again and again: forum posts, a blog front of full posts.
  if (run.twins >= 3 && !liveEntries) {
    signals.push(`repeated:${run.twins}`);
    s -= 2;
  }
  const markers = findMarkers(marked);
  if (markers.password) {
    signals.push('password');
    s -= text < 2000 ? 2 : 0.5;
  }
  if (markers.cart || markers.prices >= 3) {
    signals.push(`shop:${markers.prices}`);
    s -= markers.prices >= 10 ? 2.5 : 1.5;
  }
  if (meta.paywalled && text < 1500) {
    signals.push('paywall');
    s -= 0.5;
  }

  const isArticle = s >= THRESHOLD && text >= MIN_TEXT;
  const score = Math.round(100 / (1 + Math.exp(-(s - THRESHOLD) / 1.5))) / 100;
  let isNews = false;
  if (isArticle) {
    const first = run.container?.querySelector('p')?.textContent ?? run.sample;
    const dated = /\/(19|20)\d\d\/(\d\d?\/)?|\/(19|20)\d\d-\d\d-\d\d/.test(url);
    // A docs page's "Last updated on" footer is no publication date
    // (article--docs-docusaurus-last-updated).
    const timed = () => !!doc.querySelector('time[datetime]:not([itemprop=dateModified])');
    isNews = newsSignals(meta, url, first, dated, timed, signals);
  }
  return {
    isArticle,
    isNews,
    score: isArticle ? Math.max(score, 0.5) : Math.min(score, 0.49),
    signals,
  };
}
