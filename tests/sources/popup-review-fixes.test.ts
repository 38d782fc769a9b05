import { describe, expect, it } from 'vitest';
import { findSources } from '../../src/core/sources/index';

// Classes of errors seen in the popup's sources panel on a real news page (a wire story about a
// company's troubles). Every sentence here is ours, written for the class, not taken from it.

function found(text: string): [string, string][] {
  return findSources(text).map((s) => [s.name, s.kind]);
}

describe('the words of a message and who received them', () => {
  it('does not take the people an email or a statement went to for a source', () => {
    expect(found('“We will cut costs,” Ines Parra said in an email to staff.')).toEqual([
      ['Ines Parra', 'person'],
    ]);
    expect(found('“No comment,” the bank said in a statement to its employees.')).toEqual([
      ['the bank', 'organization'],
    ]);
  });

  it('still takes the news outlet an email or a statement went to', () => {
    expect(found('“We will cut costs,” Ines Parra said in an email to Reuters.')).toEqual([
      ['Ines Parra', 'person'],
      ['Reuters', 'media'],
    ]);
  });
});

describe('a speaker named after a possessive', () => {
  it('reads past an adverb after the owner to the person: not "Halvard’s" but the name', () => {
    const text =
      'The cuts will go ahead, said Halvard Shipping’s recently named chief executive Mette Lind.';
    expect(found(text)).toEqual([['Mette Lind', 'person']]);
    expect(
      found('Prices will rise, said the company’s newly appointed finance chief Oren Dahl.'),
    ).toEqual([['Oren Dahl', 'person']]);
  });
});

describe('a body described in an aside before its verb', () => {
  it('takes "The company" as the subject of "The company, which …, confirmed"', () => {
    const text =
      'Regulators are looking at Brightmoor. The company, which is expected to cut hundreds of jobs as its losses grow, confirmed on Monday that it had been contacted.';
    expect(found(text)).toEqual([['The company', 'organization']]);
  });
});

describe('a role written with its owner', () => {
  it('is an unnamed source of its own, not the owner: "Norway’s trade minister", not "Norway’s"', () => {
    expect(found('Norway’s trade minister said the tariffs would stay.')).toEqual([
      ['Norway’s trade minister', 'anonymous'],
    ]);
    expect(found('Tariffs will stay, Veltro’s spokesman said on Friday.')).toEqual([
      ['Veltro’s spokesman', 'anonymous'],
    ]);
  });

  it('joins the person the article names with that role, even further on', () => {
    const text =
      'Norway’s ambassador to Chile accused the miners of delays. Norway’s ambassador to Chile Eirik Haug said on Tuesday that talks would go on.';
    const sources = findSources(text);
    expect(sources.map((s) => [s.name, s.kind, s.mentions.length])).toEqual([
      ['Eirik Haug', 'person', 2],
    ]);
  });

  it('does not join a person who holds that role for another owner', () => {
    const text =
      'Norway’s prime minister said the tariffs would stay. Chilean Prime Minister Luis Oyarce said they would not.';
    expect(found(text)).toEqual([
      ['Norway’s prime minister', 'anonymous'],
      ['Luis Oyarce', 'person'],
    ]);
  });
});

describe('a language without cue tables', () => {
  it('gives no English guesses on an Italian page full of English product names', () => {
    const text = [
      'Il black Friday è arrivato anche da noi: per chi non lo sapesse, è la giornata di sconti che apre lo shopping di Natale.',
      'Ecco una lista di regali per nostalgici, con il prezzo più basso della settimana e il link al negozio.',
      '1) Tazza The Lord of the Rings, edizione da collezione per chi ama la saga.',
      '2) Poster The Wall, stampa originale in formato grande, con cornice in legno.',
      '3) Zerbino Goonies Never say die, per accogliere gli amici con una citazione del film.',
      '4) Modellino della DeLorean di Ritorno al Futuro, scala 1:24, con luci che si accendono.',
    ].join('\n\n');
    expect(found(text)).toEqual([]);
  });

  it('still reads an English story that quotes a few words of Spanish', () => {
    const text =
      '“No pasarán,” the crowd chanted outside the hall in Madrid on Sunday, where the vote was held. Mayor Ana Ruiz said the count would take two days, and the opposition leader, Jon Ibarra, said he would accept the result.';
    expect(found(text).map(([name]) => name)).toEqual(['Ana Ruiz', 'Jon Ibarra']);
  });
});

describe('a person cited by surname', () => {
  it('is shown under the full name the story introduced them with', () => {
    const text =
      'MADRID — Ivo Kessler kept the hosts alive, then Tomas Brel and Joaquin Ferro completed the comeback in the doubles. “It was a difficult night for us,” Ferro said. “We needed this win,” Kessler said.';
    expect(found(text)).toEqual([
      ['Joaquin Ferro', 'person'],
      ['Ivo Kessler', 'person'],
    ]);
  });

  it('keeps the surname when two full names end in it, or only a title comes before it', () => {
    expect(found('Maria Ferro and Jose Ferro ran the shop. “It was hard,” Ferro said.')).toEqual([
      ['Ferro', 'person'],
    ]);
    expect(found('Coach Ferro praised the defence. “It was hard,” Ferro said.')).toEqual([
      ['Ferro', 'person'],
    ]);
  });
});

describe('places that speak as governments', () => {
  it('knows states, provinces and countries of several words as organizations', () => {
    expect(found('South Dakota says the campaign is working, and it will run all winter.')).toEqual(
      [['South Dakota', 'organization']],
    );
    expect(found('Chile said on Monday that the border would stay closed.')).toEqual([
      ['Chile', 'organization'],
    ]);
  });

  it('leaves a person named like a place a person', () => {
    expect(found('Jordan Reyes said on Monday that the border would stay closed.')).toEqual([
      ['Jordan Reyes', 'person'],
    ]);
  });
});
