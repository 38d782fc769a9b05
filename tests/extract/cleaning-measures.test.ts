import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/cli/node-dom';
import { cleanArticle } from '../../src/core/clean';
import { isAdLabel, isLeadInLabel } from '../../src/core/clean/boilerplate-words';
import { wordKey, wordsIn } from '../../src/core/clean/words';

/** The definitions the one-pass scanners in words.ts must agree with. */
const referenceWords = (text: string): number => {
  const unspaced =
    text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/g)?.length ?? 0;
  const spaced = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return unspaced > spaced ? Math.ceil(unspaced / 2) : spaced;
};
const referenceKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Mixed-script strings from a fixed seed: surrogate pairs, lone halves, İ, NBSP, marks. */
function mixedStrings(count: number): string[] {
  const pieces = ['a', 'Z', '7', ' ', '-', 'é', '²', '日本', 'かな', '한국', 'ไทย', '\u0e48', '𠀀',
    '𝐀', '\ud800', '\udc00', '\u00a0', 'ß', 'İ', '٣', '・', 'Σ', 'Ⅻ', '\u0307', '\n', '’']; // prettier-ignore
  let seed = 42;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () =>
    Array.from(
      { length: Math.floor(next() * 16) },
      () => pieces[Math.floor(next() * pieces.length)],
    ).join(''),
  );
}

describe('word counts and keys used by the cleaning rules', () => {
  it.each([
    ['Read also: the bridge', 4],
    ['Ponte reaberta à circulação', 4],
    ['Мост снова открыт', 3],
    ['2024 budget, 3rd draft', 4],
    ['橋が再開通しました今日', 6],
    ['', 0],
  ])('counts %j as %i words', (text, words) => {
    expect(wordsIn(text)).toBe(words);
  });

  it('keys texts that differ only in case and punctuation alike', () => {
    expect(wordKey('Read: the "Bridge" – again!')).toBe('read the bridge again');
    expect(wordKey('  READ the bridge… again ')).toBe('read the bridge again');
  });

  it('agrees with the regular-expression definitions on mixed scripts', () => {
    for (const text of mixedStrings(2000)) {
      expect(wordsIn(text), JSON.stringify(text)).toBe(referenceWords(text));
      expect(wordKey(text), JSON.stringify(text)).toBe(referenceKey(text));
    }
  });
});

describe('boilerplate labels', () => {
  it('recognises a label padded with punctuation and runs of spaces', () => {
    expect(isAdLabel(`${'—'.repeat(40)} Advertisement ${'—'.repeat(40)}`)).toBe(true);
    expect(isLeadInLabel(`Read${' '.repeat(60)}also:`)).toBe(true);
    expect(isLeadInLabel('Leia\u00a0também »')).toBe(true);
  });

  it('never takes a paragraph that starts with a label for the label', () => {
    expect(isAdLabel('Advertisement revenue fell sharply at regional papers this year.')).toBe(
      false,
    );
    expect(isLeadInLabel('Related reporting showed the bridge had been closed since 2019.')).toBe(
      false,
    );
  });
});

describe('cleanArticle', () => {
  const story =
    '<p>The river town of Lindholm reopened its old stone bridge on Tuesday after two years.</p>';
  const clean = (html: string): string => {
    const doc = parsePage(`<html><body><article>${html}</article></body></html>`);
    const body = doc.querySelector('article') as Element;
    cleanArticle(body, { page: doc, pageHost: 'courier.example', title: 'Bridge reopens' });
    return body.innerHTML;
  };

  it('removes the wrapper an ad label leaves empty, but not one that still holds an image', () => {
    const html = clean(
      `${story}<div id="w1"><p>Advertisement</p></div><div id="w2"><img src="a.jpg"><p>Advertisement</p></div>${story}`,
    );
    expect(html).not.toContain('Advertisement');
    expect(html).not.toContain('w1');
    expect(html).toContain('a.jpg');
  });

  it('cleans an article the same whatever was cleaned before it', () => {
    const page = `${story}<aside>Most read today</aside><p>Read also:</p><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul>${story}`;
    const alone = clean(page);
    clean(`<nav>Home</nav>${story}<p>Advertisement</p>`);
    expect(clean(page)).toBe(alone);
    expect(alone).not.toContain('Most read');
    expect(alone).not.toContain('Read also');
  });
});
