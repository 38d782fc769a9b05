/** Markdown export: one article as a .md file, several as a .zip of .md files. */
import { strToU8, zipSync } from 'fflate';
import { articleToMarkdown } from '../core/markdown';
import type { SavedArticle } from '../platform/library/saved-article';
import { dateStamp, slugOf, uniqueNamer } from './file-names';

export interface ExportFile {
  name: string;
  blob: Blob;
}

export function markdownOf(saved: SavedArticle): string {
  return articleToMarkdown(saved.article, saved.url);
}

/** One article: its .md; several: a zip with one .md each. */
export function markdownExport(articles: readonly SavedArticle[]): ExportFile {
  const [only] = articles;
  if (articles.length === 1 && only) {
    return {
      name: `${slugOf(only.article.title)}.md`,
      blob: new Blob([markdownOf(only)], { type: 'text/markdown;charset=utf-8' }),
    };
  }
  const name = uniqueNamer();
  const files: Record<string, Uint8Array> = {};
  for (const saved of articles) {
    files[name(slugOf(saved.article.title), 'md')] = strToU8(markdownOf(saved));
  }
  return {
    name: `sourcelight-articles-${dateStamp()}.zip`,
    blob: new Blob([zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>], {
      type: 'application/zip',
    }),
  };
}
