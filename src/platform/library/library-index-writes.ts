/**
 * Writing articles together with the list summaries and the inverted index, inside a transaction
 * the caller owns (a normal write, or the upgrade transaction of a migration).
 *
 * The index is one record per term, `{ term, docs }`, where docs are small article numbers: a
 * search reads one record per word typed (or one key range for the word being typed), whatever
 * the library's size. Each article keeps its term list (`search` store), so that updating or
 * deleting it touches only the terms it had.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { LibrarySchema } from './library-schema';
import { searchEntryOf, summarize, type SavedArticle } from './saved-article';

export const INDEXED_STORES = ['articles', 'summaries', 'search', 'postings', 'meta'] as const;

export type IndexTransaction = IDBPTransaction<
  LibrarySchema,
  StoreNames<LibrarySchema>[] | typeof INDEXED_STORES,
  'readwrite' | 'versionchange'
>;

type Changes = Map<string, { add: number[]; remove: Set<number> }>;

function change(changes: Changes, term: string): { add: number[]; remove: Set<number> } {
  let entry = changes.get(term);
  if (!entry) changes.set(term, (entry = { add: [], remove: new Set() }));
  return entry;
}

/** Applies the collected additions and removals, one read and one write per touched term. */
async function applyChanges(tx: IndexTransaction, changes: Changes): Promise<void> {
  const postings = tx.objectStore('postings');
  const terms = [...changes.keys()];
  const current = await Promise.all(terms.map((term) => postings.get(term)));
  terms.forEach((term, i) => {
    const { add, remove } = changes.get(term) ?? { add: [], remove: new Set<number>() };
    const kept = (current[i]?.docs ?? []).filter((doc) => !remove.has(doc));
    const docs = kept.concat(add);
    void (docs.length ? postings.put({ term, docs }) : postings.delete(term));
  });
}

/** Puts whole records (new or replacing ones with the same id) and indexes them. */
export async function writeRecords(
  tx: IndexTransaction,
  given: readonly SavedArticle[],
): Promise<void> {
  // One record per id (the last wins), so that no article is indexed twice.
  const records = [...new Map(given.map((record) => [record.id, record])).values()];
  const search = tx.objectStore('search');
  const meta = tx.objectStore('meta');
  const [previous, counter] = await Promise.all([
    Promise.all(records.map((record) => search.get(record.id))),
    meta.get('nextDoc'),
  ]);
  let next = counter?.value ?? 1;
  const changes: Changes = new Map();
  records.forEach((record, i) => {
    const old = previous[i];
    const doc = old?.doc ?? next++;
    const entry = searchEntryOf(record);
    const fresh = new Set(entry.terms);
    for (const term of old?.terms ?? [])
      if (!fresh.has(term)) change(changes, term).remove.add(doc);
    const had = new Set(old?.terms ?? []);
    for (const term of entry.terms) if (!had.has(term)) change(changes, term).add.push(doc);
    void tx.objectStore('articles').put(record);
    void tx.objectStore('summaries').put(summarize(record, doc));
    void search.put({ ...entry, doc });
  });
  void meta.put({ key: 'nextDoc', value: next });
  await applyChanges(tx, changes);
}

/** Deletes records and takes them out of the index; returns the records that existed. */
export async function removeRecords(
  tx: IndexTransaction,
  ids: readonly string[],
): Promise<SavedArticle[]> {
  const search = tx.objectStore('search');
  const [found, entries] = await Promise.all([
    Promise.all(ids.map((id) => tx.objectStore('articles').get(id))),
    Promise.all(ids.map((id) => search.get(id))),
  ]);
  const changes: Changes = new Map();
  for (const entry of entries) {
    if (!entry) continue;
    for (const term of entry.terms) change(changes, term).remove.add(entry.doc);
  }
  for (const id of ids) {
    for (const name of ['articles', 'summaries', 'search'] as const)
      void tx.objectStore(name).delete(id);
  }
  await applyChanges(tx, changes);
  return found.filter((record): record is SavedArticle => record !== undefined);
}
