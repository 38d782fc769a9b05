/**
 * Bundled by bench/library.ts and evaluated in an extension page of the built extension: the
 * library's own store module, writing to the extension's own IndexedDB. Not part of the product.
 */
import { putArticles, countArticles } from '../src/platform/library/library-store';
import { closeLibrary } from '../src/platform/library/library-db';
import type { SavedArticle } from '../src/platform/library/saved-article';

(globalThis as unknown as { __librarySeed: unknown }).__librarySeed = {
  put: (records: SavedArticle[]) => putArticles(records, 'Seeding'),
  count: countArticles,
  close: closeLibrary,
};
