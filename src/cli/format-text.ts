import type { Article } from '../core/types';

const WIDTH = 80;

/** Greedy word wrap of one paragraph at `width` columns (long words stay whole). */
export function wrapParagraph(paragraph: string, width = WIDTH): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/**
 * The article for a terminal: title, a line with byline, site, date and reading time, the body
 * wrapped at 80 columns, then the cited sources with their kind and number of mentions.
 */
export function formatArticleText(article: Article): string {
  const meta = [
    article.byline,
    article.siteName,
    article.publishedTime?.slice(0, 10) ?? null,
    `${article.readingMinutes} min read`,
  ].filter(Boolean);
  const body = article.text
    .split('\n\n')
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => wrapParagraph(line))
        .join('\n'),
    )
    .join('\n\n');
  const out = [
    article.title,
    '='.repeat(Math.min(WIDTH, Math.max(3, article.title.length))),
    meta.join(' · '),
    '',
    body,
    '',
  ];
  out.push('Cited sources');
  out.push('-------------');
  if (article.sources.length === 0) out.push('(none found)');
  for (const source of article.sources) {
    const count = source.mentions.length;
    out.push(`- ${source.name} (${source.kind}) — ${count} mention${count === 1 ? '' : 's'}`);
  }
  return `${out.join('\n')}\n`;
}
