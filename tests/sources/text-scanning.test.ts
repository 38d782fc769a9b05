import { describe, expect, it } from 'vitest';
import { CodeUnitClass } from '../../src/core/sources/code-unit-class';
import { detectLanguage } from '../../src/core/sources/detect-language';
import { findSources } from '../../src/core/sources/index';
import { nameOccurrences } from '../../src/core/sources/name-occurrences';
import { tokenize } from '../../src/core/sources/tokenize';
import { isWhiteSpace } from '../../src/core/white-space';
import { wordEnd } from '../../src/core/sources/word-end';

// The finder reads characters by code instead of running a regex on each one (it is on every
// article's hot path). These tests pin that each hand-written scanner still means exactly the
// pattern it replaced, including past ASCII, so the sources found stay the same.

const WORD = /[@#]?[\p{L}\p{N}]+(?:['’\-‐.&][\p{L}\p{N}]+|(?<=\p{N}),\p{N}{3}(?!\p{N}))*/uy;

function regexWordEnd(text: string, at: number): number {
  WORD.lastIndex = at;
  return WORD.test(text) ? WORD.lastIndex : -1;
}

function regexOccurrences(text: string, words: string[]): string[] {
  const name = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const find = new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(find)].map((m) => `${m.index}+${m[0].length}`);
}

describe('reading characters by code', () => {
  it('treats exactly the characters RegExp \\s matches as white space', () => {
    const differing: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
    }
    expect(differing).toEqual([]);
  });

  it('answers for every character of the BMP what its regex answers', () => {
    const letters = new CodeUnitClass(/^\p{L}$/u);
    const differing: number[] = [];
    for (let code = 0; code < 0xd800; code++) {
      if (letters.has(code) !== /\p{L}/u.test(String.fromCharCode(code))) differing.push(code);
    }
    expect(differing).toEqual([]);
  });
});

describe('words', () => {
  const cases = [
    'Nexa, which employs about 9,000 people in Europe, said',
    'a 1,0000 typo, 12,345,678 euros and 3,14 per cent',
    "O'Neill’s co-op at AT&T in the U.S. and @handle or #tag",
    'Ölwechsel für São Paulo, Δελφοί, Москва и 北京市',
    'astral 𝐀𝐁𝐂 letters, 𝟏,𝟐𝟑𝟒 digits and 😀 emoji',
    '٣,٤٥٦ Arabic-Indic digits, ½ and ² are numbers too',
  ];

  it.each(cases)('ends every word where the word pattern ends it: %s', (text) => {
    for (let at = 0; at < text.length; at++) {
      expect(wordEnd(text, at), `at ${at}`).toBe(regexWordEnd(text, at));
    }
  });

  it('keeps a number with thousands separators as one word, so its comma ends no clause', () => {
    const tokens = tokenize('Nexa, which employs about 9,000 people in Europe, said.', []);
    expect(tokens.map((t) => t.text)).toContain('9,000');
  });
});

describe('names in the text', () => {
  const text =
    'Ana Pike said so. Ana\u00a0Pike, again; Banana Pike and Ana Pikes are others.\n\nAna\nPike ' +
    'and 𝐀Ana Pike, Ana Pike😀 and "Ana  Pike".';

  it.each([[['Ana', 'Pike']], [['Pike']], [['Ana']], [['Pike😀']], [['Ana', 'Pike.']]])(
    'finds %j where the whole-word regex finds it',
    (words) => {
      const found = nameOccurrences(text, words, 40).map((o) => `${o.index}+${o.length}`);
      expect(found).toEqual(regexOccurrences(text, words));
    },
  );

  it('stops after the limit', () => {
    expect(nameOccurrences('Pike Pike Pike', ['Pike'], 2)).toHaveLength(2);
  });
});

describe('language', () => {
  it('finds no sources in a language without cue tables, however long the text', () => {
    const russian = 'Министр заявил журналистам, что переговоры продолжатся. '.repeat(200);
    expect(detectLanguage(russian)).toBeNull();
    expect(findSources(russian)).toEqual([]);
  });

  it('recognises German by its stopwords, also those past ASCII ("für")', () => {
    const german = 'Der Verband fordert mehr Geld für die Bahn und für den Bus. '.repeat(20);
    expect(detectLanguage(german)?.lang).toBe('de');
  });
});
