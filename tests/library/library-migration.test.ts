import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import {
  LIBRARY_DB,
  LIBRARY_VERSION,
  STEPS,
  type LibrarySchema,
} from '../../src/platform/library/library-schema';
import { openLibrary } from '../../src/platform/library/library-db';
import { newestSummaries } from '../../src/platform/library/library-store';
import { idsFound } from './search-ids';
import type { SavedArticle } from '../../src/platform/library/saved-article';
import { makeArticle } from './make-article';
import { useFreshIndexedDb } from './fresh-indexeddb';

useFreshIndexedDb();

describe('library schema migrations', () => {
  it('has one numbered step per version', () => {
    expect(STEPS).toHaveLength(LIBRARY_VERSION);
  });

  it('migrates a version 1 database: its articles are listed and searchable', async () => {
    const v1 = await openDB<LibrarySchema>(LIBRARY_DB, 1, {
      upgrade: (db, _old, _new, tx) => void STEPS[0]?.(db, tx),
    });
    const saved: SavedArticle = {
      id: 'https://a.example/ferry',
      url: 'https://a.example/ferry',
      savedAt: 42,
      updatedAt: 42,
      tags: ['harbours'],
      article: makeArticle(),
    };
    await v1.put('articles', saved);
    v1.close();

    const db = await openLibrary();
    expect(db.version).toBe(LIBRARY_VERSION);
    expect(await db.get('articles', saved.id)).toEqual(saved);
    expect(await newestSummaries(5)).toEqual([
      expect.objectContaining({ id: saved.id, title: 'Ferry service to resume', savedAt: 42 }),
    ]);
    expect(await idsFound('harbours')).toEqual(new Set([saved.id]));
    expect(await idsFound('kiosk')).toEqual(new Set([saved.id]));
  });
});
