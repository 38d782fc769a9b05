import { describe, expect, it } from 'vitest';
import { deleteArticles, saveArticle } from '../../src/platform/library/library-store';
import { idsFound } from './search-ids';
import { makeArticle } from './make-article';
import { useFreshIndexedDb } from './fresh-indexeddb';

useFreshIndexedDb();

async function seed(): Promise<void> {
  await saveArticle('https://a.example/ferry', makeArticle());
  await saveArticle(
    'https://b.example/nato',
    makeArticle({
      title: 'Alliance expels staff',
      text: 'Jens Stoltenberg told reporters the decision was final.\n\nThe Müller report was cited.',
      sources: [
        { id: 'x', name: 'Jens Stoltenberg', kind: 'person', mentions: [] },
        { id: 'y', name: 'Reuters', kind: 'media', mentions: [] },
      ],
    }),
  );
  await saveArticle(
    'https://c.example/tokyo',
    makeArticle({ title: '東京の天気', text: '東京では雨が続いています。', sources: [] }),
  );
}

describe('library search', () => {
  it('finds articles by a word of the text, in any case and without accents', async () => {
    await seed();
    expect(await idsFound('STOLTENBERG ')).toEqual(new Set(['https://b.example/nato']));
    expect(await idsFound('muller ')).toEqual(new Set(['https://b.example/nato']));
  });

  it('matches the word being typed as a prefix', async () => {
    await seed();
    expect(await idsFound('stolt')).toEqual(new Set(['https://b.example/nato']));
    expect(await idsFound('stolt ')).toEqual(new Set());
  });

  it('requires every word typed', async () => {
    await seed();
    expect(await idsFound('ferry said')).toEqual(new Set(['https://a.example/ferry']));
    expect(await idsFound('ferry stoltenberg')).toEqual(new Set());
  });

  it('searches titles and source names', async () => {
    await seed();
    expect(await idsFound('alliance')).toEqual(new Set(['https://b.example/nato']));
    expect(await idsFound('reuters')).toEqual(new Set(['https://b.example/nato']));
    expect(await idsFound('keller')).toEqual(new Set(['https://a.example/ferry']));
  });

  it('finds words in scripts written without spaces', async () => {
    await seed();
    expect(await idsFound('東京')).toEqual(new Set(['https://c.example/tokyo']));
  });

  it('filters nothing for an empty query', async () => {
    await seed();
    expect(await idsFound('  ')).toBeNull();
  });
});

describe('the search index', () => {
  it('forgets the words an article no longer has when it is saved again', async () => {
    await seed();
    await saveArticle('https://a.example/ferry', makeArticle({ text: 'Storm closes the bridge.' }));
    expect(await idsFound('kiosk ')).toEqual(new Set());
    expect(await idsFound('bridge ')).toEqual(new Set(['https://a.example/ferry']));
  });

  it('keeps other articles findable when one is deleted', async () => {
    await seed();
    await deleteArticles(['https://a.example/ferry']);
    expect(await idsFound('said ')).toEqual(new Set());
    expect(await idsFound('stoltenberg')).toEqual(new Set(['https://b.example/nato']));
  });
});
