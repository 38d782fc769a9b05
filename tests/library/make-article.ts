/** A small, valid Article for library tests, with our own text. */
import type { Article } from '../../src/core/types';

export function makeArticle(overrides: Partial<Article> = {}): Article {
  const text =
    overrides.text ??
    'The harbour authority said on Tuesday that the ferry would resume service.\n\nMaria Keller, who runs the kiosk, said business had halved.';
  return {
    title: 'Ferry service to resume',
    byline: 'By Ana Ruiz',
    siteName: 'Coastal Herald',
    publishedTime: '2024-03-05T10:00:00Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    leadImage: null,
    wordCount: 22,
    readingMinutes: 1,
    html: '<p>The <mark class="sl-mark sl-kind-organization" data-source-id="s1" data-kind="organization" data-cue="said">harbour authority</mark> said on Tuesday that the ferry would resume service.</p><p>Maria Keller, who runs the kiosk, said business had halved.</p>',
    text,
    sources: [
      {
        id: 's1',
        name: 'harbour authority',
        kind: 'organization',
        mentions: [{ text: 'harbour authority', cue: 'said', start: 4, end: 21 }],
      },
      {
        id: 's2',
        name: 'Maria Keller',
        kind: 'person',
        mentions: [{ text: 'Maria Keller', cue: 'said', start: 76, end: 88 }],
      },
    ],
    links: [],
    ...overrides,
  };
}
