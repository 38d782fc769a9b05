/**
 * The JSON of the library, for backups and moving to another browser, and its import. An
 * imported file is untrusted: every field is checked, unknown fields are dropped, ids are derived
 * again from the URLs, and the article HTML goes through core/sanitize.ts again.
 */
import { sanitizeArticleHtml, type PurifierWindow } from '../core/sanitize';
import { validateArticle } from '../core/validate-article';
import { canonicalUrl, isWebUrl } from '../platform/library/canonical-url';
import type { SavedArticle } from '../platform/library/saved-article';
import { dateStamp } from './file-names';
import type { ExportFile } from './export-markdown';

export const EXPORT_FORMAT = 'sourcelight-library';
export const EXPORT_VERSION = 1;

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  articles: SavedArticle[];
}

export function jsonExport(articles: readonly SavedArticle[], now = new Date()): ExportFile {
  const data: LibraryExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    articles: [...articles],
  };
  return {
    name: `sourcelight-library-${dateStamp(now)}.json`,
    blob: new Blob([JSON.stringify(data)], { type: 'application/json' }),
  };
}

export interface ParsedImport {
  articles: SavedArticle[];
  /** Records that were refused, with why (index in the file's list). */
  rejected: { index: number; reason: string }[];
}

function time(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new Error(`${where}: not a time`);
  }
  return value;
}

function tags(value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > 100) throw new Error('tags: not a list');
  return value.map((tag, i) => {
    if (typeof tag !== 'string' || tag.length > 200) throw new Error(`tags[${i}]: not a string`);
    return tag;
  });
}

/** One record of the file, checked and re-sanitized; throws with the first wrong field. */
export function validateSavedArticle(value: unknown, win: PurifierWindow): SavedArticle {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('not an object');
  }
  const raw = value as Record<string, unknown>;
  if (typeof raw.url !== 'string' || raw.url.length > 8192 || !isWebUrl(raw.url)) {
    throw new Error('url: not a web address');
  }
  const article = validateArticle(raw.article);
  article.html = sanitizeArticleHtml(article.html, win);
  const savedAt = time(raw.savedAt, 'savedAt');
  return {
    id: canonicalUrl(raw.url),
    url: raw.url,
    savedAt,
    updatedAt: raw.updatedAt === undefined ? savedAt : time(raw.updatedAt, 'updatedAt'),
    tags: tags(raw.tags),
    article,
  };
}

/** Reads an exported library file; throws when it is not one at all. */
export function parseLibraryJson(text: string, win: PurifierWindow): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('This file is not JSON.');
  }
  const file = data as Partial<LibraryExport> | null;
  if (!file || file.format !== EXPORT_FORMAT || !Array.isArray(file.articles)) {
    throw new Error('This file is not a Sourcelight library export.');
  }
  if (file.version !== EXPORT_VERSION) {
    throw new Error(
      `This library export has version ${String(file.version)}, which this Sourcelight cannot read.`,
    );
  }
  const byId = new Map<string, SavedArticle>();
  const rejected: ParsedImport['rejected'] = [];
  file.articles.forEach((record: unknown, index) => {
    try {
      const saved = validateSavedArticle(record, win);
      const known = byId.get(saved.id);
      if (!known || known.updatedAt < saved.updatedAt) byId.set(saved.id, saved);
    } catch (error) {
      rejected.push({ index, reason: error instanceof Error ? error.message : String(error) });
    }
  });
  return { articles: [...byId.values()], rejected };
}
