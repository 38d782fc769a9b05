/**
 * The library's IndexedDB schema and its migrations. Each step takes the database from version
 * N-1 to N; opening runs every step above the stored version, in order, inside the one upgrade
 * transaction, so a failed migration leaves the old database as it was.
 *
 *   v1  articles      SavedArticle by id (canonical URL), index savedAt
 *   v2  summaries     ArticleSummary by id, index savedAt: the list reads these, never full texts
 *       search        SearchEntry by id: the article's number and its terms
 *       postings      Posting by term: the inverted index (term -> article numbers)
 *       meta          counters by key (nextDoc)
 * Every write updates all of them in one transaction (library-index-writes.ts).
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { writeRecords } from './library-index-writes';
import type { ArticleSummary, Posting, SavedArticle, SearchEntry } from './saved-article';

export const LIBRARY_DB = 'sourcelight-library';
export const LIBRARY_VERSION = 2;

export interface LibrarySchema extends DBSchema {
  articles: { key: string; value: SavedArticle; indexes: { savedAt: number } };
  summaries: { key: string; value: ArticleSummary; indexes: { savedAt: number } };
  search: { key: string; value: SearchEntry };
  postings: { key: string; value: Posting };
  meta: { key: string; value: { key: string; value: number } };
}

type UpgradeTransaction = IDBPTransaction<
  LibrarySchema,
  StoreNames<LibrarySchema>[],
  'versionchange'
>;
type Step = (db: IDBPDatabase<LibrarySchema>, tx: UpgradeTransaction) => Promise<void> | void;

/** STEPS[n - 1] upgrades version n - 1 to n. Never edit a released step: add one. */
export const STEPS: readonly Step[] = [
  // 1: the articles themselves.
  (db) => {
    db.createObjectStore('articles', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
  },
  // 2: the list's summaries and the search index, built from the articles already saved.
  async (db, tx) => {
    db.createObjectStore('summaries', { keyPath: 'id' }).createIndex('savedAt', 'savedAt');
    db.createObjectStore('search', { keyPath: 'id' });
    db.createObjectStore('postings', { keyPath: 'term' });
    db.createObjectStore('meta', { keyPath: 'key' });
    await writeRecords(tx, await tx.objectStore('articles').getAll());
  },
];

/** Runs the steps from `oldVersion` up to `newVersion`. */
export async function upgradeLibrary(
  db: IDBPDatabase<LibrarySchema>,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTransaction,
): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = STEPS[version - 1];
    if (!step) throw new Error(`no migration to library schema v${version}`);
    await step(db, tx);
  }
}
