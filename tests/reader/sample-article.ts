/** A small article as core returns it, written for these tests. */
import type { Article } from '../../src/core/types';

export function sampleArticle(overrides: Partial<Article> = {}): Article {
  return {
    title: 'Harbour council votes to rebuild the old pier',
    byline: 'By Ana Ruiz',
    siteName: 'Coast Daily',
    publishedTime: '2024-03-02T09:00:00Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    leadImage: null,
    wordCount: 60,
    readingMinutes: 1,
    html:
      '<p>The council approved the plan on Monday. <mark class="sl-mark sl-kind-person" data-source-id="s1" data-kind="person" data-cue="said">Mayor Lena Holt</mark> said work starts in May.</p>' +
      '<figure><img src="https://coast.example/pier.jpg" alt="The pier"><figcaption>The pier in winter.</figcaption></figure>' +
      '<p>Repairs will cost two million, <mark class="sl-mark sl-kind-organization" data-source-id="s2" data-kind="organization" data-cue="according to">the port authority</mark> estimates. Fishing boats will move for a year.</p>',
    text: 'The council approved the plan on Monday. Mayor Lena Holt said work starts in May.\n\nThe pier in winter.\n\nRepairs will cost two million, the port authority estimates. Fishing boats will move for a year.',
    sources: [
      {
        id: 's1',
        name: 'Lena Holt',
        kind: 'person',
        mentions: [{ text: 'Mayor Lena Holt', cue: 'said', start: 41, end: 56 }],
      },
      {
        id: 's2',
        name: 'port authority',
        kind: 'organization',
        mentions: [{ text: 'the port authority', cue: 'according to', start: 140, end: 158 }],
      },
    ],
    links: [],
    ...overrides,
  };
}
