import { describe, expect, it } from 'vitest';
import { findSources } from '../../src/core/sources/index';
import type { Source } from '../../src/core/types';

function names(text: string): string[] {
  return findSources(text).map((s) => s.name);
}

function source(text: string, name: string): Source | undefined {
  return findSources(text).find((s) => s.name === name || s.mentions.some((m) => m.text === name));
}

describe('speakers hidden behind asides', () => {
  it('finds the subject before a relative clause that holds a number and a place', () => {
    const text =
      'Orvane, which is based in Leeds, England, and employs about 4,500 people in Europe, said it would appeal.';
    expect(names(text)).toEqual(['Orvane']);
  });

  it('credits the name after a description, not the body in the description', () => {
    const text = 'The head of the Harbour Authority, Lena Ruiz, said the port would reopen.';
    expect(names(text)).toEqual(['Lena Ruiz']);
  });

  it('credits the described person, not the city and country in the aside', () => {
    const text =
      '“It works,” Ada Brun, a chemist at the Polytechnic in Lyon, France, and co-author of the paper, said.';
    expect(names(text)).toEqual(['Ada Brun']);
  });

  it('ties "The governor, who …, said" to the governor named before', () => {
    const text =
      'Gov. Ana Pike signed the order on Monday.\n\nThe governor, who vetoed a similar bill in May, said the state could not wait.';
    expect(source(text, 'The governor')?.name).toBe('Ana Pike');
  });

  it('reads past a quoted label that closes the aside', () => {
    const text =
      'Tom Reyes, an analyst at Kestrel who rates the stock "buy," wrote in a note that sales would recover.';
    expect(names(text)).toEqual(['Tom Reyes']);
  });

  it('takes the name after a role when the speaker follows the verb', () => {
    const text = '“It lingers,” said the study’s lead author, Mira Olsen, a geologist at Tromsø.';
    expect(names(text)).toEqual(['Mira Olsen']);
  });

  it('takes a one-word name given after a description', () => {
    const text =
      'Her neighbour, a farmer who gave only his first name, Bram, said the water rose fast.';
    expect(names(text)).toEqual(['Bram']);
  });
});

describe('speakers of participles and infinitives', () => {
  it('reads the subject of "with X warning that", preferring the name in an apposition', () => {
    expect(names('Rain is due, with forecasters warning that rivers may flood.')).toEqual([
      'forecasters',
    ]);
    const text =
      'The union joined in, with its chair, Dora Vale, warning that members would strike.';
    expect(names(text)).toEqual(['Dora Vale']);
  });

  it('credits ", saying …" to the subject that opens the sentence, but never a dateline', () => {
    expect(names('Orbis Foods cut its forecast on Monday, saying demand had slowed.')).toEqual([
      'Orbis Foods',
    ]);
    expect(names('KESWICK, England — Crews worked through the night, saying little.')).toEqual([]);
  });

  it('credits "turned to Twitter to say" to the one who turned, not "declined to comment"', () => {
    expect(names('Mayor Ina Holt turned to Twitter to say she would run again.')).toEqual([
      'Ina Holt',
    ]);
    expect(names('Ina Holt declined to comment.')).toEqual([]);
  });

  it('shares the subject with a second predicate ("paused and said")', () => {
    expect(names('Pavel Krause paused and said the talks were over.')).toEqual(['Pavel Krause']);
  });
});

describe('verbs that report only in some uses', () => {
  it('counts "called X “…”" and "described X as", not "called for" or a thing called “…”', () => {
    expect(names('Dana Roe called the plan “a disaster.”')).toEqual(['Dana Roe']);
    expect(names('Dana Roe described the loss as a wake-up call.')).toEqual(['Dana Roe']);
    expect(names('Dana Roe called for calm. She wrote a song called “Tides.”')).toEqual([]);
  });

  it('counts "ruled out" but not the noun "rules"', () => {
    expect(names('The Finance Ministry has ruled out new taxes.')).toEqual(['Finance Ministry']);
    expect(names('Officials at the agency drafted rules that would ban the sale.')).toEqual([]);
  });

  it('credits the body that released a document, not released hostages', () => {
    const text = 'The Harbour Authority’s Office of the Auditor released two critical reports.';
    expect(names(text)).toEqual(['Harbour Authority’s Office of the Auditor']);
    expect(names('The hostages were released on Monday.')).toEqual([]);
  });

  it('ignores a parenthetical "remember" and a noun after "beat"', () => {
    expect(names('(Brexit, remember, took years.) Norway’s output beat forecasts.')).toEqual([]);
  });
});

describe('documents', () => {
  it('names a paper or a study by its publication details', () => {
    const paper = source(
      'Ice is thinning, according to a paper published Monday in the journal Science.',
      'x',
    );
    expect(paper).toBeUndefined();
    const found = findSources(
      'Ice is thinning, according to a paper published Monday in the journal Science.',
    );
    expect(found.map((s) => [s.name, s.kind])).toEqual([
      ['a paper published Monday in the journal Science', 'document'],
    ]);
    const study = names(
      'A study published last year by researchers at Lund University found gains.',
    );
    expect(study).toEqual(['A study published last year by researchers at Lund University']);
  });

  it('names "a study showing …" by what it shows', () => {
    const text = 'The mayor has cited a study showing Avon as the town with the fewest bus routes.';
    expect(names(text)).toContain('a study showing Avon as the town with the fewest bus routes');
  });

  it('ignores the bare noun of a headline ("…, study finds")', () => {
    expect(names('Glaciers are shrinking faster, study finds')).toEqual([]);
  });

  it('credits the publisher of data, surveys and polls rather than the figures themselves', () => {
    expect(names('Data from the Census Bureau show rents rose.')).toEqual(['Census Bureau']);
    const text = 'A 2024 survey by the Harlow Trust found that one in five renters moved.';
    expect(findSources(text).map((s) => [s.name, s.kind])).toEqual([
      ['Harlow Trust', 'organization'],
    ]);
  });

  it('joins "The Harlow poll" to the poll named before', () => {
    const text =
      'Support fell, according to a Harlow poll released Monday.\n\nThe Harlow poll also showed a split.';
    expect(names(text)).toEqual(['a Harlow poll released Monday']);
  });
});

describe('names and unnamed sources', () => {
  it('keeps an "and" inside an agency name and credits coordinated bodies as one', () => {
    const agency = findSources(
      'The National Oceanic and Atmospheric Administration said it was a record.',
    );
    expect(agency.map((s) => [s.name, s.kind])).toEqual([
      ['National Oceanic and Atmospheric Administration', 'organization'],
    ]);
    const cdc = findSources('The Centers for Disease Control and Prevention said cases rose.');
    expect(cdc.map((s) => s.kind)).toEqual(['organization']);
    expect(names('The House and Senate ethics committees said the inquiry was closed.')).toEqual([
      'The House and Senate ethics committees',
    ]);
  });

  it('keeps "of" inside an organization name', () => {
    expect(names('The National Association of Realtors said prices fell.')).toEqual([
      'National Association of Realtors',
    ]);
  });

  it('reads "two of the people" and "the former official" as sources named before', () => {
    const text =
      'Talks stalled, according to three people familiar with the talks. Prices will rise, two of the people said.\n\n' +
      'One former trade official said more was coming. “It is not over,” the former official said.';
    expect(names(text)).toEqual([
      'three people familiar with the talks',
      'One former trade official',
    ]);
  });

  it('keeps two unnamed sources that speak together apart', () => {
    const text =
      'Both independent analysts and residents of the camp told reporters the claims were false.';
    expect(names(text)).toEqual(['Both independent analysts', 'residents of the camp']);
  });

  it('keeps "the city’s police" apart from an organization named before', () => {
    const text = 'China said it was calm. Later, the city’s police denied using force.';
    expect(names(text)).toEqual(['China', 'the city’s police']);
  });

  it('finds the name after a title and its place', () => {
    const text = 'Norway’s ambassador to Britain Eli Dahl has said the deal is close.';
    expect(names(text)).toEqual(['Eli Dahl']);
  });

  it('reads "one fintech CEO" as an unnamed source', () => {
    expect(source('It is about trust, as one fintech CEO told me.', 'one fintech CEO')?.kind).toBe(
      'anonymous',
    );
  });

  it('takes a pronoun as the whole subject, not the phrase before it', () => {
    expect(names('In a blog post last week she wrote that prices would fall.')).toEqual([]);
  });
});

describe('outlets', () => {
  it('recognises a known outlet’s station and an outlet named after "said in an interview with"', () => {
    const text =
      'Sam Ode told BBC Radio Kent the team had failed. Ola Berg said in an interview with Kurier that she would stay.';
    const found = findSources(text).map((s) => [s.name, s.kind]);
    expect(found).toContainEqual(['BBC Radio Kent', 'media']);
    expect(found).toContainEqual(['Kurier', 'media']);
  });
});

describe('German and French', () => {
  it('reads German unnamed sources, bracketed short names and compound organizations', () => {
    const text =
      'Ein Sprecher der Bundespolizei sagte, es sei ruhig. Das Institut für Weltwirtschaft (IfW) schätzt den Schaden auf eine Milliarde Euro. Der Mieterverband kritisierte die Pläne.';
    const found = findSources(text).map((s) => [s.name, s.kind]);
    expect(found).toContainEqual(['Ein Sprecher der Bundespolizei', 'anonymous']);
    expect(found.some(([n, k]) => /Institut/.test(n ?? '') && k === 'organization')).toBe(true);
    expect(found.some(([n, k]) => /Mieterverband/.test(n ?? '') && k === 'organization')).toBe(
      true,
    );
  });

  it('credits a French prefecture after "selon" and a named mayor after her title', () => {
    const text =
      'Le feu est maîtrisé, selon la préfecture du Var. La maire de Hyères, Anne Roux, a estimé que tout allait bien.';
    expect(names(text)).toEqual(['la préfecture du Var', 'Anne Roux']);
  });
});

describe('long texts', () => {
  it('keeps offsets exact and reads only a bounded span of a huge text', () => {
    const paragraph = 'Filler words about the weather and the harvest go on and on here.';
    const head = '“Costs rose,” Maria Lindqvist said.\n\n';
    const filler = Array.from({ length: 6000 }, () => paragraph).join('\n\n');
    const text = `${head}${filler}\n\nLate in the text, Tor Vik said nothing new.`;
    const found = findSources(text);
    expect(found.map((s) => s.name)).toEqual(['Maria Lindqvist']);
    for (const m of found.flatMap((s) => s.mentions))
      expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
