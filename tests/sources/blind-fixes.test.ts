import { describe, expect, it } from 'vitest';
import { findSources } from '../../src/core/sources/index';
import type { Source } from '../../src/core/types';

// Classes of errors found on tests/sources/blind-check (articles written and labelled before the
// finder's output was seen). Every sentence here is new: none is taken from that set.

function find(text: string, url?: string): Source[] {
  return findSources(text, { url });
}

function names(sources: Source[]): string[] {
  return sources.map((s) => s.name);
}

function sourceOf(sources: Source[], text: string): Source | undefined {
  return sources.find((s) => s.name === text || s.mentions.some((m) => m.text === text));
}

describe('bodies cited only by a description', () => {
  it('keeps "the company said" when the company was only mentioned before', () => {
    const text =
      'Shares of Norrland Paper dropped 6% on Tuesday. Orders fell by a fifth, the company said.';
    expect(names(find(text))).toEqual(['the company']);
  });

  it('joins the description to the name when the same paragraph wrote it and cites it later', () => {
    const text =
      'Brightleaf is closing its Ohio plant, the company announced on Monday.\n\n' +
      'Brightleaf says the move affects 300 jobs.';
    const sources = find(text);
    expect(sources).toHaveLength(1);
    expect(sourceOf(sources, 'the company')?.name).toBe('Brightleaf');
  });

  it('keeps "the interior ministry" apart from another body cited before', () => {
    const text =
      'The Red Cross said 40 people were hurt. Police made 12 arrests, the interior ministry said.';
    expect(names(find(text))).toEqual(['Red Cross', 'the interior ministry']);
  });
});

describe('people a pronoun or a role stands for', () => {
  it('reads the name after a body and a role that open a sentence', () => {
    const text =
      'Orbix spokesperson Dana Whitfield confirmed the outage. She said it lasted four hours.';
    const sources = find(text);
    expect(sources).toHaveLength(1);
    expect(sourceOf(sources, 'She')?.name).toBe('Dana Whitfield');
  });

  it('credits a full name cited only through a pronoun', () => {
    const text =
      'Lena Marsh, who scored twice, was less pleased. Asked about the defence, she told reporters it was "a mess."';
    expect(names(find(text))).toEqual(['Lena Marsh']);
  });

  it('does not take the last name of a list for the pronoun', () => {
    const text = 'Kowalski has worked with Ana Ruiz and Pedro Salas. He has denied any wrongdoing.';
    expect(names(find(text))).not.toContain('Pedro Salas');
  });

  it('joins "the Ohio Democrat" to the senator named before', () => {
    const text =
      'Sen. Carla Whitmore, who chairs the panel, said the bill was dead. "We are done," the Ohio Democrat said.';
    expect(names(find(text))).toEqual(['Carla Whitmore']);
  });
});

describe('documents and their publishers', () => {
  it('reads a capitalised "Figures from" or "Data from" that opens a sentence', () => {
    const text =
      'Figures from the Federal Statistical Office show exports fell. Data from Kpler show fewer tankers.';
    expect(names(find(text))).toEqual(['Federal Statistical Office', 'Kpler']);
  });

  it('keeps a document and the publisher named inside it as one source', () => {
    const text = 'Research from the consultancy Mintel shows that sales of oat milk doubled.';
    expect(find(text)).toHaveLength(1);
  });

  it('credits the outlet that first reported something, or whose report is addressed', () => {
    const text =
      'The plan was first reported by Politico in May. She denied a report last week in The Guardian that she would resign.';
    expect(names(find(text))).toEqual(expect.arrayContaining(['Politico', 'Guardian']));
  });

  it('reads documents seen, obtained or completed before their verb', () => {
    const sources = find(
      'Staff were cut, per a memo seen by the Financial Times. An internal review completed in June, a copy of which was obtained by the paper, estimated losses of $3 million.',
    );
    expect(sourceOf(sources, 'a memo seen by the Financial Times')?.kind).toBe('document');
    expect(sourceOf(sources, 'An internal review completed in June')?.kind).toBe('document');
  });

  it('reads a report with an owner and one published on a date by its publisher', () => {
    const sources = find(
      "An auditor's report presented to the council in March found waste. According to a report published in May by the regulator Ofwat, leaks rose.",
    );
    expect(sourceOf(sources, "An auditor's report presented to the council in March")).toBeTruthy();
    expect(sourceOf(sources, 'regulator Ofwat')).toBeTruthy();
  });

  it('reads "according to Ohio court filings" as one document', () => {
    const sources = find('The firm owes $2 million, according to Ohio court filings.');
    expect(sources.map((s) => [s.name, s.kind])).toEqual([['Ohio court filings', 'document']]);
  });
});

describe('unnamed sources', () => {
  it('reads plural professions and advocates as unnamed sources', () => {
    const sources = find(
      'Epidemiologists say the wave has peaked. Patient advocates said the cuts go too far. One juror told reporters the case was clear.',
    );
    expect(sources.map((s) => s.kind)).toEqual(['anonymous', 'anonymous', 'anonymous']);
  });

  it('reads a role written with a body and a modifier ("a former Acme software engineer")', () => {
    const text =
      'The tests were skipped, said a former Acme software engineer who asked not to be named.';
    expect(names(find(text))).toEqual(['a former Acme software engineer']);
  });

  it('reads the spokesperson of a body whose name holds "and"', () => {
    const text =
      'A Department of Energy and Climate Change spokesman said the review would go ahead.';
    expect(names(find(text))).toEqual(['A Department of Energy and Climate Change spokesman']);
  });
});

describe('names and kinds', () => {
  it("keeps a particle inside a person's name", () => {
    const text = 'European Commission President Ursula von der Leyen said the deal was fair.';
    expect(names(find(text))).toEqual(['Ursula von der Leyen']);
  });

  it('takes a name described as a contractor for an organization', () => {
    const text = 'The contractor, Northgate Field Services, denied any wrongdoing.';
    expect(sourceOf(find(text), 'Northgate Field Services')?.kind).toBe('organization');
  });

  it('reports nothing for "did not respond to a request for comment"', () => {
    const text = 'Harlan Mills did not respond to a request for comment.';
    expect(find(text)).toEqual([]);
  });
});

describe('the speaker after the verb and a comma', () => {
  it('reads "…, said Tomas Berg." but not "said the board had"', () => {
    expect(names(find('Prices will keep rising this year, said Tomas Berg.'))).toEqual([
      'Tomas Berg',
    ]);
    expect(find('In March, said the board had failed to act, the mayor resigned.')).toEqual([]);
  });

  it('reads the German ", so Berg." and skips a verb-final clause', () => {
    const text =
      'Die Mieten würden weiter steigen, die Lage bleibe angespannt, so Berg. Der Streit begann, nachdem das Gericht den Vertrag für nichtig erklärt hatte. Die Mieten steigen seit Jahren.';
    expect(names(find(text))).toEqual(['Berg']);
  });
});

describe('German and French attribution', () => {
  it('reads German "geht aus … hervor", "nach Angaben des …amts" and bodies with an article', () => {
    const sources = find(
      'Das geht aus einem Bericht des Umweltministeriums hervor. Nach Angaben des Statistischen Bundesamts stiegen die Preise. Die Verbraucherzentrale erklärte, das sei zu teuer. Die Preise steigen weiter und die Mieter sind besorgt.',
    );
    expect(sources.map((s) => s.kind)).toEqual(['document', 'organization', 'organization']);
  });

  it('reads French "de la" inside names, present-tense verbs and the outlet that interviewed', () => {
    const sources = find(
      "« C'est trop tard », estime la ministre de la culture, Anne Morel, interrogée sur RTL. Les syndicats de pharmaciens ont immédiatement dénoncé une réforme injuste. « Nous irons jusqu'au bout », a réagi Paul Girard, dans un communiqué. Le texte sera examiné en janvier par les députés.",
    );
    expect(names(sources)).toEqual(
      expect.arrayContaining(['Anne Morel', 'RTL', 'Les syndicats de pharmaciens', 'Paul Girard']),
    );
  });
});

describe('a name described with "who"', () => {
  it('is a person even when the aside names an organisation', () => {
    const text =
      "Opponents had argued for a cheaper platform. Tomas Berg, who leads the fishermen's association, said the new pier must be ready before summer.";
    const berg = findSources(text).find((source) => source.name === 'Tomas Berg');
    expect(berg?.kind).toBe('person');
  });
});
