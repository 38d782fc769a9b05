import { describe, expect, it } from 'vitest';
import {
  allSummaries,
  countArticles,
  deleteArticles,
  findSaved,
  getArticle,
  newestSummaries,
  putArticles,
  saveArticle,
} from '../../src/platform/library/library-store';
import { openLibrary, LibraryWriteError } from '../../src/platform/library/library-db';
import { idsFound } from './search-ids';
import { makeArticle } from './make-article';
import { useFreshIndexedDb } from './fresh-indexeddb';

useFreshIndexedDb();

const URL_A = 'https://news.example/2024/ferry';

describe('saving articles', () => {
  it('updates the same article saved again from a tracking link instead of duplicating it', async () => {
    const first = await saveArticle(URL_A, makeArticle(), 1000);
    const again = await saveArticle(
      `${URL_A}?utm_source=newsletter&utm_medium=email#comments`,
      makeArticle({ title: 'Ferry service resumes' }),
      2000,
    );
    expect(first.updated).toBe(false);
    expect(again.updated).toBe(true);
    expect(await countArticles()).toBe(1);
    const stored = await getArticle(URL_A);
    expect(stored?.article.title).toBe('Ferry service resumes');
    expect(stored?.savedAt).toBe(1000);
    expect(stored?.updatedAt).toBe(2000);
  });

  it('tells whether a page is already saved, whatever its tracking parameters', async () => {
    expect(await findSaved(URL_A)).toBeUndefined();
    await saveArticle(URL_A, makeArticle());
    expect((await findSaved(`${URL_A}?fbclid=xyz`))?.title).toBe('Ferry service to resume');
  });

  it('loses nothing when many saves run at once', async () => {
    const urls = Array.from({ length: 20 }, (_, i) => `https://news.example/story-${i}`);
    await Promise.all(urls.map((url, i) => saveArticle(url, makeArticle({ title: `Story ${i}` }))));
    expect(await countArticles()).toBe(20);
    expect((await allSummaries()).map((s) => s.id).sort()).toEqual([...urls].sort());
  });

  it('lists newest first with title, site, reading time and source counts', async () => {
    await saveArticle('https://a.example/old', makeArticle({ title: 'Old' }), 1);
    await saveArticle(
      'https://www.b.example/new',
      makeArticle({ title: 'New', siteName: null }),
      2,
    );
    const [newest, oldest] = await newestSummaries(10);
    expect(newest).toMatchObject({ title: 'New', site: 'b.example', sourceCount: 2 });
    expect(oldest).toMatchObject({ title: 'Old', site: 'Coastal Herald', readingMinutes: 1 });
    expect(await newestSummaries(1)).toHaveLength(1);
  });

  it('paints the same newest rows in browsers without getAllRecords (one step per row)', async () => {
    for (const [i, title] of ['One', 'Two', 'Three', 'Four', 'Five'].entries()) {
      await saveArticle(`https://news.example/${i}`, makeArticle({ title }), 100 + i);
    }
    const titles = async (): Promise<string[]> =>
      (await newestSummaries(3)).map((summary) => summary.title);
    const withRecords = await titles();
    const own = Object.getOwnPropertyDescriptor(IDBIndex.prototype, 'getAllRecords');
    expect(own).toBeDefined();
    delete (IDBIndex.prototype as Partial<{ getAllRecords: unknown }>).getAllRecords;
    try {
      expect(await titles()).toEqual(withRecords);
    } finally {
      if (own) Object.defineProperty(IDBIndex.prototype, 'getAllRecords', own);
    }
    expect(withRecords).toEqual(['Five', 'Four', 'Three']);
  });

  it('refuses pages that are not on the web', async () => {
    await expect(saveArticle('chrome://settings', makeArticle())).rejects.toThrow(/web pages/);
  });
});

describe('failed writes', () => {
  it('reports a failed write plainly and keeps what was already saved', async () => {
    await saveArticle(URL_A, makeArticle());
    // A value IndexedDB cannot store aborts the whole transaction, like a full disk does.
    const broken = makeArticle({ title: 'Broken' }) as unknown as Record<string, unknown>;
    broken.extra = () => 1;
    const failure = saveArticle('https://news.example/broken', broken as never).catch((e) => e);
    const error = await failure;
    expect(error).toBeInstanceOf(LibraryWriteError);
    expect((error as Error).message).toMatch(/Nothing saved earlier was lost/);
    expect(await countArticles()).toBe(1);
    expect(await idsFound('broken')).toEqual(new Set());
    expect((await getArticle(URL_A))?.article.title).toBe('Ferry service to resume');
  });

  it('reopens a database the browser closed and still saves', async () => {
    (await openLibrary()).close();
    await saveArticle(URL_A, makeArticle());
    expect(await countArticles()).toBe(1);
  });
});

describe('deleting', () => {
  it('leaves no trace in the search of an article written twice in one import', async () => {
    const record = {
      id: URL_A,
      url: URL_A,
      savedAt: 1,
      updatedAt: 1,
      tags: [],
      article: makeArticle(),
    };
    await putArticles([record, { ...record, updatedAt: 2 }]);
    expect(await countArticles()).toBe(1);
    await deleteArticles([URL_A]);
    expect(await idsFound('ferry')).toEqual(new Set());
  });

  it('removes the article from the list and the search, and can put it back', async () => {
    await saveArticle(URL_A, makeArticle(), 5);
    const deleted = await deleteArticles([URL_A]);
    expect(await countArticles()).toBe(0);
    expect(await idsFound('ferry')).toEqual(new Set());
    await putArticles(deleted);
    expect(await idsFound('ferry')).toEqual(new Set([URL_A]));
    expect((await getArticle(URL_A))?.savedAt).toBe(5);
  });
});
