/**
 * Full-text search through the inverted index (the `postings` store, term -> article numbers):
 * each word typed is one record read, never a scan of the articles. Words already typed must
 * match exactly; the word being typed matches as a prefix from its second character on (a
 * one-letter prefix would pull in nearly every article and say nothing).
 */
import { openLibrary } from './library-db';
import { parseQuery } from './search-tokens';

/** Highest code point: a key range [p, p + END] holds every term starting with p. */
const END = '\u{10FFFF}';

/**
 * The numbers (ArticleSummary.doc) of the articles that contain every word of `query`, the last
 * one as a prefix while it is being typed; null for a query with no words, which filters nothing.
 */
export async function searchLibrary(query: string): Promise<Set<number> | null> {
  const { terms, lastIsPrefix } = parseQuery(query);
  if (!terms.length) return null;
  const postings = (await openLibrary()).transaction('postings').store;
  const lookups = terms.map(async (term, i) => {
    if (lastIsPrefix && i === terms.length - 1 && term.length >= 2) {
      const matches = await postings.getAll(IDBKeyRange.bound(term, term + END));
      return matches.length === 1 ? (matches[0]?.docs ?? []) : matches.flatMap((p) => p.docs);
    }
    return (await postings.get(term))?.docs ?? [];
  });
  const lists = (await Promise.all(lookups)).sort((a, b) => a.length - b.length);
  let docs = new Set(lists[0]);
  for (const list of lists.slice(1)) {
    if (!docs.size) break;
    const next = new Set(list);
    docs = new Set([...docs].filter((doc) => next.has(doc)));
  }
  return docs;
}
