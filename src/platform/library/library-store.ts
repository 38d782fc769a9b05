/**
 * Reading and writing saved articles. Every write touches the article, its summary and the
 * search index in ONE transaction: either all of them change or none does.
 */
import { unwrap } from 'idb';
import type { Article } from '../../core/types';
import { canonicalUrl } from './canonical-url';
import { openLibrary, writeLibrary, type LibraryDb } from './library-db';
import { announceLibraryChange } from './library-changes';
import { INDEXED_STORES, removeRecords, writeRecords } from './library-index-writes';
import type { ArticleSummary, SavedArticle } from './saved-article';

async function putAll(db: LibraryDb, records: readonly SavedArticle[]): Promise<void> {
  const tx = db.transaction(INDEXED_STORES, 'readwrite');
  await writeRecords(tx, records);
  await tx.done;
}

/**
 * Saves `article` read from the page at `url`. Saving an article whose canonical URL is already
 * in the library replaces its content but keeps when it was first saved and its tags.
 */
export async function saveArticle(
  url: string,
  article: Article,
  now = Date.now(),
): Promise<{ saved: SavedArticle; updated: boolean }> {
  const id = canonicalUrl(url);
  const result = await writeLibrary('Saving the article', async (db) => {
    const tx = db.transaction(INDEXED_STORES, 'readwrite');
    const existing = await tx.objectStore('articles').get(id);
    const saved: SavedArticle = {
      id,
      url,
      savedAt: existing?.savedAt ?? now,
      updatedAt: now,
      tags: existing?.tags ?? [],
      article,
    };
    await writeRecords(tx, [saved]);
    await tx.done;
    return { saved, updated: existing !== undefined };
  });
  announceLibraryChange({ kind: 'saved', ids: [id] });
  return result;
}

/** Writes whole records as they are (import, undo of a delete), in one transaction. */
export async function putArticles(
  records: readonly SavedArticle[],
  what = 'Import',
): Promise<void> {
  if (!records.length) return;
  await writeLibrary(what, (db) => putAll(db, records));
  announceLibraryChange({ kind: 'imported', ids: records.map((record) => record.id) });
}

/** Deletes articles; returns the deleted records so that the caller can offer to undo. */
export async function deleteArticles(ids: readonly string[]): Promise<SavedArticle[]> {
  const deleted = await writeLibrary('Deleting', async (db) => {
    const tx = db.transaction(INDEXED_STORES, 'readwrite');
    const found = await removeRecords(tx, ids);
    await tx.done;
    return found;
  });
  announceLibraryChange({ kind: 'deleted', ids: [...ids] });
  return deleted;
}

export async function getArticle(id: string): Promise<SavedArticle | undefined> {
  return (await openLibrary()).get('articles', id);
}

/** The records for `ids`, in that order, skipping any no longer saved. */
export async function getArticles(ids: readonly string[]): Promise<SavedArticle[]> {
  const tx = (await openLibrary()).transaction('articles');
  const found = await Promise.all(ids.map((id) => tx.store.get(id)));
  return found.filter((record): record is SavedArticle => record !== undefined);
}

/** Every saved article, newest first (the JSON export of everything). */
export async function allArticles(): Promise<SavedArticle[]> {
  const all = await (await openLibrary()).getAllFromIndex('articles', 'savedAt');
  return all.reverse();
}

/** The saved summary for the page at `url`, if that article is in the library. */
export async function findSaved(url: string): Promise<ArticleSummary | undefined> {
  return (await openLibrary()).get('summaries', canonicalUrl(url));
}

/** IDBIndex.getAllRecords (Chromium 141+), which the DOM typings do not know yet. */
interface RecordsIndex {
  getAllRecords(options: {
    count: number;
    direction: IDBCursorDirection;
  }): IDBRequest<{ value: ArticleSummary }[]>;
}

/**
 * The `limit` newest summaries: enough to paint the first screen of the list. One request where
 * the browser has getAllRecords; a cursor (one round trip per row) where it does not.
 */
export async function newestSummaries(limit: number): Promise<ArticleSummary[]> {
  const index = (await openLibrary()).transaction('summaries').store.index('savedAt');
  const raw = unwrap(index) as IDBIndex & Partial<RecordsIndex>;
  if (typeof raw.getAllRecords === 'function') {
    const request = raw.getAllRecords({ count: limit, direction: 'prev' });
    const records = await new Promise<{ value: ArticleSummary }[]>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('reading the library failed'));
    });
    return records.map((record) => record.value);
  }
  const out: ArticleSummary[] = [];
  let cursor = await index.openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

/** Every summary, newest first. */
export async function allSummaries(): Promise<ArticleSummary[]> {
  return (await (await openLibrary()).getAllFromIndex('summaries', 'savedAt')).reverse();
}

export async function countArticles(): Promise<number> {
  return (await openLibrary()).count('summaries');
}
