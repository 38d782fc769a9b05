import TurndownService from 'turndown';
import type { Article } from './types';

/**
 * An article as Markdown: the title, a byline/source line, then the body. The body comes from
 * article.html, which is already sanitized; source marks become plain text.
 */
let service: TurndownService | null = null;

function turndown(): TurndownService {
  if (!service) {
    service = new TurndownService({
      headingStyle: 'atx',
      codeBlockStyle: 'fenced',
      bulletListMarker: '-',
    });
    // Marks are our highlighting, not the author's emphasis: keep only their text.
    service.addRule('source-marks', { filter: ['mark'], replacement: (content) => content });
    service.remove(['iframe']);
  }
  return service;
}

/** Markdown for `article`; `url` (the page's address) goes on the source line when given. */
export function articleToMarkdown(article: Article, url?: string | null): string {
  const credit = [
    article.byline,
    article.siteName,
    article.publishedTime?.slice(0, 10) ?? null,
  ].filter((part): part is string => Boolean(part));
  const source = url ? `Source: <${url}>` : null;
  const head = [
    `# ${article.title || 'Untitled'}`,
    credit.length ? `*${credit.join(' · ')}*` : null,
    source,
  ]
    .filter((line): line is string => line !== null)
    .join('\n\n');
  return `${head}\n\n${turndown().turndown(article.html).trim()}\n`;
}
