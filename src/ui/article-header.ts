/** The article's title block: site and date, title, byline, reading time. */
import type { Article } from '../core/types';
import { el } from './element';

function formatDate(iso: string | null, lang: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  try {
    return date.toLocaleDateString(lang ?? undefined, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    });
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

export function renderArticleHeader(doc: Document, article: Article): HTMLElement {
  const date = formatDate(article.publishedTime, article.lang);
  const kicker = [article.siteName, date].filter(Boolean).join(' · ');
  const minutes = Math.max(1, Math.round(article.readingMinutes));
  return el(doc, 'header', { class: 'sl-article-head' }, [
    kicker ? el(doc, 'p', { class: 'sl-kicker', text: kicker }) : null,
    el(doc, 'h1', { class: 'sl-article-title', text: article.title }),
    article.byline ? el(doc, 'p', { class: 'sl-byline', text: article.byline }) : null,
    el(doc, 'p', {
      class: 'sl-reading',
      text: `${minutes} min read · ${article.wordCount.toLocaleString()} words`,
    }),
  ]);
}
