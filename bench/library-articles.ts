/**
 * Generated saved articles for the library benchmark: ~1,000-word texts drawn from the word
 * frequencies of real news (the shared corpus, read at run time, never copied), with attributed
 * quotes, source marks and source lists shaped like the extractor's output.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, Source, SourceKind } from '../src/core/types';
import type { SavedArticle } from '../src/platform/library/saved-article';

const FIRST = ['Anna', 'Jens', 'Maria', 'Olena', 'Tomas', 'Amira', 'Kenji', 'Lucia', 'David', 'Ines', 'Omar', 'Sofia', 'Pavel', 'Grace', 'Mateo', 'Hana', 'Ruth', 'Samuel', 'Leila', 'Victor']; // prettier-ignore
const LAST = ['Keller', 'Marchuk', 'Okafor', 'Lindqvist', 'Rossi', 'Haddad', 'Tanaka', 'Novak', 'Fischer', 'Moreau', 'Silva', 'Kowalski', 'Nguyen', 'Adeyemi', 'Brennan', 'Costa', 'Yilmaz', 'Varga', 'Dubois', 'Stoltenberg']; // prettier-ignore
const ORGS = ['the Interior Ministry', 'the World Health Organization', 'the central bank', 'the city council', 'the European Commission', 'the police', 'the electoral commission', 'the football association', 'the port authority', 'the union']; // prettier-ignore
const MEDIA = ['Reuters', 'the Associated Press', 'AFP', 'the BBC', 'Der Spiegel', 'Le Monde'];
const SITES = Array.from({ length: 60 }, (_, i) => `news${i + 1}`);
const CUES = ['said', 'told reporters', 'said in a statement', 'wrote', 'added'];

/** A seeded generator, so every run seeds the same library. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of the shared corpus with their counts, as a cumulative table for sampling. */
function loadVocabulary(sharedDir: string): { words: string[]; cumulative: number[] } {
  const file = path.join(sharedDir, 'corpus/aeb-dev/ground-truth.json');
  const truth = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { articleBody: string }>;
  const counts = new Map<string, number>();
  for (const { articleBody } of Object.values(truth)) {
    for (const word of articleBody.match(/[\p{L}][\p{L}'’-]*/gu) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const words = [...counts.keys()];
  const cumulative: number[] = [];
  let sum = 0;
  for (const word of words) cumulative.push((sum += counts.get(word) ?? 0));
  return { words, cumulative };
}

export function articleGenerator(sharedDir: string, seed = 7): (n: number) => SavedArticle {
  const { words, cumulative } = loadVocabulary(sharedDir);
  const total = cumulative[cumulative.length - 1] ?? 1;
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  function word(): string {
    const target = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return words[lo] ?? 'news';
  }
  const sentence = (n: number): string => {
    const text = Array.from({ length: n }, word).join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };

  return (n) => {
    const sources: Source[] = [];
    const people = Array.from({ length: 2 + Math.floor(rand() * 4) }, () => ({
      name: `${pick(FIRST)} ${pick(LAST)}`,
      kind: 'person' as SourceKind,
    }));
    const named = [...people, { name: pick(ORGS), kind: 'organization' as SourceKind }];
    if (rand() < 0.5) named.push({ name: pick(MEDIA), kind: 'media' });
    const paragraphsText: string[] = [];
    const paragraphsHtml: string[] = [];
    let text = '';
    let words = 0;
    while (words < 950) {
      const plain = Array.from({ length: 2 + Math.floor(rand() * 3) }, () =>
        sentence(8 + Math.floor(rand() * 18)),
      ).join(' ');
      const who = pick(named);
      const cue = pick(CUES);
      const quote = sentence(6 + Math.floor(rand() * 10)).slice(0, -1);
      const lead = `${plain} “${quote},” `;
      const start = text.length + (text ? 2 : 0) + lead.length;
      const paragraph = `${lead}${who.name} ${cue}.`;
      let source = sources.find((s) => s.name === who.name);
      if (!source) {
        source = { id: `s${sources.length + 1}`, name: who.name, kind: who.kind, mentions: [] };
        sources.push(source);
      }
      source.mentions.push({ text: who.name, cue, quote, start, end: start + who.name.length });
      text += (text ? '\n\n' : '') + paragraph;
      paragraphsText.push(paragraph);
      paragraphsHtml.push(
        `<p>${plain} “${quote},” <mark class="sl-mark sl-kind-${who.kind}" data-source-id="${source.id}" data-kind="${who.kind}" data-cue="${cue}">${who.name}</mark> ${cue}.</p>`,
      );
      words += paragraph.split(/\s+/).length;
    }
    const site = SITES[n % SITES.length] ?? 'news';
    const title = sentence(6 + Math.floor(rand() * 6)).slice(0, -1);
    const url = `https://www.${site}.example/${2015 + (n % 10)}/story-${n}`;
    const savedAt = Date.UTC(2020, 0, 1) + n * 3_600_000;
    const article: Article = {
      title,
      byline: `By ${pick(FIRST)} ${pick(LAST)}`,
      siteName: `${site[0]?.toUpperCase()}${site.slice(1)} Daily`,
      publishedTime: new Date(savedAt - 86_400_000).toISOString(),
      lang: 'en',
      dir: 'ltr',
      excerpt: paragraphsText[0]?.slice(0, 200) ?? null,
      leadImage: null,
      wordCount: words,
      readingMinutes: Math.round(words / 230),
      html: paragraphsHtml.join(''),
      text,
      sources,
      links: [],
    };
    return { id: url, url, savedAt, updatedAt: savedAt, tags: [], article };
  };
}
