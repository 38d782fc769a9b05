import { describe, expect, it } from 'vitest';
import { findSources } from '../../src/core/sources/index';
import type { Source } from '../../src/core/types';

function find(text: string): Source[] {
  return findSources(text);
}

function kindOf(sources: Source[], name: string): string | undefined {
  return sources.find((s) => s.name === name || s.mentions.some((m) => m.text === name))?.kind;
}

function names(sources: Source[]): string[] {
  return sources.map((s) => s.name);
}

describe('verb uses that report nothing', () => {
  it('ignores hearsay about a subject ("were said to have")', () => {
    const text = 'Both Marlow and Tench were said to have left the project in 2018.';
    expect(names(find(text))).toEqual([]);
  });

  it('ignores "agreed to", "responded by" and market moves ("added 12 points")', () => {
    const text =
      'Harwick Holdings agreed to inject $2 billion into the firm. Corbin responded by leaving ' +
      'the room. The Orbis index added 12.5 points on Friday.';
    expect(names(find(text))).toEqual([]);
  });

  it('credits findings to studies and bodies, not to people who found a car', () => {
    const text =
      'A neighbour found the car in a parking lot. The Harlow Institute found that rents rose 9%.';
    expect(names(find(text))).toEqual(['Harlow Institute']);
  });
});

describe('unnamed sources that open a sentence', () => {
  it('reads a capitalised head noun at the start of a sentence as an unnamed source', () => {
    const sources = find(
      'Authorities say the fire started in the kitchen. Traders cited the rain.',
    );
    expect(kindOf(sources, 'Authorities')).toBe('anonymous');
    expect(kindOf(sources, 'Traders')).toBe('anonymous');
  });

  it('reads phrasal reporting verbs ("pointed out")', () => {
    const text = 'Mara Quill, head of research at a brokerage, pointed out that prices had fallen.';
    expect(names(find(text))).toEqual(['Mara Quill']);
  });
});

describe('kinds from what the article says about a name', () => {
  it('takes a surname for a person when the article gives a first name, despite a quoted "it"', () => {
    const text =
      'Olsen and Teodor Brask won the doubles. "It was hard," Brask said. "It took hours."';
    expect(kindOf(find(text), 'Brask')).toBe('person');
  });

  it('takes a two-word name for an organization when a describing noun precedes it', () => {
    const text =
      'Global firm Crane Hollow had called the decision a relief. Crane Hollow said it would appeal.';
    expect(kindOf(find(text), 'Crane Hollow')).toBe('organization');
  });

  it('reads a period after a title as no sentence end ("Gov. Mira Talbot")', () => {
    const text =
      'The plan was led by Gov. Mira Talbot. "We are on it," Talbot said. It starts today.';
    expect(kindOf(find(text), 'Talbot')).toBe('person');
  });
});

describe('outlets', () => {
  it('takes the object of "told" for an outlet when no person goes by that name', () => {
    const sources = find(
      'The mayor told the Harbor Ledger on Monday that taxes would rise. A nurse told Zentrix that she hid.',
    );
    expect(kindOf(sources, 'Harbor Ledger')).toBe('media');
    expect(kindOf(sources, 'Zentrix')).toBe('media');
  });

  it('does not turn a person into an outlet after "told"', () => {
    const text =
      'Dana Whitlock runs the fund. He told Whitlock. Later, Whitlock said the deal was off.';
    const sources = find(text);
    expect(kindOf(sources, 'Whitlock')).toBe('person');
  });

  it('credits the outlet behind a journalist, an interviewer or "the X newspaper"', () => {
    const text =
      'An Associated Press journalist reported gunfire. The prince told the BBC interviewer: ' +
      '"I regret nothing." The story was first told by the Independent newspaper, as reported by the Independent newspaper.';
    const sources = find(text);
    expect(kindOf(sources, 'Associated Press')).toBe('media');
    expect(kindOf(sources, 'the BBC interviewer')).toBe('media');
    expect(kindOf(sources, 'the Independent newspaper')).toBe('media');
  });

  it('reads "The Hollywood Reporter" as an outlet, not a title', () => {
    const text = 'The sequel was shelved, according to The Hollywood Reporter.';
    expect(kindOf(find(text), 'The Hollywood Reporter')).toBe('media');
  });

  it("joins an outlet's short name to its full name", () => {
    const text =
      'The San Francisco Chronicle reported the arrest. The Chronicle says he ran a block.';
    expect(names(find(text))).toEqual(['San Francisco Chronicle']);
  });

  it('credits "via" a place to nobody', () => {
    expect(
      names(find('The plane reached India via Bangladesh, an airport official said.')),
    ).toEqual(['an airport official']);
  });
});

describe('offices and data', () => {
  it('joins "the prosecutor\'s office" to the office named before', () => {
    const text =
      "The U.S. Attorney's Office for the Northern District said he was arrested. He called twice, the prosecutor's office said.";
    const sources = find(text);
    expect(sources.filter((s) => s.kind === 'organization')).toHaveLength(1);
  });

  it('keeps "His office" as an organization of its own', () => {
    const text = 'His office said he was travelling to Florida.';
    expect(kindOf(find(text), 'His office')).toBe('organization');
  });

  it('credits "according to data from X" to X as an organization', () => {
    const text = 'Yields hit 16% on Monday, according to data from Veltrix.';
    expect(kindOf(find(text), 'Veltrix')).toBe('organization');
  });
});
