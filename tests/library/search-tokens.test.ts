import { describe, expect, it } from 'vitest';
import { parseQuery, searchTokens } from '../../src/platform/library/search-tokens';

describe('search tokens', () => {
  it('folds case and accents so that "Müller" and "MULLER" meet', () => {
    expect(searchTokens('Müller MULLER École')).toEqual(['muller', 'muller', 'ecole']);
  });

  it('finds "nato" in "NATO\'s" and "ecole" in "l\'école"', () => {
    expect(searchTokens("NATO's")).toEqual(['nato']);
    expect(searchTokens('l’école')).toContain('ecole');
  });

  it('splits Japanese text into words', () => {
    expect(searchTokens('東京では雨が続いています')).toContain('東京');
  });

  it('treats the last word as a prefix only while it is being typed', () => {
    expect(parseQuery('nato chi')).toEqual({ terms: ['nato', 'chi'], lastIsPrefix: true });
    expect(parseQuery('nato chief ')).toEqual({ terms: ['nato', 'chief'], lastIsPrefix: false });
  });
});
