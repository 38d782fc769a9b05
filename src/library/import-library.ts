/**
 * Importing an exported library: idempotent. A record already in the library unchanged is left
 * alone, one that is newer here is kept, only new or newer records are written, all in one
 * transaction (a failure writes nothing).
 */
import type { PurifierWindow } from '../core/sanitize';
import { getArticles, putArticles } from '../platform/library/library-store';
import type { SavedArticle } from '../platform/library/saved-article';
import { parseLibraryJson } from './library-json';

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  rejected: { index: number; reason: string }[];
}

/** JSON with object keys in a fixed order, so that two equal records compare equal. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export async function importLibraryJson(text: string, win: PurifierWindow): Promise<ImportReport> {
  const { articles, rejected } = parseLibraryJson(text, win);
  const existing = new Map(
    (await getArticles(articles.map((a) => a.id))).map((saved) => [saved.id, saved]),
  );
  const toWrite: SavedArticle[] = [];
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const incoming of articles) {
    const known = existing.get(incoming.id);
    if (!known) {
      added++;
      toWrite.push(incoming);
    } else if (known.updatedAt < incoming.updatedAt) {
      updated++;
      toWrite.push({ ...incoming, savedAt: Math.min(known.savedAt, incoming.savedAt) });
    } else if (known.updatedAt === incoming.updatedAt && stable(known) !== stable(incoming)) {
      // Same moment, different content (an edited file): the file wins, as the user asked for it.
      updated++;
      toWrite.push(incoming);
    } else {
      unchanged++;
    }
  }
  await putArticles(toWrite, 'Import');
  return { added, updated, unchanged, rejected };
}
