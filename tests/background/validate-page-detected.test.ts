import { describe, expect, it } from 'vitest';
import { validatePageDetected } from '../../src/background/validate-page-detected';

const good = {
  url: 'https://news.example/2026/10/story',
  detection: { isArticle: true, isNews: true, score: 0.9, signals: ['jsonld:NewsArticle'] },
};

describe('the detection report from a content script', () => {
  it('is accepted when every field has the right shape, and copied without extras', () => {
    const copy = validatePageDetected({
      ...good,
      extra: 'dropped',
      detection: { ...good.detection, more: 1 },
    });
    expect(copy).toEqual(good);
  });

  it.each([
    ['a non-object', 'nope'],
    ['a javascript: url', { ...good, url: 'javascript:alert(1)' }],
    ['a huge url', { ...good, url: `https://news.example/${'x'.repeat(5000)}` }],
    ['a string flag', { ...good, detection: { ...good.detection, isArticle: 'yes' } }],
    ['a NaN score', { ...good, detection: { ...good.detection, score: Number.NaN } }],
    [
      'too many signals',
      { ...good, detection: { ...good.detection, signals: Array(100).fill('s') } },
    ],
    ['a non-string signal', { ...good, detection: { ...good.detection, signals: [{}] } }],
  ])('is refused when it carries %s', (_, report) => {
    expect(() => validatePageDetected(report)).toThrow(/page\/detected/);
  });
});
