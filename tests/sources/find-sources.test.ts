import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findSources } from '../../src/core/sources/index';
import type { Source } from '../../src/core/types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function byName(sources: Source[], name: string): Source | undefined {
  return sources.find((s) => s.name === name);
}

function names(sources: Source[]): string[] {
  return sources.map((s) => s.name);
}

function expectOffsetsHold(text: string, sources: Source[]): void {
  for (const source of sources) {
    for (const m of source.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  }
}

describe('the seed story (NATO expulsions)', () => {
  const seedFile = path.resolve(repoRoot, '../shared/corpus/sources-seed.json');
  const [seed] = JSON.parse(readFileSync(seedFile, 'utf8')) as { text: string; url: string }[];
  const text = seed?.text ?? '';
  const sources = findSources(text, { url: seed?.url ?? null });

  it('finds exactly Stoltenberg, BILD, Reuters and the NATO official (NATO optional)', () => {
    const found = names(sources).filter((n) => n !== 'NATO');
    expect(found.sort()).toEqual(['BILD', 'Jens Stoltenberg', 'Reuters', 'a NATO official']);
  });

  it('groups the title, the full name and the surname into one person', () => {
    const person = byName(sources, 'Jens Stoltenberg');
    expect(person?.kind).toBe('person');
    const said = person?.mentions.map((m) => m.text) ?? [];
    expect(said).toEqual(
      expect.arrayContaining([
        'NATO Secretary-General Jens Stoltenberg',
        'Stoltenberg',
        'the Secretary General',
      ]),
    );
  });

  it('labels the outlets and the unnamed official with their kinds and cues', () => {
    expect(byName(sources, 'BILD')?.kind).toBe('media');
    expect(byName(sources, 'BILD')?.mentions[0]?.cue).toBe('in an interview with');
    expect(byName(sources, 'Reuters')?.mentions[0]?.cue).toBe('according to');
    expect(byName(sources, 'a NATO official')?.kind).toBe('anonymous');
    expect(byName(sources, 'a NATO official')?.mentions[0]?.cue).toBe('said');
  });

  it('keeps every mention offset pointing at its text', () => expectOffsetsHold(text, sources));
});

describe('cues', () => {
  const cases: [string, string, string, string][] = [
    // [sentence, expected source name, kind, cue]
    ['The plan will fail, Maria Lindqvist said on Tuesday.', 'Maria Lindqvist', 'person', 'said'],
    ['Maria Lindqvist says the plan will fail.', 'Maria Lindqvist', 'person', 'says'],
    ['“It will fail,” said Maria Lindqvist.', 'Maria Lindqvist', 'person', 'said'],
    [
      'Maria Lindqvist, who runs the port authority, warned that the plan will fail.',
      'Maria Lindqvist',
      'person',
      'warned',
    ],
    [
      'Maria Lindqvist, a harbour engineer, has repeatedly argued that it will fail.',
      'Maria Lindqvist',
      'person',
      'argued',
    ],
    [
      'Maria Lindqvist was quoted as saying the plan would fail.',
      'Maria Lindqvist',
      'person',
      'saying',
    ],
    [
      'The plan will fail, according to the Harbour Ministry.',
      'Harbour Ministry',
      'organization',
      'according to',
    ],
    ['The plan will fail, per Reuters.', 'Reuters', 'media', 'per'],
    ['Citing Bloomberg, the mayor delayed the plan.', 'Bloomberg', 'media', 'citing'],
    [
      'In an interview with CNN, the mayor delayed the plan.',
      'CNN',
      'media',
      'in an interview with',
    ],
    ['Costs rose sharply, data from Eurostat show.', 'Eurostat', 'organization', 'data from'],
    [
      'A report by the Harbour Institute found costs rose.',
      'Harbour Institute',
      'organization',
      'a report by',
    ],
    ['Costs rose, a harbour official said.', 'a harbour official', 'anonymous', 'said'],
    [
      'Costs rose, people familiar with the matter said.',
      'people familiar with the matter',
      'anonymous',
      'said',
    ],
    ['A new survey shows costs rose.', 'A new survey', 'document', 'shows'],
  ];
  it.each(cases)('%s -> %s', (sentence, name, kind, cue) => {
    const sources = findSources(sentence);
    const source = sources.find((s) => s.name === name);
    expect(source, JSON.stringify(sources)).toBeDefined();
    expect(source?.kind).toBe(kind);
    expect(source?.mentions.map((m) => m.cue)).toContain(cue);
    expectOffsetsHold(sentence, sources);
  });

  it('counts the outlet someone told as a source', () => {
    const text = 'Maria Lindqvist told The Harbour Times that the plan will fail.';
    expect(names(findSources(text)).sort()).toEqual(['Harbour Times', 'Maria Lindqvist']);
  });

  it('does not count a person someone told as a source', () => {
    expect(names(findSources('Maria Lindqvist told Tom Baker that the plan will fail.'))).toEqual([
      'Maria Lindqvist',
    ]);
  });
});

describe('quotes', () => {
  const styles: [string, string][] = [
    ['curly', '“The plan will fail,” Maria Lindqvist said.'],
    ['straight', '"The plan will fail," Maria Lindqvist said.'],
    ['guillemets', '« The plan will fail », Maria Lindqvist said.'],
    ['German', '„The plan will fail“, Maria Lindqvist said.'],
  ];
  it.each(styles)('ties a %s quote to its speaker', (_style, text) => {
    const [source] = findSources(text);
    expect(source?.name).toBe('Maria Lindqvist');
    expect(source?.mentions[0]?.quote).toMatch(/The plan will fail/);
  });

  it('gives a quote running over several paragraphs and a floating quote to the same speaker', () => {
    const text = [
      '“The plan will fail,” Maria Lindqvist said. “The port is too small.',
      '“And the ships are too big,” she added.',
      '“We told them so many times, and nobody listened to us at all.”',
    ].join('\n\n');
    const sources = findSources(text);
    expect(names(sources)).toEqual(['Maria Lindqvist']);
    const quotes = sources[0]?.mentions.filter((m) => m.quote).map((m) => m.quote) ?? [];
    expect(quotes.join(' ')).toMatch(/nobody listened/);
    expectOffsetsHold(text, sources);
  });
});

describe('grouping', () => {
  it('joins a surname, a title and a pronoun to the full name', () => {
    const text = [
      'Port Commissioner Maria Lindqvist said the plan will fail.',
      'Lindqvist added that costs rose. The Port Commissioner said more.',
      'She also said the port is too small.',
    ].join('\n\n');
    const sources = findSources(text);
    expect(names(sources)).toEqual(['Maria Lindqvist']);
    expect(sources[0]?.mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining(['Lindqvist', 'The Port Commissioner', 'She']),
    );
  });

  it('keeps different unnamed sources apart', () => {
    const text = 'A port official said costs rose.\n\nA union representative said they fell.';
    expect(names(findSources(text))).toEqual(['A port official', 'A union representative']);
  });

  it('never lists the article’s own outlet', () => {
    const text = 'Maria Lindqvist told CNN that the plan will fail.';
    expect(names(findSources(text, { url: 'https://edition.cnn.com/2024/story' }))).toEqual([
      'Maria Lindqvist',
    ]);
  });
});

describe('other languages', () => {
  it('reads German cues (laut, zufolge)', () => {
    const text =
      'Die Kosten sind laut dem Hafenamt gestiegen. Der Regierung zufolge ist das nicht der Fall und die Lage ist ernst.';
    const found = names(findSources(text));
    expect(found.join(' ')).toMatch(/Hafenamt/);
    expect(found.join(' ')).toMatch(/Regierung/);
  });

  it('reads French cues (selon, a déclaré)', () => {
    const text =
      'Les coûts ont augmenté selon le ministère des Finances. Marie Dubois a déclaré que le port est trop petit et que le plan est mauvais.';
    const found = names(findSources(text)).join(' ');
    expect(found).toMatch(/ministère/);
    expect(found).toMatch(/Marie Dubois/);
  });
});

describe('bad input', () => {
  it.each([
    ['empty text', ''],
    ['text without sources', 'The sun rose over the harbour. Boats left early and came back late.'],
    ['unbalanced quotes', '“The plan will fail, Maria Lindqvist said.\n\nThe port is "too small.'],
    [
      'a language without cue tables',
      'Hamnen är för liten och planen kommer att misslyckas, sade hon.',
    ],
  ])('returns valid output for %s', (_case, text) => {
    const sources = findSources(text);
    expect(Array.isArray(sources)).toBe(true);
    expectOffsetsHold(text, sources);
  });

  it('finishes on a megabyte of text', () => {
    const paragraph =
      '“Costs rose,” Maria Lindqvist said, according to Reuters. "Unclosed « quote „ marks';
    const text = Array.from(
      { length: Math.ceil(1_000_000 / paragraph.length) },
      () => paragraph,
    ).join('\n\n');
    const sources = findSources(text);
    expect(names(sources)).toEqual(expect.arrayContaining(['Maria Lindqvist', 'Reuters']));
  });
});
